//! A frame: one activation of a code object, on the heap so that it can
//! be parked inside a generator and resumed on any VM stack.

use crate::bytecode::Instr;
use crate::object::{CodeRt, ObjRef, Value};
use std::rc::Rc;

/// How a finishing frame hands its result to the frame below it.
#[derive(Clone)]
pub enum Delivery {
    /// Push the return value (an ordinary call).
    Push,
    /// `__init__` frame: the result must be None; push the instance.
    Init(Value),
    /// A generator resumed by `ForIter`: on return, pop the iterator and jump.
    ForIter(u32),
    /// A generator resumed by `Send`: on return, replace the receiver and jump.
    Send(u32),
    /// An async generator stepped by `Send` on an asend awaitable (or on
    /// the generator itself, the awaitable `async for` never allocates):
    /// its value `yield` finishes the step like a return does a `Send`.
    Asend(u32),
    /// A coroutine called and awaited at once (`await f(...)`), run as a
    /// plain call: no coroutine object exists unless it suspends (see
    /// `Vm::materialize_coroutine`). The awaiting frame's `Send` is at
    /// `send_ip`; a return jumps to `target`, the end of its send loop.
    InlineAwait { send_ip: u32, target: u32 },
    /// Resumed from Rust: the run loop returns the outcome.
    Native,
}

pub struct Frame {
    pub code: Rc<CodeRt>,
    pub ip: usize,
    pub stack: Vec<Value>,
    /// Fast locals (`code.varnames`), then the cell objects: cellvars
    /// first, then the closure's freevars (see `cell`).
    pub fast: Vec<Option<Value>>,
    pub globals: ObjRef,
    pub builtins: ObjRef,
    /// The namespace of module and class bodies (`LoadName`/`StoreName`).
    pub locals: Option<ObjRef>,
    pub delivery: Delivery,
    /// The generator, coroutine or async generator this frame runs for
    /// (see `generator`); otherwise the function called, if any: a
    /// coroutine awaited at once needs it to make its coroutine object
    /// when it first suspends. One field, so parked frames stay small.
    pub owner: Option<ObjRef>,
    /// The caller's handled exception, restored when the generator yields.
    pub outer_exc: Option<ObjRef>,
}

impl Frame {
    /// Set how the frame's result is handed on. Only `Init` owns a value;
    /// the other deliveries are forgotten without the drop glue the
    /// plain assignment called out of line on every resume.
    #[inline(always)]
    pub fn set_delivery(&mut self, delivery: Delivery) {
        let old = std::mem::replace(&mut self.delivery, delivery);
        if let Delivery::Init(_) = old {
            drop(old);
        } else {
            std::mem::forget(old);
        }
    }

    /// A frame parked in a `yield from`/`await` loop, stepped again by
    /// the loop: straight to its `Send`, past the jump back. (Rust
    /// callers, `throw()` among them, read the parked ip, so only the
    /// loop's steps skip it.)
    #[inline(always)]
    pub fn skip_to_send(&mut self) {
        if let Some(&Instr::Jump(send)) = self.code.instrs.get(self.ip)
            && matches!(self.code.instrs.get(send as usize), Some(Instr::Send(_)))
        {
            self.ip = send as usize;
        }
    }

    /// `__name__` of the frame's globals (a function's or alias's
    /// `__module__`), None if unset.
    pub fn module_name(&self) -> Value {
        self.globals
            .dict_data()
            .and_then(|d| {
                d.borrow()
                    .get_str("__name__", crate::object::str::hash_str("__name__"))
                    .cloned()
            })
            .unwrap_or(Value::None)
    }

    /// The bound local variables (fast locals, then cell and free
    /// variables) as (name, value) pairs, for `f_locals` and `locals()`.
    pub fn local_pairs(&self) -> Vec<(String, Value)> {
        let code = &self.code.code;
        let mut out: Vec<(String, Value)> = code
            .varnames
            .iter()
            .zip(self.fast.iter())
            .filter_map(|(n, v)| v.clone().map(|v| (n.to_string(), v)))
            .collect();
        let names = code.cellvars.iter().chain(code.freevars.iter());
        for (n, c) in names.zip(self.cells()) {
            if let crate::object::Payload::Cell(cell) = &c.payload
                && let Some(x) = cell.borrow().clone()
            {
                out.push((n.to_string(), x));
            }
        }
        out
    }

    /// The generator, coroutine or async generator this frame runs for.
    #[inline]
    pub fn generator(&self) -> Option<&ObjRef> {
        self.owner
            .as_ref()
            .filter(|o| matches!(o.payload, crate::object::Payload::Generator(_)))
    }

    /// Take the frame's generator (leaving no owner); None if it has none.
    #[inline]
    pub fn take_generator(&mut self) -> Option<ObjRef> {
        self.generator()?;
        self.owner.take()
    }

    /// Cell `i` (a cellvar, or a freevar after them), kept in `fast`
    /// after the fast locals.
    #[inline]
    pub fn cell(&self, i: u32) -> Option<&ObjRef> {
        match self.fast.get(self.code.shape.nlocals as usize + i as usize) {
            Some(Some(Value::Obj(c))) => Some(c),
            _ => None,
        }
    }

    /// The frame's cells in order (cellvars, then freevars).
    pub fn cells(&self) -> impl Iterator<Item = &ObjRef> {
        self.fast
            .get(self.code.shape.nlocals as usize..)
            .unwrap_or(&[])
            .iter()
            .filter_map(|c| match c {
                Some(Value::Obj(c)) => Some(c),
                _ => None,
            })
    }

    /// Give back the spare room a frame from the pool may bring: a
    /// generator keeps its frame for as long as it lives, so the value
    /// stack gets exactly the code's `max_stack` slots and the locals no
    /// more than they hold.
    pub fn fit_for_keeping(&mut self) {
        let want = self.code.shape.max_stack as usize;
        if self.stack.capacity() != want && self.stack.is_empty() {
            self.stack = Vec::with_capacity(want);
        } else if self.stack.capacity() > want {
            self.stack.shrink_to(want);
        }
        self.fast.shrink_to_fit();
    }

    /// Whether `close()` on this parked generator frame would do nothing
    /// Python code could see: it is suspended at a plain value yield (not
    /// delegating to an awaitable or inner generator) that no `try`,
    /// `with` or `except` covers, so GeneratorExit would leave at once.
    pub fn closes_quietly(&self) -> bool {
        let Some(at) = self.ip.checked_sub(1) else {
            return false;
        };
        matches!(
            self.code.code.instructions.get(at),
            Some(crate::bytecode::Instr::YieldValue(0 | 1))
        ) && self.code.code.find_handler(at as u32).is_none()
    }

    /// The line of the instruction executing (or last executed).
    pub fn line(&self) -> u32 {
        let i = self.ip.saturating_sub(1);
        self.code
            .code
            .lines
            .get(i)
            .copied()
            .unwrap_or(self.code.code.first_line)
    }

    /// Push onto the value stack. `Vec::push` is left out of line at
    /// some of the interpreter loop's many call sites; this one always
    /// inlines to a capacity check and a store.
    #[inline(always)]
    pub fn push(&mut self, v: Value) {
        let len = self.stack.len();
        if len == self.stack.capacity() {
            self.stack.reserve(1);
        }
        // SAFETY: after the reserve above, capacity > len, so slot `len`
        // is allocated and unused; it is written before the length grows
        // to cover it, so the vector never exposes an uninitialized value.
        unsafe {
            self.stack.as_mut_ptr().add(len).write(v);
            self.stack.set_len(len + 1);
        }
    }

    #[inline]
    pub fn pop(&mut self) -> Value {
        self.stack.pop().unwrap_or(Value::None)
    }

    #[inline]
    pub fn top(&self) -> &Value {
        self.stack.last().unwrap_or(&Value::None)
    }

    pub fn peek(&self, n: usize) -> &Value {
        let len = self.stack.len();
        if n == 0 || n > len {
            return &Value::None;
        }
        &self.stack[len - n]
    }
}

impl crate::vm::Vm {
    /// A frame ready to run `code`, reusing a pooled one when possible.
    #[inline(always)]
    pub fn new_frame(
        &mut self,
        code: &Rc<CodeRt>,
        globals: &ObjRef,
        builtins: &ObjRef,
        nlocals: usize,
    ) -> Box<Frame> {
        match self.frame_pool.pop() {
            Some(mut f) => {
                // A loop calling one function gets its last frame back:
                // nothing to swap then.
                if !Rc::ptr_eq(&f.code, code) {
                    f.code = code.clone();
                }
                f.ip = 0;
                if !Rc::ptr_eq(&f.globals, globals) {
                    f.globals = globals.clone();
                }
                if !Rc::ptr_eq(&f.builtins, builtins) {
                    f.builtins = builtins.clone();
                }
                f.delivery = Delivery::Push;
                if nlocals != 0 {
                    f.fast.resize(nlocals, None);
                }
                f
            }
            None => Box::new(Frame {
                code: code.clone(),
                ip: 0,
                stack: Vec::with_capacity(code.shape.max_stack as usize),
                fast: vec![None; nlocals],
                globals: globals.clone(),
                builtins: builtins.clone(),
                locals: None,
                delivery: Delivery::Push,
                owner: None,
                outer_exc: None,
            }),
        }
    }

    /// Return a finished frame to the pool. Its locals are dropped now, as
    /// CPython drops them when a frame finishes.
    #[inline(always)]
    pub fn recycle_frame(&mut self, mut f: Box<Frame>) {
        f.stack.clear();
        f.fast.clear();
        f.locals = None;
        f.owner = None;
        f.outer_exc = None;
        if self.frame_pool.len() < 256 {
            self.frame_pool.push(f);
        }
    }
}

//! Python-to-Python calls without the general binder: the frame of a
//! call is built straight from the caller's stack when the callee is a
//! plain function (positional arguments, defaults), a class whose instances
//! come from `object.__new__` and a Python `__init__`, or a call with
//! keyword arguments that bind by name. The loop (`run.rs`) switches to
//! the new frame; anything else takes `Vm::call`.

use super::frame::{Delivery, Frame};
use super::run::CallPlan;
use super::{PyResult, Vm};
use crate::object::{ObjRef, Payload, Value};

/// What `try_simple_call` did.
pub(crate) enum SimpleCall {
    /// A frame to run: the called function's.
    Frame(Box<Frame>),
    /// The result is on the caller's stack already (a generator or
    /// coroutine object, made without running anything).
    Pushed,
    /// Not a simple call: take the general path.
    No,
}

/// Whether `nargs` positional arguments bind to `fd`'s parameters without
/// the general binder: no `*args`, `**kwargs` or keyword-only parameters,
/// not too many arguments, and defaults for the missing ones. Returns how
/// many defaults the function has.
#[inline]
fn plain_arity(fd: &crate::object::FunctionData, nargs: usize) -> Option<usize> {
    let code = &fd.code.shape;
    const SPECIAL: u32 =
        crate::bytecode::code_flags::VARARGS | crate::bytecode::code_flags::VARKEYWORDS;
    let argcount = code.argcount as usize;
    if code.flags & SPECIAL != 0 || code.kwonlyargcount != 0 || nargs > argcount {
        return None;
    }
    if nargs == argcount {
        return Some(0);
    }
    let n = fd.defaults.borrow().as_ref().map_or(0, |d| d.len());
    (nargs + n >= argcount).then_some(n)
}

/// Is the coroutine function `fd`, called by `caller`, awaited as soon as
/// it returns (`await f(...)`: `GetAwaitable; LoadConst None; Send` next)?
/// Then nothing can see the coroutine object before the await consumes
/// it, and the call runs as a plain frame (`Delivery::InlineAwait`).
/// Returns where the `Send` is and where its loop ends.
#[inline]
fn awaited_at_once(caller: &Frame, fd: &crate::object::FunctionData) -> Option<(u32, u32)> {
    use crate::bytecode::code_flags;
    let flags = fd.code.shape.flags;
    let only_coroutine = code_flags::GENERATOR | code_flags::ASYNC_GENERATOR;
    if flags & code_flags::COROUTINE == 0 || flags & only_coroutine != 0 {
        return None;
    }
    await_follows(caller)
}

/// Is the value the caller's current instruction leaves awaited at once
/// (`GetAwaitable; LoadConst None; Send` next)? Returns where the `Send`
/// is and where its loop ends.
#[inline]
pub(crate) fn await_follows(caller: &Frame) -> Option<(u32, u32)> {
    use crate::bytecode::Instr;
    let ip = caller.ip;
    match caller.code.instrs.get(ip..ip + 3)? {
        [
            Instr::GetAwaitable(_),
            Instr::LoadConst(c),
            Instr::Send(target),
        ] if caller
            .code
            .consts
            .get(*c as usize)
            .is_some_and(Value::is_none) =>
        {
            Some(((ip + 2) as u32, *target))
        }
        _ => None,
    }
}

/// After the `nargs` arguments of a plain binding (see `plain_arity`): the
/// defaults of the missing parameters, then the other locals unbound.
#[inline(always)]
fn fill_plain_locals(
    new: &mut Frame,
    fd: &crate::object::FunctionData,
    nargs: usize,
    ndefaults: usize,
) {
    let code = &fd.code.shape;
    let argcount = code.argcount as usize;
    if nargs < argcount {
        fill_defaults(new, fd, nargs, ndefaults);
    }
    for _ in new.fast.len()..code.nlocals as usize {
        new.fast.push(None);
    }
}

#[cold]
fn fill_defaults(
    new: &mut Frame,
    fd: &crate::object::FunctionData,
    nargs: usize,
    ndefaults: usize,
) {
    let argcount = fd.code.shape.argcount as usize;
    if let Some(d) = fd.defaults.borrow().as_ref() {
        for i in nargs..argcount {
            new.fast.push(d.get(i + ndefaults - argcount).cloned());
        }
    }
}

impl Vm {
    /// Calls of plain Python functions with exactly their positional
    /// arguments skip the general binder: the arguments move from the
    /// caller's stack straight into the new frame's locals.
    #[inline]
    pub(super) fn try_simple_call(
        &mut self,
        frame: &mut Frame,
        callable_pos: usize,
        first_arg: usize,
    ) -> PyResult<SimpleCall> {
        let Value::Obj(func) = &frame.stack[callable_pos] else {
            return Ok(SimpleCall::No);
        };
        let fd = match &func.payload {
            Payload::Function(fd) => fd,
            Payload::Type(_) => return self.try_init_call(frame, callable_pos, first_arg),
            _ => return Ok(SimpleCall::No),
        };
        let code = &fd.code.shape;
        let nargs = frame.stack.len() - first_arg;
        let Some(ndefaults) = plain_arity(fd, nargs) else {
            return Ok(SimpleCall::No);
        };
        // Making a generator or coroutine runs nothing: no recursion.
        if !code.is_generator_like() && self.depth() >= self.recursion_limit {
            return Err(self.recursion_error());
        }
        let mut new = self.new_frame(&fd.code, &fd.globals, &fd.builtins, 0);
        // The function leaves the caller's stack by move (no reference
        // count traffic); its slot is truncated away below.
        let func = match std::mem::replace(&mut frame.stack[callable_pos], Value::None) {
            Value::Obj(func) => func,
            _ => unreachable!("checked to be a function above"),
        };
        let Payload::Function(fd) = &func.payload else {
            unreachable!("checked to be a function above");
        };
        // Arguments move from the caller's stack top into the first locals.
        // A generator keeps its frame while suspended: room for exactly its
        // locals (an empty Vec's growth would round 1-3 up to 4 slots).
        let nlocals = fd.code.shape.nlocals as usize;
        if fd.code.shape.is_generator_like() {
            new.fast.reserve_exact(nlocals);
        } else {
            new.fast.reserve(nlocals);
        }
        for v in &mut frame.stack[first_arg..] {
            new.fast.push(Some(std::mem::replace(v, Value::None)));
        }
        fill_plain_locals(&mut new, fd, nargs, ndefaults);
        Ok(self.finish_fast_call(frame, callable_pos, func, new))
    }

    /// `cls(...)` for a class with an init recipe (see
    /// `types::object::init_recipe`) whose `__init__` binds the arguments
    /// plainly: the instance is made here and `__init__`'s frame returned,
    /// delivering the instance when it returns None. The arguments move
    /// straight from the caller's stack.
    #[inline(never)]
    pub(super) fn try_init_call(
        &mut self,
        frame: &mut Frame,
        callable_pos: usize,
        first_arg: usize,
    ) -> PyResult<SimpleCall> {
        let Value::Obj(cls) = &frame.stack[callable_pos] else {
            return Ok(SimpleCall::No);
        };
        let Some((init, has_del)) = crate::types::object::init_recipe(self, cls) else {
            return Ok(SimpleCall::No);
        };
        let Payload::Function(fd) = &init.payload else {
            return Ok(SimpleCall::No);
        };
        // `self` comes first.
        let nargs = frame.stack.len() - first_arg + 1;
        let Some(ndefaults) = plain_arity(fd, nargs) else {
            return Ok(SimpleCall::No);
        };
        if self.depth() >= self.recursion_limit {
            return Err(self.recursion_error());
        }
        let obj = crate::types::object::instance_of(self, cls, has_del);
        let mut new = self.new_frame(&fd.code, &fd.globals, &fd.builtins, 0);
        new.fast.reserve(fd.code.shape.nlocals as usize);
        new.fast.push(Some(obj.clone()));
        for v in &mut frame.stack[first_arg..] {
            new.fast.push(Some(std::mem::replace(v, Value::None)));
        }
        fill_plain_locals(&mut new, fd, nargs, ndefaults);
        if fd.code.shape.has_cellvars || fd.closure.is_some() {
            self.bind_cells(&mut new, fd);
        }
        frame.stack.truncate(callable_pos);
        new.owner = Some(init);
        new.delivery = Delivery::Init(obj);
        Ok(SimpleCall::Frame(new))
    }

    /// The end of both fast call paths, once the locals are bound: the
    /// cells, the callable and its arguments off the caller's stack, then
    /// the frame to run, or the generator object made from it.
    #[inline(always)]
    pub(super) fn finish_fast_call(
        &mut self,
        frame: &mut Frame,
        callable_pos: usize,
        func: ObjRef,
        mut new: Box<Frame>,
    ) -> SimpleCall {
        if let Payload::Function(fd) = &func.payload {
            if fd.code.shape.has_cellvars || fd.closure.is_some() {
                self.bind_cells(&mut new, fd);
            }
            if fd.code.shape.is_generator_like() {
                if let Some((send_ip, target)) = awaited_at_once(frame, fd)
                    && self.depth() < self.recursion_limit
                    && self.coro_origin_depth == 0
                {
                    frame.stack.truncate(callable_pos);
                    new.owner = Some(func);
                    new.delivery = Delivery::InlineAwait { send_ip, target };
                    new.outer_exc = self.exc_info.as_ref().and_then(|e| e.as_obj().cloned());
                    return SimpleCall::Frame(new);
                }
                frame.stack.truncate(callable_pos);
                new.owner = Some(func.clone());
                let g = self.new_generator(&func, fd, new, Some(frame));
                frame.push(g);
                return SimpleCall::Pushed;
            }
        }
        frame.stack.truncate(callable_pos);
        // The frame takes the caller's reference to the function.
        new.owner = Some(func);
        SimpleCall::Frame(new)
    }

    /// The new frame's cells: its cell variables (taking the argument
    /// of the same name, if any), then the function's closure.
    #[inline]
    pub(crate) fn bind_cells(&self, new: &mut Frame, fd: &crate::object::FunctionData) {
        let code = &fd.code.code;
        let closure = fd.closure.as_deref().unwrap_or(&[]);
        if code.cellvars.is_empty() && closure.is_empty() {
            return;
        }
        new.fast.reserve_exact(code.cellvars.len() + closure.len());
        for i in 0..code.cellvars.len() {
            let init = code
                .cell2arg
                .get(i)
                .copied()
                .flatten()
                .and_then(|a| new.fast.get_mut(a as usize).and_then(Option::take));
            let cell = self.new_cell(init);
            new.fast.push(Some(Value::Obj(cell)));
        }
        new.fast
            .extend(closure.iter().map(|c| Some(Value::Obj(c.clone()))));
    }

    /// A call with keyword arguments (`CallKw`) to a Python function or a
    /// method bound to one, when every argument finds its parameter and
    /// every other parameter has a default: bound here, straight from the
    /// stack. Anything unusual (errors included) takes the general path,
    /// which reports it; nothing is moved before the binding is known.
    pub(super) fn try_kw_call(
        &mut self,
        frame: &mut Frame,
        n: usize,
        names: &Value,
    ) -> PyResult<SimpleCall> {
        const MAX_KW: usize = 8;
        let Some(Payload::Tuple(names)) = names.payload() else {
            return Ok(SimpleCall::No);
        };
        let nkw = names.len();
        let len = frame.stack.len();
        if nkw > MAX_KW || nkw > n || len < n + 1 {
            return Ok(SimpleCall::No);
        }
        let callable_pos = len - n - 1;
        let (func, receiver) = match &frame.stack[callable_pos] {
            Value::Obj(o) => match &o.payload {
                Payload::Function(_) => (o.clone(), None),
                Payload::BoundMethod(bm) => match &bm.0 {
                    Value::Obj(f) if matches!(f.payload, Payload::Function(_)) => {
                        (f.clone(), Some(bm.1.clone()))
                    }
                    _ => return Ok(SimpleCall::No),
                },
                _ => return Ok(SimpleCall::No),
            },
            _ => return Ok(SimpleCall::No),
        };
        let Payload::Function(fd) = &func.payload else {
            return Ok(SimpleCall::No);
        };
        let code = &fd.code.code;
        const SPECIAL: u32 =
            crate::bytecode::code_flags::VARARGS | crate::bytecode::code_flags::VARKEYWORDS;
        let (argcount, kwonly) = (code.argcount as usize, code.kwonlyargcount as usize);
        let npos = n - nkw + usize::from(receiver.is_some());
        if code.flags & SPECIAL != 0 || npos > argcount || argcount + kwonly > 64 {
            return Ok(SimpleCall::No);
        }
        // Where each keyword goes; a bit per parameter already given.
        let mut given: u64 = if npos == 64 {
            u64::MAX
        } else {
            (1u64 << npos) - 1
        };
        let mut slot = [0usize; MAX_KW];
        let posonly = code.posonlyargcount as usize;
        for (k, name) in names.iter().enumerate() {
            let Some(key) = name.str_value() else {
                return Ok(SimpleCall::No);
            };
            let Some(i) = code.varnames[posonly..argcount + kwonly]
                .iter()
                .position(|v| &**v == key)
                .map(|p| p + posonly)
            else {
                return Ok(SimpleCall::No);
            };
            if given & (1 << i) != 0 {
                return Ok(SimpleCall::No);
            }
            given |= 1 << i;
            slot[k] = i;
        }
        let defaults = fd.defaults.borrow().clone();
        let ndefaults = defaults.as_ref().map_or(0, |d| d.len());
        for i in npos..argcount {
            if given & (1 << i) == 0 && i + ndefaults < argcount {
                return Ok(SimpleCall::No);
            }
        }
        let kwdefaults = fd.kwdefaults.borrow().clone();
        let mut kw_fill = Vec::new();
        for i in argcount..argcount + kwonly {
            if given & (1 << i) == 0 {
                match kwdefaults
                    .as_ref()
                    .and_then(|kd| self.dict_get_str(kd, &code.varnames[i]))
                {
                    Some(v) => kw_fill.push((i, v)),
                    None => return Ok(SimpleCall::No),
                }
            }
        }
        let generator_like = code.is_generator_like();
        if !generator_like && self.depth() >= self.recursion_limit {
            return Err(self.recursion_error());
        }
        // Bind.
        let nlocals = code.varnames.len();
        let mut new = self.new_frame(&fd.code, &fd.globals, &fd.builtins, 0);
        new.fast.reserve(nlocals);
        if let Some(r) = receiver {
            new.fast.push(Some(r));
        }
        let first_kw = len - nkw;
        for v in &mut frame.stack[callable_pos + 1..first_kw] {
            new.fast.push(Some(std::mem::replace(v, Value::None)));
        }
        new.fast.resize(nlocals, None);
        for (k, v) in frame.stack[first_kw..].iter_mut().enumerate() {
            new.fast[slot[k]] = Some(std::mem::replace(v, Value::None));
        }
        if let Some(d) = &defaults {
            for i in npos..argcount {
                if new.fast[i].is_none() {
                    new.fast[i] = d.get(i + ndefaults - argcount).cloned();
                }
            }
        }
        for (i, v) in kw_fill {
            new.fast[i] = Some(v);
        }
        Ok(self.finish_fast_call(frame, callable_pos, func, new))
    }

    /// Decide how a call runs: a Python frame on this loop, or anything else.
    pub(super) fn prepare_call(
        &mut self,
        callable: &Value,
        mut args: Vec<Value>,
        kwargs: Vec<(Value, Value)>,
    ) -> PyResult<CallPlan> {
        if let Value::Obj(o) = callable {
            match &o.payload {
                Payload::Function(fd) if !fd.code.shape.is_generator_like() => {
                    if self.depth() >= self.recursion_limit {
                        return Err(self.recursion_error());
                    }
                    return self
                        .function_frame(o, fd, args, kwargs)
                        .map(CallPlan::Frame);
                }
                Payload::BoundMethod(bm) => {
                    if let Some(Payload::Function(fd)) = bm.0.payload()
                        && !fd.code.shape.is_generator_like()
                    {
                        if self.depth() >= self.recursion_limit {
                            return Err(self.recursion_error());
                        }
                        args.insert(0, bm.1.clone());
                        let f = bm.0.as_obj().cloned();
                        if let Some(f) = f {
                            return self
                                .function_frame(&f, fd, args, kwargs)
                                .map(CallPlan::Frame);
                        }
                    }
                }
                Payload::Type(_) => match self.init_frame(o, args, kwargs)? {
                    Ok(frame) => return Ok(CallPlan::Frame(frame)),
                    Err((a, k)) => return Ok(CallPlan::Other(callable.clone(), a, k)),
                },
                _ => {}
            }
        }
        Ok(CallPlan::Other(callable.clone(), args, kwargs))
    }

    /// The frame of a property getter called for `obj` (see `Getter` sites).
    pub(super) fn getter_frame(&mut self, fget: &ObjRef, obj: Value) -> PyResult<Box<Frame>> {
        let Payload::Function(fd) = &fget.payload else {
            return Err(self.type_error("property getter is not a function"));
        };
        if self.depth() >= self.recursion_limit {
            return Err(self.recursion_error());
        }
        self.function_frame(fget, fd, vec![obj], Vec::new())
    }

    /// Instantiating a plain class whose `__init__` is a Python function:
    /// the instance is made here and `__init__` runs as a frame on this
    /// loop, delivering the instance when it returns None. Anything more
    /// (a metaclass `__call__`, a custom `__new__`, a built-in base) hands
    /// the arguments back for `call_type`.
    #[allow(clippy::type_complexity)]
    pub(super) fn init_frame(
        &mut self,
        cls: &ObjRef,
        args: Vec<Value>,
        kwargs: Vec<(Value, Value)>,
    ) -> PyResult<Result<Box<Frame>, (Vec<Value>, Vec<(Value, Value)>)>> {
        let Some((init, has_del)) = crate::types::object::init_recipe(self, cls) else {
            return Ok(Err((args, kwargs)));
        };
        let Payload::Function(fd) = &init.payload else {
            return Ok(Err((args, kwargs)));
        };
        if self.depth() >= self.recursion_limit {
            return Err(self.recursion_error());
        }
        let obj = crate::types::object::instance_of(self, cls, has_del);
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(obj.clone());
        all.extend(args);
        let mut frame = self.function_frame(&init, fd, all, kwargs)?;
        frame.delivery = Delivery::Init(obj);
        Ok(Ok(frame))
    }
}

//! The interpreter loop. Python-to-Python calls, returns, generator
//! resumption and yields switch the current frame without recursing on the
//! Rust stack; only native code calling back into Python nests a loop.

use super::call_frames::SimpleCall;
use super::frame::{Delivery, Frame};
use super::{PyErr, PyResult, Vm};
use crate::bytecode::{Instr, format_flags, intrinsic};
use crate::object::{ObjRef, Payload, PyObject, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// Run a call planned by `prepare_call`: a Python frame becomes the current
/// frame (`continue`s the loop); anything else is called from Rust with the
/// caller visible on `vm.frames`. Evaluates to the instruction's result.
macro_rules! dispatch_call {
    ($vm:ident, $frame:ident, $callable:expr, $args:expr, $kwargs:expr) => {{
        // Built-ins are called at once, without a plan.
        let plan = match &$callable {
            Value::Obj(o) if matches!(o.payload, Payload::Native(_)) => {
                Ok(CallPlan::Other($callable, $args, $kwargs))
            }
            _ => $vm.prepare_call(&$callable, $args, $kwargs),
        };
        match plan {
            Ok(CallPlan::Frame(new)) => {
                let caller = std::mem::replace(&mut $frame, new);
                $vm.push_caller(caller);
                continue;
            }
            Ok(CallPlan::Other(callable, args, kwargs)) => {
                $vm.park($frame);
                let r = $vm.call_kw(&callable, args, kwargs);
                // Arguments that died with the call are finalized now, as
                // CPython does when it releases them.
                if $vm.work_pending() {
                    drop(callable);
                    $vm.run_finalizers();
                }
                $frame = $vm.unpark();
                r.map(|v| $frame.push(v))
            }
            Err(e) => Err(e),
        }
    }};
}

/// A built-in with a shortcut (`NativeFunc::fast`) that finishes this
/// call: the arguments are read where they lie on the value stack, and no
/// argument list is built. Bound built-in methods (their receiver is not
/// on the stack) and class or static methods take the ordinary path.
macro_rules! fast_native {
    ($vm:ident, $frame:ident, $callable_pos:expr, $first_arg:expr) => {
        if let Value::Obj(o) = &$frame.stack[$callable_pos]
            && let Some(fast) = match &o.payload {
                Payload::Native(nd)
                    if nd.def.kind == crate::vm::native::NativeKind::Function
                        && nd
                            .bound
                            .as_ref()
                            .is_none_or(|b| matches!(b.payload(), Some(Payload::Module(_)))) =>
                {
                    nd.def.fast
                }
                Payload::Type(t) => t.fast_call.get(),
                _ => None,
            }
            && let Some(v) = fast($vm, &$frame.stack[$first_arg..])
        {
            $frame.stack.truncate($callable_pos);
            $frame.push(v);
            // Arguments that died with the call are finalized now.
            if $vm.work_pending() {
                $vm.park($frame);
                $vm.run_finalizers();
                $frame = $vm.unpark();
            }
            continue;
        }
    };
}

/// Try `try_simple_call`; on success switch to the new frame.
macro_rules! simple_call {
    ($vm:ident, $frame:ident, $base:ident, $callable_pos:expr, $first_arg:expr) => {
        match $vm.try_simple_call(&mut $frame, $callable_pos, $first_arg) {
            Ok(SimpleCall::Frame(new)) => {
                let caller = std::mem::replace(&mut $frame, new);
                $vm.push_caller(caller);
                continue;
            }
            Ok(SimpleCall::Pushed) => continue,
            Ok(SimpleCall::No) => {}
            Err(e) => match $vm.unwind(&mut $frame, e, $base, false) {
                Ok(()) => continue,
                Err(e) => return Err(e),
            },
        }
    };
}

/// How many interpreter loops may nest on the Rust stack (native code
/// calling back into Python: dunders, `__getattr__`, callbacks), like
/// CPython's C recursion limit. Each costs under 5 KB of stack (measured:
/// 200,000 fit in the command line's 1 GiB thread), so this needs about
/// 100 MB; past it, RecursionError instead of a stack overflow.
const MAX_NESTED_LOOPS: usize = 20_000;

/// How an entry frame left the loop.
pub enum Exit {
    Return(Value),
    Yield(Value, Box<Frame>),
}

impl Vm {
    /// Run a function frame to completion.
    pub fn run_frame(&mut self, frame: Box<Frame>) -> PyResult<Value> {
        match self.execute(frame)? {
            Exit::Return(v) => Ok(v),
            Exit::Yield(v, _) => Ok(v),
        }
    }

    pub fn execute(&mut self, frame: Box<Frame>) -> PyResult<Exit> {
        self.execute_with(frame, None)
    }

    /// Run a frame; with `pending`, first raise that exception inside it
    /// (how `throw()` resumes a generator).
    pub fn execute_with(&mut self, frame: Box<Frame>, pending: Option<PyErr>) -> PyResult<Exit> {
        self.hidden_frames += 1;
        self.nested_loops += 1;
        let r = self.run_loop(frame, pending);
        self.nested_loops -= 1;
        self.hidden_frames -= 1;
        r
    }

    /// How deep in Python calls the running code is: the frames parked on
    /// `frames` plus the one each running loop holds.
    #[inline]
    pub(crate) fn depth(&self) -> usize {
        self.frames.len() + self.hidden_frames
    }

    /// Put the running frame on `frames` while native code runs, so that
    /// tracebacks, `sys._getframe` and the recursion count see it once.
    #[inline]
    pub(crate) fn park(&mut self, frame: Box<Frame>) {
        self.frames.push(frame);
        self.hidden_frames -= 1;
    }

    #[inline]
    pub(crate) fn unpark(&mut self) -> Box<Frame> {
        self.hidden_frames += 1;
        self.pop_frame()
    }

    fn run_loop(&mut self, mut frame: Box<Frame>, pending: Option<PyErr>) -> PyResult<Exit> {
        let base = self.frames.len();
        if self.depth() > self.recursion_limit || self.nested_loops > MAX_NESTED_LOOPS {
            return Err(self.recursion_error());
        }
        if let Some(e) = pending {
            self.unwind(&mut frame, e, base, false)?;
        }
        loop {
            let ip = frame.ip;
            let Some(&ins) = frame.code.instrs.get(ip) else {
                return Err(self.new_error("SystemError", "ran off the end of the code"));
            };
            frame.ip = ip + 1;
            debug_assert!(
                frame.stack.len() <= frame.code.code.max_stack as usize,
                "value stack deeper than max_stack before {ins:?} at {ip} in {}",
                frame.code.code.qualname
            );
            let r: PyResult<()> = match ins {
                Instr::Nop => Ok(()),
                Instr::Pop => {
                    frame.stack.pop();
                    if self.work_pending() {
                        self.park(frame);
                        self.run_finalizers();
                        frame = self.unpark();
                    }
                    Ok(())
                }
                Instr::Dup => {
                    let v = frame.top().clone();
                    frame.push(v);
                    Ok(())
                }
                Instr::Copy(n) => {
                    let v = frame.peek(n as usize).clone();
                    frame.push(v);
                    Ok(())
                }
                Instr::Swap(n) => {
                    let len = frame.stack.len();
                    frame.stack.swap(len - 1, len - n as usize);
                    Ok(())
                }
                Instr::Rot2 => {
                    let len = frame.stack.len();
                    frame.stack.swap(len - 1, len - 2);
                    Ok(())
                }
                Instr::Rot3 => {
                    let v = frame.pop();
                    let len = frame.stack.len();
                    frame.stack.insert(len - 2, v);
                    Ok(())
                }
                Instr::LoadConst(i) => {
                    let v = frame.code.consts[i as usize].clone();
                    frame.push(v);
                    Ok(())
                }
                Instr::LoadFast(i) => self.load_fast(&mut frame, i as usize),
                Instr::StoreFast(i) => {
                    // The popped Option<Value> goes into the slot as it is.
                    let popped = frame.stack.pop();
                    let old = std::mem::replace(&mut frame.fast[i as usize], popped);
                    drop(old);
                    if self.work_pending() {
                        self.park(frame);
                        self.run_finalizers();
                        frame = self.unpark();
                    }
                    Ok(())
                }
                Instr::DeleteFast(i) => {
                    if frame.fast[i as usize].take().is_none() {
                        let name = frame.code.code.varnames[i as usize].clone();
                        Err(self.new_error(
                            "UnboundLocalError",
                            format!("cannot access local variable '{name}' where it is not associated with a value"),
                        ))
                    } else {
                        Ok(())
                    }
                }
                Instr::LoadFastAndClear(i) => {
                    let v = frame.fast[i as usize]
                        .take()
                        .unwrap_or_else(|| self.method_null.clone());
                    frame.push(v);
                    Ok(())
                }
                Instr::RestoreFast(i) => {
                    let v = frame.pop();
                    let old = if v.is(&self.method_null) {
                        frame.fast[i as usize].take()
                    } else {
                        frame.fast[i as usize].replace(v)
                    };
                    drop(old);
                    Ok(())
                }
                Instr::LoadDeref(i) => self.load_deref(&mut frame, i),
                Instr::StoreDeref(i) => {
                    let v = frame.pop();
                    if let Some(c) = frame.cell(i)
                        && let Payload::Cell(c) = &c.payload
                    {
                        *c.borrow_mut() = Some(v);
                    }
                    Ok(())
                }
                Instr::DeleteDeref(i) => {
                    if let Some(c) = frame.cell(i)
                        && let Payload::Cell(c) = &c.payload
                    {
                        *c.borrow_mut() = None;
                    }
                    Ok(())
                }
                Instr::LoadClosure(i) => {
                    let c = frame.cell(i).cloned().map_or(Value::None, Value::Obj);
                    frame.push(c);
                    Ok(())
                }
                Instr::LoadClassDeref(i) => {
                    let name = self.deref_name(&frame, i);
                    let found = frame
                        .locals
                        .as_ref()
                        .and_then(|l| self.dict_get_str(l, &name));
                    match found {
                        Some(v) => {
                            frame.push(v);
                            Ok(())
                        }
                        None => self.load_deref(&mut frame, i),
                    }
                }
                Instr::LoadName(i) => {
                    let key = frame.code.names[i as usize].clone();
                    let s = key.as_str().map(|s| (s.as_str().to_string(), s.hash()));
                    let (name, h) = s.unwrap_or_default();
                    let mut found = None;
                    if let Some(l) = &frame.locals {
                        if let Some(d) = l.dict_data() {
                            found = d.borrow().get_str(&name, h).cloned();
                        } else {
                            match self.getitem(&Value::Obj(l.clone()), &key) {
                                Ok(v) => found = Some(v),
                                Err(e) if self.err_is(&e, "KeyError") => {}
                                Err(e) => return_err(&mut frame, e, self, base)?,
                            }
                        }
                    }
                    if found.is_none() {
                        found = self.global_lookup(&frame, &name, h);
                    }
                    match found {
                        Some(v) => {
                            frame.push(v);
                            Ok(())
                        }
                        None => Err(self.name_error_hint(&frame, &name)),
                    }
                }
                Instr::StoreName(i) => {
                    let key = frame.code.names[i as usize].clone();
                    let v = frame.pop();
                    let ns = frame
                        .locals
                        .clone()
                        .unwrap_or_else(|| frame.globals.clone());
                    if ns.dict_data().is_some() {
                        let h = key.as_str().map(|s| s.hash()).unwrap_or(0);
                        crate::types::dict::dict_set_hashed(self, &ns, key, h, v)
                    } else {
                        self.setitem(&Value::Obj(ns), &key, v)
                    }
                }
                Instr::DeleteName(i) => {
                    let key = frame.code.names[i as usize].clone();
                    let ns = frame
                        .locals
                        .clone()
                        .unwrap_or_else(|| frame.globals.clone());
                    let name = key.str_value().unwrap_or("").to_string();
                    if self.dict_del_str(&ns, &name) {
                        Ok(())
                    } else {
                        Err(self.name_error(&name))
                    }
                }
                Instr::LoadGlobal(i) => match self.cached_global(&frame, i as usize) {
                    Some(v) => {
                        frame.push(v);
                        Ok(())
                    }
                    None => {
                        let key = &frame.code.names[i as usize];
                        let name = key.str_value().unwrap_or("").to_string();
                        Err(self.name_error_hint(&frame, &name))
                    }
                },
                Instr::StoreGlobal(i) => {
                    let key = frame.code.names[i as usize].clone();
                    let v = frame.pop();
                    let h = key.as_str().map(|s| s.hash()).unwrap_or(0);
                    let g = frame.globals.clone();
                    crate::types::dict::dict_set_hashed(self, &g, key, h, v)
                }
                Instr::DeleteGlobal(i) => {
                    let name = frame.code.names[i as usize]
                        .str_value()
                        .unwrap_or("")
                        .to_string();
                    let g = frame.globals.clone();
                    if self.dict_del_str(&g, &name) {
                        Ok(())
                    } else {
                        Err(self.name_error(&name))
                    }
                }
                Instr::LoadAttr(i) => {
                    let obj = frame.pop();
                    if let Some(v) = self.cached_instance_attr(&frame, ip, &obj, i as usize) {
                        frame.push(v);
                        continue;
                    }
                    if let Some(fget) = self.cached_getter(&frame, ip, &obj) {
                        match self.getter_frame(&fget, obj) {
                            Ok(new) => {
                                let caller = std::mem::replace(&mut frame, new);
                                self.push_caller(caller);
                                continue;
                            }
                            Err(e) => match self.unwind(&mut frame, e, base, false) {
                                Ok(()) => continue,
                                Err(e) => return Err(e),
                            },
                        }
                    }
                    let key = frame.code.names[i as usize].clone();
                    let r = match key.as_str() {
                        Some(s) => self.getattr_str(&obj, s.as_str(), s.hash()),
                        None => Err(self.type_error("attribute name must be string")),
                    };
                    match r {
                        Ok(v) => {
                            self.fill_instance_site(&frame, ip, &obj, &key);
                            frame.push(v);
                            Ok(())
                        }
                        Err(e) => Err(e),
                    }
                }
                Instr::StoreAttr(i) => {
                    let obj = frame.pop();
                    let v = frame.pop();
                    match self.cached_store(&frame, ip, &obj, i as usize, v) {
                        Ok(()) => Ok(()),
                        Err(v) => {
                            let key = frame.code.names[i as usize].clone();
                            let r = self.setattr(&obj, &key, v);
                            if r.is_ok() {
                                self.fill_store_site(&frame, ip, &obj, &key);
                            }
                            r
                        }
                    }
                }
                Instr::DeleteAttr(i) => {
                    let obj = frame.pop();
                    let key = frame.code.names[i as usize].clone();
                    self.delattr(&obj, &key)
                }
                Instr::LoadSuperMethod(i) => {
                    let obj = frame.pop();
                    let cls = frame.pop();
                    let sup = frame.pop();
                    let name = frame.code.names[i as usize].clone();
                    self.load_super_method(sup, cls, obj, &name).map(|(f, s)| {
                        frame.push(f);
                        frame.push(s);
                    })
                }
                Instr::LoadMethod(i) => {
                    let obj = frame.pop();
                    if let Some(func) = self.cached_method(&frame, ip, &obj, i as usize) {
                        frame.push(func);
                        frame.push(obj);
                        continue;
                    }
                    if let Value::Obj(o) = &obj
                        && let Payload::Module(m) = &o.payload
                        && let Some(key) = frame.code.names[i as usize].as_str()
                        && let Some(v) = self.module_attr(o, m, key)
                    {
                        frame.push(v);
                        frame.push(self.method_null.clone());
                        continue;
                    }
                    let key = frame.code.names[i as usize].clone();
                    match self.load_method(&obj, &key) {
                        Ok(Some(func)) => {
                            self.fill_method_site(&frame, ip, &obj, &func);
                            frame.push(func);
                            frame.push(obj);
                            Ok(())
                        }
                        Ok(None) => match self.getattr(&obj, &key) {
                            Ok(v) => {
                                frame.push(v);
                                frame.push(self.method_null.clone());
                                Ok(())
                            }
                            Err(e) => Err(e),
                        },
                        Err(e) => Err(e),
                    }
                }
                Instr::BinaryOp(op) => {
                    let b = frame.pop();
                    let a = frame.pop();
                    let fast = match (&a, &b) {
                        (Value::Int(x), Value::Int(y)) => {
                            crate::types::int::small_binop_fast(op, *x, *y)
                        }
                        (Value::Float(x), Value::Float(y)) => float_fast(op, x.get(), y.get()),
                        (Value::Float(x), Value::Int(y)) => float_fast(op, x.get(), *y as f64),
                        (Value::Int(x), Value::Float(y)) => float_fast(op, *x as f64, y.get()),
                        _ => None,
                    };
                    match fast {
                        Some(v) => {
                            frame.push(v);
                            Ok(())
                        }
                        None => {
                            let a = match self.append_in_place(&mut frame, ip, op, a, &b) {
                                Ok(done) => {
                                    frame.push(done);
                                    continue;
                                }
                                Err(a) => a,
                            };
                            match self.binary_op(op, &a, &b) {
                                Ok(v) => {
                                    frame.push(v);
                                    Ok(())
                                }
                                Err(e) => Err(e),
                            }
                        }
                    }
                }
                Instr::InplaceOp(op) => {
                    let b = frame.pop();
                    let a = frame.pop();
                    let fast = match (&a, &b) {
                        (Value::Int(x), Value::Int(y)) => {
                            crate::types::int::small_binop_fast(op, *x, *y)
                        }
                        (Value::Float(x), Value::Float(y)) => float_fast(op, x.get(), y.get()),
                        (Value::Float(x), Value::Int(y)) => float_fast(op, x.get(), *y as f64),
                        (Value::Int(x), Value::Float(y)) => float_fast(op, *x as f64, y.get()),
                        _ => None,
                    };
                    match fast {
                        Some(v) => {
                            frame.push(v);
                            Ok(())
                        }
                        None => {
                            let a = match self.append_in_place(&mut frame, ip, op, a, &b) {
                                Ok(done) => {
                                    frame.push(done);
                                    continue;
                                }
                                Err(a) => a,
                            };
                            self.inplace_op(op, &a, &b).map(|v| frame.push(v))
                        }
                    }
                }
                Instr::Unary(op) => {
                    let a = frame.pop();
                    self.unary_op(op, &a).map(|v| frame.push(v))
                }
                Instr::Compare(op) => {
                    let b = frame.pop();
                    let a = frame.pop();
                    if let (Value::Int(x), Value::Int(y)) = (&a, &b) {
                        frame
                            .stack
                            .push(Value::bool(crate::types::int::cmp_i64(op, *x, *y)));
                        Ok(())
                    } else {
                        self.compare(op, &a, &b).map(|v| frame.push(v))
                    }
                }
                Instr::IsOp(inv) => {
                    let b = frame.pop();
                    let a = frame.pop();
                    frame.push(Value::bool(a.is(&b) != (inv == 1)));
                    Ok(())
                }
                Instr::ContainsOp(inv) => {
                    let c = frame.pop();
                    let item = frame.pop();
                    self.contains(&c, &item)
                        .map(|r| frame.push(Value::bool(r != (inv == 1))))
                }
                Instr::BinarySubscr => {
                    let key = frame.pop();
                    let c = frame.pop();
                    if let (Value::Obj(o), Value::Int(i)) = (&c, &key) {
                        let fast = match &o.payload {
                            Payload::List(l) if Rc::ptr_eq(o.class(), &self.types.list) => {
                                let l = l.borrow();
                                let idx = if *i < 0 { *i + l.len() as i64 } else { *i };
                                if idx >= 0 {
                                    l.get(idx as usize).cloned()
                                } else {
                                    None
                                }
                            }
                            Payload::Tuple(t) if Rc::ptr_eq(o.class(), &self.types.tuple) => {
                                let idx = if *i < 0 { *i + t.len() as i64 } else { *i };
                                if idx >= 0 {
                                    t.get(idx as usize).cloned()
                                } else {
                                    None
                                }
                            }
                            // An ASCII str: its byte is its character, and
                            // one-character strings are shared.
                            Payload::Str(st)
                                if st.is_ascii() && Rc::ptr_eq(o.class(), &self.types.str) =>
                            {
                                let b = st.as_str().as_bytes();
                                let idx = if *i < 0 { *i + b.len() as i64 } else { *i };
                                usize::try_from(idx)
                                    .ok()
                                    .and_then(|k| b.get(k))
                                    .and_then(|c| self.ascii_chars.get(*c as usize).cloned())
                            }
                            _ => None,
                        };
                        if let Some(v) = fast {
                            frame.push(v);
                            continue;
                        }
                    }
                    self.getitem(&c, &key).map(|v| frame.push(v))
                }
                Instr::StoreSubscr => {
                    let key = frame.pop();
                    let c = frame.pop();
                    let v = frame.pop();
                    if let (Value::Obj(o), Value::Int(i)) = (&c, &key)
                        && let Payload::List(l) = &o.payload
                        && Rc::ptr_eq(o.class(), &self.types.list)
                    {
                        let mut l = l.borrow_mut();
                        let idx = if *i < 0 { *i + l.len() as i64 } else { *i };
                        if idx >= 0 && (idx as usize) < l.len() {
                            // Drop the old item after releasing the borrow.
                            let old = std::mem::replace(&mut l[idx as usize], v);
                            drop(l);
                            drop(old);
                            continue;
                        }
                        drop(l);
                        self.setitem(&c, &key, v)
                    } else {
                        self.setitem(&c, &key, v)
                    }
                }
                Instr::DeleteSubscr => {
                    let key = frame.pop();
                    let c = frame.pop();
                    self.delitem(&c, &key)
                }
                Instr::BuildTuple(n) => {
                    let items = frame.stack.split_off(frame.stack.len() - n as usize);
                    let t = self.new_tuple(items);
                    frame.push(t);
                    Ok(())
                }
                Instr::BuildList(n) => {
                    let items = frame.stack.split_off(frame.stack.len() - n as usize);
                    let l = self.new_list(items);
                    frame.push(l);
                    Ok(())
                }
                Instr::BuildSet(n) => {
                    let items = frame.stack.split_off(frame.stack.len() - n as usize);
                    crate::types::set::new_set_from(self, items, false).map(|s| frame.push(s))
                }
                Instr::BuildMap(n) => {
                    let items = frame.stack.split_off(frame.stack.len() - 2 * n as usize);
                    let d = self.new_dict_obj(crate::object::Dict::with_capacity(n as usize));
                    let mut r = Ok(());
                    let mut it = items.into_iter();
                    while let (Some(k), Some(v)) = (it.next(), it.next()) {
                        if let Err(e) = crate::types::dict::dict_set(self, &d, k, v) {
                            r = Err(e);
                            break;
                        }
                    }
                    frame.push(Value::Obj(d));
                    r
                }
                Instr::BuildString(n) => {
                    let items = frame.stack.split_off(frame.stack.len() - n as usize);
                    let parts = items.iter().map(|it| it.str_value().unwrap_or(""));
                    let mut s = String::with_capacity(parts.clone().map(str::len).sum());
                    s.extend(parts);
                    let v = self.new_string(s);
                    frame.push(v);
                    Ok(())
                }
                Instr::BuildSlice(n) => {
                    let step = if n == 3 { frame.pop() } else { Value::None };
                    let stop = frame.pop();
                    let start = frame.pop();
                    let s = PyObject::new(
                        self.types.slice.clone(),
                        None,
                        Payload::Slice(Box::new([start, stop, step])),
                    );
                    frame.push(Value::Obj(s));
                    Ok(())
                }
                Instr::ListAppend(n) => {
                    let v = frame.pop();
                    let len = frame.stack.len();
                    if let Some(Payload::List(l)) = frame.stack[len - n as usize].payload() {
                        l.borrow_mut().push(v);
                    }
                    Ok(())
                }
                Instr::SetAdd(n) => {
                    let v = frame.pop();
                    let len = frame.stack.len();
                    let s = frame.stack[len - n as usize].clone();
                    crate::types::set::set_add(self, &s, v)
                }
                Instr::MapAdd(n) => {
                    let v = frame.pop();
                    let k = frame.pop();
                    let len = frame.stack.len();
                    let d = frame.stack[len - n as usize].clone();
                    match d.as_obj() {
                        Some(o) => crate::types::dict::dict_set(self, o, k, v),
                        None => Ok(()),
                    }
                }
                Instr::ListExtend(n) => {
                    let v = frame.pop();
                    let len = frame.stack.len();
                    let l = frame.stack[len - n as usize].clone();
                    match crate::vm::ops::collect_iterable(self, &v) {
                        Ok(items) => {
                            if let Some(Payload::List(l)) = l.payload() {
                                l.borrow_mut().extend(items);
                            }
                            Ok(())
                        }
                        Err(e)
                            if self.err_is(&e, "TypeError")
                                && self.lookup_special(&v, "__iter__").is_none() =>
                        {
                            Err(self.type_error(format!(
                                "Value after * must be an iterable, not {}",
                                self.type_name(&v)
                            )))
                        }
                        Err(e) => Err(e),
                    }
                }
                Instr::SetUpdate(n) => {
                    let v = frame.pop();
                    let len = frame.stack.len();
                    let s = frame.stack[len - n as usize].clone();
                    crate::types::set::set_update(self, &s, &v)
                }
                Instr::DictUpdate(n) | Instr::DictMerge(n) => {
                    let v = frame.pop();
                    let len = frame.stack.len();
                    let d = frame.stack[len - n as usize].clone();
                    let merge = matches!(ins, Instr::DictMerge(_));
                    let r = crate::types::dict::dict_update_from(self, &d, &v, merge);
                    match r {
                        Err(e) if merge && self.err_is(&e, "TypeError") => {
                            let callable = frame.peek(n as usize + 2).clone();
                            let msg = self.exc_first_arg(&e.exc);
                            let msg = msg.str_value().unwrap_or("").to_string();
                            let f = self.function_str(&callable);
                            Err(self.type_error(format!("{f} {msg}")))
                        }
                        other => other,
                    }
                }
                Instr::ListToTuple => {
                    let l = frame.pop();
                    let items = match l.payload() {
                        Some(Payload::List(l)) => l.borrow().clone(),
                        _ => Vec::new(),
                    };
                    let t = self.new_tuple(items);
                    frame.push(t);
                    Ok(())
                }
                Instr::UnpackSequence(n) => {
                    let seq = frame.pop();
                    // A tuple or list of the right length: its items go
                    // straight onto the stack, last first.
                    let exact = |o: &ObjRef, t: &ObjRef| Rc::ptr_eq(o.class(), t);
                    let done = match &seq {
                        Value::Obj(o) => match &o.payload {
                            Payload::Tuple(t)
                                if t.len() == n as usize && exact(o, &self.types.tuple) =>
                            {
                                frame.stack.extend(t.iter().rev().cloned());
                                true
                            }
                            Payload::List(l) if exact(o, &self.types.list) => {
                                let l = l.borrow();
                                let fits = l.len() == n as usize;
                                if fits {
                                    frame.stack.extend(l.iter().rev().cloned());
                                }
                                fits
                            }
                            _ => false,
                        },
                        _ => false,
                    };
                    if done {
                        continue;
                    }
                    self.unpack(&seq, n as usize, None)
                        .map(|items| frame.stack.extend(items.into_iter().rev()))
                }
                Instr::UnpackEx(arg) => {
                    let seq = frame.pop();
                    let before = (arg & 0xFFFF) as usize;
                    let after = (arg >> 16) as usize;
                    self.unpack(&seq, before, Some(after))
                        .map(|items| frame.stack.extend(items.into_iter().rev()))
                }
                Instr::GetIter => match frame.top().payload() {
                    // A generator is its own iterator: it stays where it is.
                    Some(Payload::Generator(g)) if g.kind == crate::object::GenKind::Generator => {
                        Ok(())
                    }
                    _ => {
                        let v = frame.pop();
                        self.get_iter(&v).map(|it| frame.push(it))
                    }
                },
                Instr::ForIter(target) => {
                    // Ranges and lists step right here, with no call.
                    match step_builtin_iter(frame.top()) {
                        IterStep::Item(v) => {
                            store_or_push(&mut frame, v, ip + 1);
                            continue;
                        }
                        IterStep::Done => {
                            frame.stack.pop();
                            frame.ip = target as usize;
                            continue;
                        }
                        IterStep::Other => {}
                    }
                    // Generators resume on this loop: no Rust recursion.
                    if self
                        .step_on_loop::<true>(&mut frame, Value::None, target)
                        .is_ok()
                    {
                        continue;
                    }
                    let it = frame.top().clone();
                    match it.payload() {
                        Some(Payload::Generator(g))
                            if g.kind == crate::object::GenKind::Generator =>
                        {
                            match self.start_generator(&it, Value::None, Delivery::ForIter(target))
                            {
                                Ok(Some(gen_frame)) => {
                                    let caller = std::mem::replace(&mut frame, gen_frame);
                                    self.push_caller(caller);
                                    continue;
                                }
                                Ok(None) => {
                                    frame.stack.pop();
                                    frame.ip = target as usize;
                                    Ok(())
                                }
                                Err(e) => Err(e),
                            }
                        }
                        _ => self.for_iter_generic(&mut frame, &it, target),
                    }
                }
                Instr::Jump(t) => {
                    frame.ip = t as usize;
                    if (t as usize) < ip && self.work_pending() {
                        self.park(frame);
                        self.run_finalizers();
                        frame = self.unpark();
                    }
                    Ok(())
                }
                Instr::PopJumpIfFalse(t) => {
                    let v = frame.pop();
                    match v {
                        Value::Bool(b) => {
                            if !b.get() {
                                frame.ip = t as usize;
                            }
                            Ok(())
                        }
                        _ => self.truthy(&v).map(|b| {
                            if !b {
                                frame.ip = t as usize
                            }
                        }),
                    }
                }
                Instr::PopJumpIfTrue(t) => {
                    let v = frame.pop();
                    match v {
                        Value::Bool(b) => {
                            if b.get() {
                                frame.ip = t as usize;
                            }
                            Ok(())
                        }
                        _ => self.truthy(&v).map(|b| {
                            if b {
                                frame.ip = t as usize
                            }
                        }),
                    }
                }
                Instr::PopJumpIfNone(t) => {
                    if frame.pop().is_none() {
                        frame.ip = t as usize;
                    }
                    Ok(())
                }
                Instr::PopJumpIfNotNone(t) => {
                    if !frame.pop().is_none() {
                        frame.ip = t as usize;
                    }
                    Ok(())
                }
                Instr::JumpIfFalseOrPop(t) => {
                    let v = frame.top().clone();
                    match self.truthy(&v) {
                        Ok(false) => {
                            frame.ip = t as usize;
                            Ok(())
                        }
                        Ok(true) => {
                            frame.stack.pop();
                            Ok(())
                        }
                        Err(e) => Err(e),
                    }
                }
                Instr::JumpIfTrueOrPop(t) => {
                    let v = frame.top().clone();
                    match self.truthy(&v) {
                        Ok(true) => {
                            frame.ip = t as usize;
                            Ok(())
                        }
                        Ok(false) => {
                            frame.stack.pop();
                            Ok(())
                        }
                        Err(e) => Err(e),
                    }
                }
                Instr::Call(n) => {
                    let len = frame.stack.len();
                    fast_native!(self, frame, len - n as usize - 1, len - n as usize);
                    simple_call!(self, frame, base, len - n as usize - 1, len - n as usize);
                    let args = frame.stack.split_off(frame.stack.len() - n as usize);
                    let callable = frame.pop();
                    dispatch_call!(self, frame, callable, args, Vec::new())
                }
                Instr::CallKw(n) => {
                    let names = frame.pop();
                    match self.try_kw_call(&mut frame, n as usize, &names) {
                        Ok(SimpleCall::Frame(new)) => {
                            let caller = std::mem::replace(&mut frame, new);
                            self.push_caller(caller);
                            continue;
                        }
                        Ok(SimpleCall::Pushed) => continue,
                        Ok(SimpleCall::No) => {}
                        Err(e) => match self.unwind(&mut frame, e, base, false) {
                            Ok(()) => continue,
                            Err(e) => return Err(e),
                        },
                    }
                    let mut args = frame.stack.split_off(frame.stack.len() - n as usize);
                    let callable = frame.pop();
                    let names: Vec<Value> = match names.payload() {
                        Some(Payload::Tuple(t)) => t.to_vec(),
                        _ => Vec::new(),
                    };
                    let kwvals = args.split_off(args.len() - names.len());
                    let kwargs: Vec<(Value, Value)> = names.into_iter().zip(kwvals).collect();
                    dispatch_call!(self, frame, callable, args, kwargs)
                }
                Instr::CallMethod(n) => {
                    let len = frame.stack.len();
                    let callable_pos = len - n as usize - 2;
                    let first_arg = if frame.stack[len - n as usize - 1].is(&self.method_null) {
                        len - n as usize
                    } else {
                        len - n as usize - 1
                    };
                    fast_native!(self, frame, callable_pos, first_arg);
                    simple_call!(self, frame, base, callable_pos, first_arg);
                    if let Some(started) =
                        self.try_await_agen_call(&mut frame, callable_pos, first_arg)
                    {
                        match started {
                            Ok(Some(new)) => {
                                let caller = std::mem::replace(&mut frame, new);
                                self.push_caller(caller);
                                continue;
                            }
                            Ok(None) => continue,
                            Err(e) => match self.unwind(&mut frame, e, base, false) {
                                Ok(()) => continue,
                                Err(e) => return Err(e),
                            },
                        }
                    }
                    // The receiver (when there is one) and the arguments
                    // leave the stack as one exactly-sized vector.
                    let args: Vec<Value> = frame.stack.split_off(first_arg);
                    if first_arg == len - n as usize {
                        frame.pop();
                    }
                    let callable = frame.pop();
                    dispatch_call!(self, frame, callable, args, Vec::new())
                }
                Instr::CallEx(has_kw) => {
                    let kw = if has_kw == 1 {
                        frame.pop()
                    } else {
                        Value::None
                    };
                    let args_t = frame.pop();
                    let callable = frame.pop();
                    let args = match args_t.payload() {
                        Some(Payload::Tuple(t)) => t.to_vec(),
                        _ => Vec::new(),
                    };
                    let kwargs: Vec<(Value, Value)> = match kw.as_obj().and_then(|o| o.dict_data())
                    {
                        Some(d) => d
                            .borrow()
                            .iter()
                            .map(|e| (e.key.clone(), e.value.clone()))
                            .collect(),
                        None => Vec::new(),
                    };
                    dispatch_call!(self, frame, callable, args, kwargs)
                }
                Instr::MakeFunction(flags) => {
                    crate::types::function::make_function(self, &mut frame, flags)
                }
                Instr::LoadBuildClass => {
                    let f = self.builtin("__build_class__").unwrap_or(Value::None);
                    frame.push(f);
                    Ok(())
                }
                Instr::ReturnValue => {
                    let v = frame.pop();
                    if frame.generator().is_some() {
                        self.finish_generator_frame(&mut frame, None);
                    }
                    if self.frames.len() == base {
                        return Ok(Exit::Return(v));
                    }
                    let mut finished = std::mem::replace(&mut frame, self.pop_frame());
                    let delivery = std::mem::replace(&mut finished.delivery, Delivery::Push);
                    if let Delivery::InlineAwait { .. } = delivery {
                        self.exc_info = finished.outer_exc.take().map(Value::Obj);
                    }
                    self.recycle_frame(finished);
                    let r = self.deliver_return(&mut frame, delivery, v);
                    if self.work_pending() {
                        self.park(frame);
                        self.run_finalizers();
                        frame = self.unpark();
                    }
                    r
                }
                Instr::YieldValue(kind) => {
                    let v = frame.pop();
                    let mut kind = kind;
                    loop {
                        if self.frames.len() == base {
                            self.suspend_generator_frame(&mut frame);
                            return Ok(Exit::Yield(v, frame));
                        }
                        let mut suspended = std::mem::replace(&mut frame, self.pop_frame());
                        if let Delivery::InlineAwait { send_ip, target } = suspended.delivery {
                            self.materialize_coroutine(&mut suspended, &mut frame, send_ip, target);
                        }
                        // An async generator's value yield ends its asend
                        // step: the awaiting frame continues past its `Send`
                        // loop.
                        let step_done = match suspended.delivery {
                            Delivery::Asend(target) if kind == 1 => Some(target),
                            _ => None,
                        };
                        self.yield_to_caller(suspended);
                        if let Some(target) = step_done {
                            self.asend_yielded(frame.top());
                            frame.stack.pop();
                            frame.ip = target as usize;
                        } else if let Some(Instr::YieldValue(2)) = frame.code.instrs.get(frame.ip) {
                            // A `yield from`/`await` loop passes the value
                            // straight on: its own yield, without the
                            // push, pop and dispatch.
                            frame.ip += 1;
                            kind = 2;
                            continue;
                        }
                        frame.push(v);
                        break Ok(());
                    }
                }
                Instr::Raise(n) => self.do_raise(&mut frame, n),
                Instr::Reraise => {
                    let exc = frame.pop();
                    match exc {
                        Value::Obj(o) => {
                            match self.unwind(&mut frame, PyErr { exc: o }, base, true) {
                                Ok(()) => continue,
                                Err(e) => return Err(e),
                            }
                        }
                        _ => Err(self.runtime_error("No active exception to reraise")),
                    }
                }
                Instr::PushExcInfo => {
                    let exc = frame.pop();
                    let prev = self.exc_info.replace(exc.clone()).unwrap_or(Value::None);
                    frame.push(prev);
                    frame.push(exc);
                    Ok(())
                }
                Instr::PopExcept => {
                    let prev = frame.pop();
                    self.exc_info = if prev.is_none() { None } else { Some(prev) };
                    Ok(())
                }
                Instr::CheckExcMatch => {
                    let ty = frame.pop();
                    let exc = frame.top().clone();
                    self.exception_matches(&exc, &ty)
                        .map(|b| frame.push(Value::bool(b)))
                }
                Instr::CheckEgMatch => {
                    let ty = frame.pop();
                    let eg = frame.pop();
                    crate::types::exceptions::split_group(self, &eg, &ty).map(|(rest, m)| {
                        frame.push(rest);
                        frame.push(m);
                    })
                }
                Instr::PrepReraiseStar => Ok(()),
                Instr::LoadAssertionError => {
                    frame
                        .stack
                        .push(Value::Obj(self.exc_class("AssertionError")));
                    Ok(())
                }
                Instr::BeforeWith => {
                    let ctx = frame.pop();
                    self.before_with(&ctx, false).map(|(exit, res)| {
                        frame.push(exit);
                        frame.push(res);
                    })
                }
                Instr::BeforeAsyncWith => {
                    let ctx = frame.pop();
                    self.before_with(&ctx, true).map(|(exit, res)| {
                        frame.push(exit);
                        frame.push(res);
                    })
                }
                Instr::WithExceptStart => {
                    let exc = frame.peek(1).clone();
                    let exit = frame.peek(3).clone();
                    let ty = Value::Obj(self.type_of(&exc));
                    let tb = match exc.as_obj().and_then(|o| self.exc_data(o)) {
                        Some(d) => d.traceback.borrow().clone().unwrap_or(Value::None),
                        None => Value::None,
                    };
                    self.park(frame);
                    let r = self.call(&exit, vec![ty, exc, tb]);
                    frame = self.unpark();
                    r.map(|v| frame.push(v))
                }
                Instr::ImportName(i) => {
                    let name = frame.code.names[i as usize]
                        .str_value()
                        .unwrap_or("")
                        .to_string();
                    let fromlist = frame.pop();
                    let level = frame.pop();
                    let globals = frame.globals.clone();
                    self.park(frame);
                    let r = crate::modules::import_name(self, &name, &fromlist, &level, &globals);
                    frame = self.unpark();
                    r.map(|m| frame.push(m))
                }
                Instr::ImportFrom(i) => {
                    let name = frame.code.names[i as usize].clone();
                    let module = frame.top().clone();
                    crate::modules::import_from(self, &module, &name).map(|v| frame.push(v))
                }
                Instr::ImportStar => {
                    let module = frame.pop();
                    let ns = frame
                        .locals
                        .clone()
                        .unwrap_or_else(|| frame.globals.clone());
                    crate::modules::import_star(self, &module, &ns)
                }
                Instr::SetupAnnotations => {
                    let ns = frame
                        .locals
                        .clone()
                        .unwrap_or_else(|| frame.globals.clone());
                    if self.dict_get_str(&ns, "__annotations__").is_none() {
                        let d = self.new_dict();
                        self.dict_set_str(&ns, "__annotations__", d);
                    }
                    Ok(())
                }
                Instr::FormatValue(flags) => {
                    let spec = if flags & format_flags::HAS_SPEC != 0 {
                        Some(frame.pop())
                    } else {
                        None
                    };
                    let v = frame.pop();
                    self.format_value(&v, flags & format_flags::CONV_MASK, spec.as_ref())
                        .map(|s| frame.push(s))
                }
                Instr::Send(target) => {
                    let v = frame.pop();
                    let v = match self.step_on_loop::<false>(&mut frame, v, target) {
                        Ok(()) => continue,
                        Err(v) => v,
                    };
                    match self.plan_send(frame.top(), v, target) {
                        Ok(SendPlan::Frame(gen_frame)) => {
                            let caller = std::mem::replace(&mut frame, gen_frame);
                            self.push_caller(caller);
                            continue;
                        }
                        Ok(SendPlan::Yielded(y)) => {
                            frame.push(y);
                            Ok(())
                        }
                        Ok(SendPlan::Returned(r)) => {
                            frame.stack.pop();
                            frame.push(r);
                            frame.ip = target as usize;
                            Ok(())
                        }
                        Err(e) => Err(e),
                    }
                }
                Instr::GetAwaitable(_) => {
                    let v = frame.pop();
                    self.get_awaitable(&v).map(|a| frame.push(a))
                }
                Instr::GetAIter => {
                    let v = frame.pop();
                    self.get_aiter(&v).map(|a| frame.push(a))
                }
                Instr::GetANext => {
                    let v = frame.top().clone();
                    self.get_anext(&v).map(|a| frame.push(a))
                }
                Instr::EndAsyncFor => {
                    let exc = frame.pop();
                    let stop = self.exc_class("StopAsyncIteration");
                    if self.isinstance(&exc, &stop) {
                        frame.stack.pop();
                        Ok(())
                    } else if let Value::Obj(o) = exc {
                        match self.unwind(&mut frame, PyErr { exc: o }, base, true) {
                            Ok(()) => continue,
                            Err(e) => return Err(e),
                        }
                    } else {
                        Ok(())
                    }
                }
                Instr::GetYieldFromIter => {
                    let v = frame.pop();
                    let r = match v.payload() {
                        Some(Payload::Generator(g))
                            if g.kind == crate::object::GenKind::Coroutine =>
                        {
                            let in_coro = frame.code.code.flags
                                & (crate::bytecode::code_flags::COROUTINE
                                    | crate::bytecode::code_flags::ITERABLE_COROUTINE)
                                != 0;
                            if in_coro {
                                Ok(v)
                            } else {
                                Err(self.type_error("cannot 'yield from' a coroutine object in a non-coroutine generator"))
                            }
                        }
                        Some(Payload::Generator(_)) => Ok(v),
                        _ => self.get_iter(&v),
                    };
                    r.map(|it| frame.push(it))
                }
                Instr::CleanupThrow | Instr::ReturnGenerator => Ok(()),
                Instr::GetLen => {
                    let v = frame.top().clone();
                    self.len(&v).map(|n| frame.push(Value::Int(n as i64)))
                }
                Instr::MatchMapping => {
                    let v = frame.top().clone();
                    let b = crate::types::is_mapping(self, &v);
                    frame.push(Value::bool(b));
                    Ok(())
                }
                Instr::MatchSequence => {
                    let v = frame.top().clone();
                    let b = crate::types::is_sequence(self, &v);
                    frame.push(Value::bool(b));
                    Ok(())
                }
                Instr::MatchKeys => {
                    let keys = frame.top().clone();
                    let subject = frame.peek(2).clone();
                    crate::types::match_keys(self, &subject, &keys).map(|v| frame.push(v))
                }
                Instr::MatchClass(npos) => {
                    let names = frame.pop();
                    let cls = frame.pop();
                    let subject = frame.pop();
                    crate::types::match_class(self, &subject, &cls, npos as usize, &names)
                        .map(|v| frame.push(v))
                }
                Instr::Intrinsic(which) => self.intrinsic(&mut frame, which),
                Instr::FastConstOp(op, a, c) => {
                    let r = frame.fast[a as usize]
                        .as_ref()
                        .and_then(|x| number_op(op, x, &frame.code.consts[c as usize]));
                    self.end_fused(&mut frame, r, a, ip + 3)
                }
                Instr::FastFastOp(op, a, b) => {
                    let r = match (&frame.fast[a as usize], &frame.fast[b as usize]) {
                        (Some(x), Some(y)) => number_op(op, x, y),
                        _ => None,
                    };
                    self.end_fused(&mut frame, r, a, ip + 3)
                }
                Instr::FastConstCompare(op, a, c) => {
                    let r = frame.fast[a as usize]
                        .as_ref()
                        .and_then(|x| number_compare(op, x, &frame.code.consts[c as usize]));
                    self.end_fused(&mut frame, r.map(Value::bool), a, ip + 3)
                }
                Instr::FastFastCompare(op, a, b) => {
                    let r = match (&frame.fast[a as usize], &frame.fast[b as usize]) {
                        (Some(x), Some(y)) => number_compare(op, x, y),
                        _ => None,
                    };
                    self.end_fused(&mut frame, r.map(Value::bool), a, ip + 3)
                }
                Instr::LoadFast2(a, b) => {
                    if let (Some(x), Some(y)) = (&frame.fast[a as usize], &frame.fast[b as usize]) {
                        let (x, y) = (x.clone(), y.clone());
                        frame.push(x);
                        frame.push(y);
                        frame.ip = ip + 2;
                        Ok(())
                    } else {
                        self.load_fast(&mut frame, a as usize)
                    }
                }
                Instr::ConstOp(op, c) => {
                    let k = &frame.code.consts[c as usize];
                    match frame.stack.last().and_then(|x| number_op(op, x, k)) {
                        Some(v) => {
                            frame.stack.pop();
                            store_or_push(&mut frame, v, ip + 2);
                        }
                        None => {
                            let k = k.clone();
                            frame.push(k);
                        }
                    }
                    Ok(())
                }
                Instr::ConstCompare(op, c) => {
                    let k = &frame.code.consts[c as usize];
                    match frame.stack.last().and_then(|x| number_compare(op, x, k)) {
                        Some(b) => {
                            frame.stack.pop();
                            branch_or_push(&mut frame, b, ip + 2);
                        }
                        None => {
                            let k = k.clone();
                            frame.push(k);
                        }
                    }
                    Ok(())
                }
                Instr::ConstIsOp(c, inv) => {
                    let x = frame.pop();
                    let same = x.is(&frame.code.consts[c as usize]);
                    drop(x);
                    branch_or_push(&mut frame, same != inv, ip + 2);
                    Ok(())
                }
                Instr::LoadFastAttr(a, n) => {
                    let hit = match &frame.fast[a as usize] {
                        Some(obj) => self.cached_instance_attr(&frame, ip + 1, obj, n as usize),
                        None => None,
                    };
                    match hit {
                        Some(v) => {
                            frame.push(v);
                            frame.ip = ip + 2;
                            Ok(())
                        }
                        None => self.load_fast(&mut frame, a as usize),
                    }
                }
                Instr::LoadFastMethod(a, n) => {
                    let hit = match &frame.fast[a as usize] {
                        Some(obj) => self
                            .cached_method(&frame, ip + 1, obj, n as usize)
                            .map(|f| (f, obj.clone())),
                        None => None,
                    };
                    match hit {
                        Some((func, obj)) => {
                            frame.push(func);
                            frame.push(obj);
                            frame.ip = ip + 2;
                            Ok(())
                        }
                        None => self.load_fast(&mut frame, a as usize),
                    }
                }
                Instr::LoadFastStoreAttr(a, n) => {
                    let v = frame.pop();
                    let r = match &frame.fast[a as usize] {
                        Some(obj) => self.cached_store(&frame, ip + 1, obj, n as usize, v),
                        None => Err(v),
                    };
                    match r {
                        Ok(()) => {
                            frame.ip = ip + 2;
                            Ok(())
                        }
                        Err(v) => {
                            frame.push(v);
                            self.load_fast(&mut frame, a as usize)
                        }
                    }
                }
                Instr::StoreLoadFast(a, b) => {
                    let popped = frame.stack.pop();
                    let old = std::mem::replace(&mut frame.fast[a as usize], popped);
                    drop(old);
                    if self.work_pending() {
                        // The LoadFast behind runs on its own after this.
                        self.park(frame);
                        self.run_finalizers();
                        frame = self.unpark();
                    } else if let Some(v) = &frame.fast[b as usize] {
                        let v = v.clone();
                        frame.push(v);
                        frame.ip = ip + 2;
                    }
                    Ok(())
                }
            };
            if matches!(
                ins,
                Instr::DeleteFast(_)
                    | Instr::RestoreFast(_)
                    | Instr::StoreName(_)
                    | Instr::DeleteName(_)
                    | Instr::StoreGlobal(_)
                    | Instr::DeleteGlobal(_)
                    | Instr::StoreAttr(_)
                    | Instr::LoadFastStoreAttr(..)
            ) && self.work_pending()
            {
                self.park(frame);
                self.run_finalizers();
                frame = self.unpark();
            }
            if let Err(e) = r {
                // What the failed instruction dropped is finalized while its
                // frame is still the current one (CPython frees it at once:
                // "never awaited" warnings name this line).
                if self.work_pending() {
                    frame = self.finalize_in(frame);
                }
                match self.unwind(&mut frame, e, base, false) {
                    Ok(()) => {}
                    Err(e) => return Err(e),
                }
            }
        }
    }

    /// Run the queued finalizers with `frame` as the current frame (off the
    /// hot path: an instruction failed).
    #[cold]
    #[inline(never)]
    fn finalize_in(&mut self, frame: Box<Frame>) -> Box<Frame> {
        self.park(frame);
        self.run_finalizers();
        self.unpark()
    }

    /// The running frame steps down for a callee or a resumed generator.
    /// Written out rather than `Vec::push`, which the loop's many call
    /// sites left out of line (a call per Python call and per resume).
    #[inline(always)]
    pub(crate) fn push_caller(&mut self, caller: Box<Frame>) {
        let len = self.frames.len();
        if len == self.frames.capacity() {
            self.frames.reserve(1);
        }
        // SAFETY: after the reserve above, capacity > len, so slot `len`
        // is allocated and unused; it is written before the length grows
        // to cover it.
        unsafe {
            self.frames.as_mut_ptr().add(len).write(caller);
            self.frames.set_len(len + 1);
        }
    }

    /// The frame below the current one; always present when called.
    pub(crate) fn pop_frame(&mut self) -> Box<Frame> {
        // Calls push before they pop, so the stack is never empty here.
        self.frames.pop().expect("frame stack underflow")
    }

    /// The end of a fused instruction that started with `LoadFast(a)`:
    /// its result goes on (`store_or_push`, `branch_or_push`) and the
    /// sequence is skipped up to `next`; without one, it was not the fast
    /// case, and the plain `LoadFast` is done instead.
    #[inline(always)]
    fn end_fused(&self, frame: &mut Frame, r: Option<Value>, a: u16, next: usize) -> PyResult<()> {
        match r {
            Some(Value::Bool(b)) => branch_or_push(frame, b.get(), next),
            Some(v) => store_or_push(frame, v, next),
            None => return self.load_fast(frame, a as usize),
        }
        Ok(())
    }

    /// `LoadFast`: push a local, or raise UnboundLocalError.
    #[inline(always)]
    fn load_fast(&self, frame: &mut Frame, i: usize) -> PyResult<()> {
        match &frame.fast[i] {
            Some(v) => {
                let v = v.clone();
                frame.push(v);
                Ok(())
            }
            None => {
                let name = frame.code.code.varnames[i].clone();
                Err(self.new_error(
                    "UnboundLocalError",
                    format!("cannot access local variable '{name}' where it is not associated with a value"),
                ))
            }
        }
    }

    fn deref_name(&self, frame: &Frame, i: u32) -> String {
        let code = &frame.code.code;
        let i = i as usize;
        if i < code.cellvars.len() {
            code.cellvars[i].to_string()
        } else {
            code.freevars
                .get(i - code.cellvars.len())
                .map(|s| s.to_string())
                .unwrap_or_default()
        }
    }

    fn load_deref(&mut self, frame: &mut Frame, i: u32) -> PyResult<()> {
        let v = match frame.cell(i).map(|c| &c.payload) {
            Some(Payload::Cell(c)) => c.borrow().clone(),
            _ => None,
        };
        match v {
            Some(v) => {
                frame.push(v);
                Ok(())
            }
            None => {
                let name = self.deref_name(frame, i);
                if (i as usize) < frame.code.code.cellvars.len() {
                    Err(self.new_error(
                        "UnboundLocalError",
                        format!("cannot access local variable '{name}' where it is not associated with a value"),
                    ))
                } else {
                    Err(self.new_error(
                        "NameError",
                        format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
                    ))
                }
            }
        }
    }

    /// A method found on the class that can be called with `obj` prepended.
    fn load_method(&mut self, obj: &Value, name: &Value) -> PyResult<Option<Value>> {
        let cls = self.type_of(obj);
        let Some(t) = cls.type_data() else {
            return Ok(None);
        };
        if t.heap
            && crate::types::typeobj::lookup(&cls, "__getattribute__")
                .is_some_and(|g| !matches!(g.payload(), Some(Payload::Native(_))))
        {
            return Ok(None);
        }
        if let Value::Obj(o) = obj
            && matches!(
                o.payload,
                Payload::Type(_) | Payload::Module(_) | Payload::Super(_)
            )
        {
            return Ok(None);
        }
        let Some(s) = name.as_str() else {
            return Ok(None);
        };
        let Some(attr) = crate::types::typeobj::lookup_hashed(&cls, s.as_str(), s.hash()) else {
            return Ok(None);
        };
        let is_method = match attr.payload() {
            Some(Payload::Function(_)) => true,
            Some(Payload::Native(n)) => {
                n.bound.is_none() && n.def.kind == crate::vm::native::NativeKind::Function
            }
            _ => false,
        };
        if !is_method {
            return Ok(None);
        }
        if let Value::Obj(o) = obj
            && let Some(d) = o.inst_dict()
            && d.dict_data()
                .is_some_and(|dd| dd.borrow().get_str(s.as_str(), s.hash()).is_some())
        {
            return Ok(None);
        }
        Ok(Some(attr))
    }

    fn for_iter_generic(&mut self, frame: &mut Frame, it: &Value, target: u32) -> PyResult<()> {
        // `for a, b in enumerate(...)/zip(x, y)/d.items()`: the pair goes
        // straight to the unpacking, no tuple made.
        let item = if let Some(Instr::UnpackSequence(2)) = frame.code.instrs.get(frame.ip)
            && let Some(Payload::Iter(st)) = it.payload()
            && self.builtin_kind(it).is_some()
            && let Some(r) = crate::types::iter::iter_next_pair(self, st)
        {
            let Some((a, b)) = r? else {
                frame.stack.pop();
                frame.ip = target as usize;
                return Ok(());
            };
            frame.push(b);
            frame.ip += 1;
            Some(a)
        } else {
            self.next(it)?
        };
        match item {
            Some(v) => frame.push(v),
            None => {
                frame.stack.pop();
                frame.ip = target as usize;
            }
        }
        Ok(())
    }

    /// `s += t` or `s = s + t` on strs, where the next instruction stores
    /// the result back into the local `s` came from: the local's reference
    /// is dropped first, so when nothing else holds the string it grows in
    /// place instead of being copied (a loop building a string stays
    /// linear, as in CPython). Hands `a` back, local untouched, otherwise.
    #[cold]
    #[inline(never)]
    fn append_in_place(
        &mut self,
        frame: &mut Frame,
        ip: usize,
        op: crate::bytecode::BinOp,
        a: Value,
        b: &Value,
    ) -> Result<Value, Value> {
        let Some(slot) = self.append_target(frame, ip, op, &a, b) else {
            return Err(a);
        };
        let Value::Obj(mut owned) = a else {
            return Err(a);
        };
        // The local's reference goes; ours may then be the only one.
        drop(frame.fast[slot].take());
        match Rc::get_mut(&mut owned) {
            Some(obj) => {
                if let (Payload::Str(s), Some(Payload::Str(tail))) = (&mut obj.payload, b.payload())
                {
                    s.append(tail);
                }
                Ok(Value::Obj(owned))
            }
            None => {
                frame.fast[slot] = Some(Value::Obj(owned.clone()));
                Err(Value::Obj(owned))
            }
        }
    }

    /// The local slot an in-place str append would store to (see
    /// `append_in_place`), when every condition but ownership holds.
    #[inline]
    fn append_target(
        &self,
        frame: &Frame,
        ip: usize,
        op: crate::bytecode::BinOp,
        a: &Value,
        b: &Value,
    ) -> Option<usize> {
        let (Value::Obj(ao), Value::Obj(bo)) = (a, b) else {
            return None;
        };
        let (Payload::Str(_), Payload::Str(_)) = (&ao.payload, &bo.payload) else {
            return None;
        };
        if op != crate::bytecode::BinOp::Add
            || !Rc::ptr_eq(ao.class(), &self.types.str)
            || !Rc::ptr_eq(bo.class(), &self.types.str)
        {
            return None;
        }
        let Some(&Instr::StoreFast(slot)) = frame.code.code.instructions.get(ip + 1) else {
            return None;
        };
        let slot = slot as usize;
        match frame.fast.get(slot) {
            Some(Some(Value::Obj(o))) if Rc::ptr_eq(o, ao) => Some(slot),
            _ => None,
        }
    }

    fn deliver_return(&mut self, frame: &mut Frame, delivery: Delivery, v: Value) -> PyResult<()> {
        match delivery {
            Delivery::Push | Delivery::Native => {
                frame.push(v);
                Ok(())
            }
            Delivery::Init(inst) => {
                if !v.is_none() {
                    return Err(self.type_error(format!(
                        "__init__() should return None, not '{}'",
                        self.type_name(&v)
                    )));
                }
                if let Value::Obj(o) = &inst
                    && let (Some(t), Some(d)) = (o.class().type_data(), o.inst_dict())
                    && let Some(d) = d.dict_data()
                {
                    let n = d.borrow().len().min(64) as u32;
                    if n > t.dict_hint.get() {
                        t.dict_hint.set(n);
                    }
                }
                frame.push(inst);
                Ok(())
            }
            Delivery::ForIter(target) => {
                frame.stack.pop();
                frame.ip = target as usize;
                Ok(())
            }
            Delivery::Send(target) => {
                frame.stack.pop();
                frame.push(v);
                frame.ip = target as usize;
                Ok(())
            }
            Delivery::Asend(_) => {
                let recv = frame.top().clone();
                Err(self.asend_returned(&recv))
            }
            Delivery::InlineAwait { target, .. } => {
                frame.push(v);
                frame.ip = target as usize;
                Ok(())
            }
        }
    }

    fn unpack(&mut self, seq: &Value, before: usize, after: Option<usize>) -> PyResult<Vec<Value>> {
        let items = match crate::vm::ops::collect_iterable(self, seq) {
            Ok(items) => items,
            Err(e)
                if self.err_is(&e, "TypeError")
                    && self.lookup_special(seq, "__iter__").is_none()
                    && self.lookup_special(seq, "__getitem__").is_none() =>
            {
                return Err(self.type_error(format!(
                    "cannot unpack non-iterable {} object",
                    self.type_name(seq)
                )));
            }
            Err(e) => return Err(e),
        };
        match after {
            None => {
                if items.len() != before {
                    if items.len() > before {
                        return Err(self.value_error(format!(
                            "too many values to unpack (expected {before})"
                        )));
                    }
                    return Err(self.value_error(format!(
                        "not enough values to unpack (expected {before}, got {})",
                        items.len()
                    )));
                }
                Ok(items)
            }
            Some(after) => {
                if items.len() < before + after {
                    return Err(self.value_error(format!(
                        "not enough values to unpack (expected at least {}, got {})",
                        before + after,
                        items.len()
                    )));
                }
                let mut out = items[..before].to_vec();
                let mid = items[before..items.len() - after].to_vec();
                out.push(self.new_list(mid));
                out.extend_from_slice(&items[items.len() - after..]);
                Ok(out)
            }
        }
    }

    fn before_with(&mut self, ctx: &Value, is_async: bool) -> PyResult<(Value, Value)> {
        let (enter_name, exit_name) = if is_async {
            ("__aenter__", "__aexit__")
        } else {
            ("__enter__", "__exit__")
        };
        let Some(enter) = self.lookup_special(ctx, enter_name) else {
            let what = if is_async {
                "asynchronous context manager protocol"
            } else {
                "context manager protocol"
            };
            return Err(self.type_error(format!(
                "'{}' object does not support the {what}",
                self.type_name(ctx)
            )));
        };
        let Some(exit) = self.lookup_special(ctx, exit_name) else {
            let what = if is_async {
                "asynchronous context manager protocol"
            } else {
                "context manager protocol"
            };
            return Err(self.type_error(format!(
                "'{}' object does not support the {what} (missed {exit_name} method)",
                self.type_name(ctx)
            )));
        };
        let exit = self.bind_descriptor(&exit, ctx)?;
        let res = self.call_unbound(&enter, ctx, vec![ctx.clone()])?;
        Ok((exit, res))
    }

    fn format_value(&mut self, v: &Value, conv: u32, spec: Option<&Value>) -> PyResult<Value> {
        let v = match conv {
            format_flags::CONV_STR => self.to_str(v)?,
            format_flags::CONV_REPR => self.repr(v)?,
            format_flags::CONV_ASCII => {
                let r = self.repr_string(v)?;
                self.new_string(crate::types::str::ascii_escape(&r))
            }
            _ => v.clone(),
        };
        // No spec: a str is its own format, a small int its digits.
        if spec.is_none_or(|s| s.str_value() == Some("")) {
            match &v {
                Value::Int(i) => return Ok(self.new_string(i.to_string())),
                Value::Obj(o) if Rc::ptr_eq(o.class(), &self.types.str) => return Ok(v),
                _ => {}
            }
        }
        let spec = spec.cloned().unwrap_or_else(|| self.new_str(""));
        crate::builtins::format(self, &v, &spec)
    }

    fn intrinsic(&mut self, frame: &mut Frame, which: u32) -> PyResult<()> {
        match which {
            intrinsic::PRINT_EXPR => {
                let v = frame.pop();
                if !v.is_none() {
                    let s = self.repr_string(&v)?;
                    self.print_stdout(&s)?;
                    self.print_stdout("\n")?;
                    let k = self.new_str("_");
                    let b = self.builtins_dict.clone();
                    crate::types::dict::dict_set(self, &b, k, v)?;
                }
                frame.push(Value::None);
                Ok(())
            }
            intrinsic::TYPEVAR | intrinsic::PARAMSPEC | intrinsic::TYPEVARTUPLE => {
                let bound = frame.pop();
                let name = frame.pop();
                let tv = crate::types::function::new_typevar(self, name, bound, which)?;
                frame.push(tv);
                Ok(())
            }
            intrinsic::TYPEALIAS => {
                let type_params = frame.pop();
                let func = frame.pop();
                let name = frame.pop();
                let module = frame.module_name();
                let v =
                    crate::types::function::new_type_alias(self, name, func, type_params, module)?;
                frame.push(v);
                Ok(())
            }
            intrinsic::SUBSCRIPT_GENERIC => {
                let params = frame.pop();
                let g = crate::types::function::generic_base(self, params)?;
                frame.push(g);
                Ok(())
            }
            intrinsic::DICT_WITHOUT_KEYS => {
                let keys = frame.pop();
                let subject = frame.pop();
                let d = crate::types::dict::copy_without_keys(self, &subject, &keys)?;
                frame.push(d);
                Ok(())
            }
            _ => Err(self.new_error("SystemError", format!("unknown intrinsic {which}"))),
        }
    }

    /// The namespace dict of the calling Python frame, for `globals()`.
    pub fn current_globals(&self) -> Option<ObjRef> {
        self.frames.last().map(|f| f.globals.clone())
    }

    pub fn current_frame(&self) -> Option<&Frame> {
        self.frames.last().map(|f| &**f)
    }

    pub fn make_cell_value(&self, v: Value) -> Value {
        Value::Obj(PyObject::new(
            self.types.cell.clone(),
            None,
            Payload::Cell(RefCell::new(Some(v))),
        ))
    }

    pub fn gen_state_is_running(&self, g: &Value) -> bool {
        matches!(g.payload(), Some(Payload::Generator(gd)) if gd.is_running())
    }
}

fn return_err(_frame: &mut Frame, e: PyErr, _vm: &mut Vm, _base: usize) -> PyResult<()> {
    Err(e)
}

pub enum CallPlan {
    Frame(Box<Frame>),
    Other(Value, Vec<Value>, Vec<(Value, Value)>),
}

pub enum SendPlan {
    Frame(Box<Frame>),
    Yielded(Value),
    Returned(Value),
}

/// What `step_builtin_iter` found.
enum IterStep {
    Item(Value),
    Done,
    /// Not a range or list iterator: step it the general way.
    Other,
}

/// One step of a range or list iterator, the loops' common cases.
#[inline(always)]
fn step_builtin_iter(it: &Value) -> IterStep {
    let Some(Payload::Iter(st)) = it.payload() else {
        return IterStep::Other;
    };
    let Ok(mut s) = st.try_borrow_mut() else {
        return IterStep::Other;
    };
    match &mut *s {
        crate::object::IterState::Range { next, stop, step } => {
            if (*step > 0 && *next < *stop) || (*step < 0 && *next > *stop) {
                let v = *next;
                *next = next.saturating_add(*step);
                IterStep::Item(Value::Int(v))
            } else {
                IterStep::Done
            }
        }
        crate::object::IterState::Seq { seq, index } => {
            let item = match seq.payload() {
                Some(Payload::List(l)) => l.try_borrow().ok().and_then(|l| l.get(*index).cloned()),
                Some(Payload::Tuple(t)) => t.get(*index).cloned(),
                _ => None,
            };
            match item {
                Some(v) => {
                    *index += 1;
                    IterStep::Item(v)
                }
                None => IterStep::Other,
            }
        }
        _ => IterStep::Other,
    }
}

/// The end of a fused operation whose number result `v` the instruction
/// at `next` would take: a `StoreFast` over a slot holding no object (so
/// nothing is dropped: no finalizer can be due) or a conditional jump is
/// done here, saving its dispatch; anything else gets `v` pushed.
#[inline(always)]
fn store_or_push(frame: &mut Frame, v: Value, next: usize) {
    match frame.code.instrs.get(next).copied() {
        Some(Instr::StoreFast(d))
            if matches!(
                frame.fast.get(d as usize),
                Some(Some(Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::None) | None)
            ) =>
        {
            frame.fast[d as usize] = Some(v);
            frame.ip = next + 1;
        }
        Some(Instr::PopJumpIfFalse(t)) => {
            frame.ip = if number_truth(&v) {
                next + 1
            } else {
                t as usize
            };
        }
        Some(Instr::PopJumpIfTrue(t)) => {
            frame.ip = if number_truth(&v) {
                t as usize
            } else {
                next + 1
            };
        }
        _ => {
            frame.push(v);
            frame.ip = next;
        }
    }
}

/// The end of a fused comparison: a conditional jump at `next` is taken
/// here; otherwise the bool is pushed.
#[inline(always)]
fn branch_or_push(frame: &mut Frame, b: bool, next: usize) {
    match frame.code.instrs.get(next).copied() {
        Some(Instr::PopJumpIfFalse(t)) => frame.ip = if b { next + 1 } else { t as usize },
        Some(Instr::PopJumpIfTrue(t)) => frame.ip = if b { t as usize } else { next + 1 },
        _ => {
            frame.push(Value::bool(b));
            frame.ip = next;
        }
    }
}

/// Truth of a result of `number_op` (always an int or a float).
#[inline(always)]
fn number_truth(v: &Value) -> bool {
    match v {
        Value::Int(x) => *x != 0,
        Value::Float(f) => f.get() != 0.0,
        _ => true,
    }
}

/// A binary operation on two inline numbers that needs no allocation and
/// cannot fail, as the fused instructions need; None for anything else.
#[inline(always)]
fn number_op(op: crate::bytecode::BinOp, a: &Value, b: &Value) -> Option<Value> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => crate::types::int::small_binop_fast(op, *x, *y),
        (Value::Float(x), Value::Float(y)) => float_fast(op, x.get(), y.get()),
        (Value::Float(x), Value::Int(y)) => float_fast(op, x.get(), *y as f64),
        (Value::Int(x), Value::Float(y)) => float_fast(op, *x as f64, y.get()),
        _ => None,
    }
}

/// A comparison of two ints or two floats (IEEE comparison is Python's
/// for floats, NaN included); None for anything else.
#[inline(always)]
fn number_compare(op: crate::bytecode::CmpOp, a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(op.holds(*x, *y)),
        (Value::Float(x), Value::Float(y)) => Some(op.holds(x.get(), y.get())),
        _ => None,
    }
}

/// Float arithmetic that cannot fail (division by zero goes the long
/// way).
#[inline]
fn float_fast(op: crate::bytecode::BinOp, x: f64, y: f64) -> Option<Value> {
    use crate::bytecode::BinOp;
    match op {
        BinOp::Add => Some(Value::float(x + y)),
        BinOp::Sub => Some(Value::float(x - y)),
        BinOp::Mul => Some(Value::float(x * y)),
        BinOp::TrueDiv if y != 0.0 => Some(Value::float(x / y)),
        _ => None,
    }
}

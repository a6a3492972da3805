//! Generators and coroutines: one suspend/resume core. A generator owns
//! its parked frame; resuming moves the frame onto the running VM loop
//! (stackless from `for`, `yield from` and `await`), yielding moves it back.

use super::frame::{Delivery, Frame};
use super::run::{Exit, SendPlan};
use super::{PyErr, PyResult, Vm};
use crate::bytecode::{Instr, code_flags};
use crate::native;
use crate::object::{FunctionData, GenData, GenKind, GenState, ObjRef, Payload, PyObject, Value};
use crate::vm::native::{Args, NativeFunc};
use std::cell::RefCell;

pub enum Resumed {
    Yield(Value),
    Return(Value),
}

fn gen_data(v: &Value) -> Option<&GenData> {
    match v.payload() {
        Some(Payload::Generator(g)) => Some(g),
        _ => None,
    }
}

fn kind_word(kind: GenKind) -> &'static str {
    match kind {
        GenKind::Generator => "generator",
        GenKind::Coroutine => "coroutine",
        GenKind::AsyncGenerator => "async generator",
    }
}

impl Vm {
    /// The generator, coroutine or async generator a call of `fd` makes,
    /// owning `frame`. `caller` is the calling frame when it is not on
    /// `frames` (the loop's fast call path).
    pub fn new_generator(
        &mut self,
        _func: &ObjRef,
        fd: &FunctionData,
        mut frame: Box<Frame>,
        caller: Option<&Frame>,
    ) -> Value {
        frame.fit_for_keeping();
        let g = self.make_generator(fd, GenState::Created(frame));
        if self.coro_origin_depth > 0
            && let Some(Payload::Generator(gd)) = g.payload()
            && gd.kind == GenKind::Coroutine
        {
            let origin = self.coroutine_origin(caller);
            gd.update_extra(|e| e.origin = Some(origin));
        }
        g
    }

    /// `cr_origin`: (filename, line, function) of the frames that made a
    /// coroutine, innermost first, at most `coro_origin_depth` of them.
    fn coroutine_origin(&mut self, caller: Option<&Frame>) -> Value {
        let depth = self.coro_origin_depth;
        let frames: Vec<(String, i64, String)> = caller
            .into_iter()
            .chain(self.frames.iter().rev().map(|f| &**f))
            .take(depth)
            .map(|f| {
                (
                    f.code.code.filename.to_string(),
                    f.line() as i64,
                    f.code.code.name.to_string(),
                )
            })
            .collect();
        let items = frames
            .into_iter()
            .map(|(file, line, name)| {
                let file = self.new_string(file);
                let name = self.new_string(name);
                self.new_tuple(vec![file, Value::Int(line), name])
            })
            .collect();
        self.new_tuple(items)
    }

    /// The generator, coroutine or async generator object of a call of
    /// `fd`, in `state`.
    fn make_generator(&mut self, fd: &FunctionData, state: GenState) -> Value {
        let flags = fd.code.code.flags;
        let kind = if flags & code_flags::ASYNC_GENERATOR != 0 {
            GenKind::AsyncGenerator
        } else if flags & code_flags::COROUTINE != 0 {
            GenKind::Coroutine
        } else {
            GenKind::Generator
        };
        let cls = match kind {
            GenKind::Generator => self.types.generator.clone(),
            GenKind::Coroutine => self.types.coroutine.clone(),
            GenKind::AsyncGenerator => self.types.async_generator.clone(),
        };
        // Names are stored only when the function's may differ from its
        // code's.
        let extra = fd.renamed.get().then(|| {
            Box::new(crate::object::GenExtra {
                name: Some(fd.name.borrow().clone()),
                qualname: Some(fd.qualname.borrow().clone()),
                finalizer: None,
                saved_exc: None,
                origin: None,
            })
        });
        let data = GenData::new(kind, state, fd.code.clone(), extra);
        Value::Obj(PyObject::new(cls, None, Payload::Generator(data)))
    }

    /// Take a generator's frame out to run it: `Ok(None)` if it is finished.
    #[inline(always)]
    pub fn start_generator(
        &mut self,
        genv: &Value,
        value: Value,
        delivery: Delivery,
    ) -> PyResult<Option<Box<Frame>>> {
        let Some(g) = gen_data(genv) else {
            return Err(self.not_a_generator());
        };
        match self.resume_suspended(genv, g, value) {
            Ok(mut f) => {
                if !matches!(delivery, Delivery::Native) {
                    f.skip_to_send();
                }
                f.delivery = delivery;
                Ok(Some(f))
            }
            Err(value) => self.start_unusual(genv, g, value, delivery),
        }
    }

    /// The common step of a generator or coroutine: one just made (with
    /// None) or suspended, within the recursion limit. Its frame, ready
    /// to run with `value` as the result of its `yield`; the caller sets
    /// the delivery. Anything else gives `value` back for `start_unusual`.
    ///
    /// The loop's callers write the delivery into the frame themselves:
    /// passed in as an enum, it went through a stack temporary written in
    /// two narrow stores and read back in one wide load, a store-forwarding
    /// stall that was a sixth of a `yield from` hop.
    #[inline(always)]
    pub fn resume_suspended(
        &mut self,
        genv: &Value,
        g: &GenData,
        value: Value,
    ) -> Result<Box<Frame>, Value> {
        let runnable = if self.depth() < self.recursion_limit {
            g.take_runnable()
        } else {
            None
        };
        let mut f = match runnable {
            Some((f, true)) if value.is_none() => f,
            Some((mut f, false)) => {
                f.push(value);
                f
            }
            Some((f, true)) => {
                g.set_state(GenState::Created(f));
                return Err(value);
            }
            None => return Err(value),
        };
        self.enter_generator_frame(&mut f, genv, g);
        Ok(f)
    }

    #[cold]
    fn not_a_generator(&self) -> PyErr {
        self.type_error("not a generator")
    }

    /// The loop's step of the generator or coroutine on top of `frame`'s
    /// stack (`ForIter` when `FOR_ITER`, else `Send`, `target` being the
    /// instruction's jump), when it is simply suspended or just made: its
    /// frame becomes the running one. Anything else gives `value` back for
    /// the general path.
    #[inline(always)]
    pub fn step_on_loop<const FOR_ITER: bool>(
        &mut self,
        frame: &mut Box<Frame>,
        value: Value,
        target: u32,
    ) -> Result<(), Value> {
        let Some(Payload::Generator(g)) = frame.top().payload() else {
            return Err(value);
        };
        let steppable = if FOR_ITER {
            g.kind == GenKind::Generator
        } else {
            g.kind != GenKind::AsyncGenerator
        };
        if !steppable {
            return Err(value);
        }
        let mut callee = self.resume_suspended(frame.top(), g, value)?;
        callee.set_delivery(if FOR_ITER {
            Delivery::ForIter(target)
        } else {
            Delivery::Send(target)
        });
        callee.skip_to_send();
        let caller = std::mem::replace(frame, callee);
        self.push_caller(caller);
        Ok(())
    }

    /// Hand the generator's frame to the loop: its owner
    /// and the exception state swap (the generator's own handled
    /// exception in, the caller's kept to restore at the next yield).
    #[inline(always)]
    fn enter_generator_frame(&mut self, frame: &mut Frame, genv: &Value, g: &GenData) {
        frame.owner = genv.as_obj().cloned();
        let own = g.take_saved_exc();
        frame.outer_exc = self.exc_info.as_ref().and_then(|e| e.as_obj().cloned());
        if own.is_some() {
            self.exc_info = own;
        }
    }

    /// `start_generator` for a generator not simply suspended: just made,
    /// running, finished, or resumed at the recursion limit.
    #[cold]
    fn start_unusual(
        &mut self,
        genv: &Value,
        g: &GenData,
        value: Value,
        delivery: Delivery,
    ) -> PyResult<Option<Box<Frame>>> {
        // Resuming pushes a frame: await and yield-from chains count
        // toward the recursion limit like calls do.
        if self.depth() >= self.recursion_limit && !g.is_closed() {
            // The step fails as if it had started: the generator is finished.
            g.set_state(GenState::Closed);
            return Err(self.recursion_error());
        }
        let state = g.replace_state(GenState::Running);
        let mut frame = match state {
            GenState::Created(f) => {
                if !value.is_none() {
                    g.set_state(GenState::Created(f));
                    return Err(self.type_error(format!(
                        "can't send non-None value to a just-started {}",
                        kind_word(g.kind)
                    )));
                }
                f
            }
            GenState::Suspended(mut f) => {
                f.stack.push(value);
                f
            }
            GenState::Running => {
                let msg = match g.kind {
                    GenKind::Generator => "generator already executing",
                    GenKind::Coroutine => "coroutine already executing",
                    GenKind::AsyncGenerator => "anext(): asynchronous generator is already running",
                };
                return Err(self.value_error(msg));
            }
            GenState::Closed => {
                g.set_state(GenState::Closed);
                if g.kind == GenKind::Coroutine {
                    return Err(self.runtime_error("cannot reuse already awaited coroutine"));
                }
                return Ok(None);
            }
        };
        self.enter_generator_frame(&mut frame, genv, g);
        frame.delivery = delivery;
        Ok(Some(frame))
    }

    /// On a yield: save the generator's handled exception, restore the caller's.
    #[inline(always)]
    pub fn suspend_generator_frame(&mut self, frame: &mut Frame) {
        // No exception handled on either side: nothing to swap.
        if self.exc_info.is_none() && frame.outer_exc.is_none() {
            return;
        }
        self.swap_exception_state_out(frame);
    }

    #[cold]
    fn swap_exception_state_out(&mut self, frame: &mut Frame) {
        if let Some(g) = frame.generator().cloned()
            && let Payload::Generator(gd) = &g.payload
        {
            let mine = self.exc_info.clone();
            let outer = frame.outer_exc.take().map(Value::Obj);
            let same = match (&mine, &outer) {
                (Some(a), Some(b)) => a.is(b),
                (None, None) => true,
                _ => false,
            };
            // The generator's own saved exception was taken when it
            // resumed, so there is nothing to clear when it has none.
            if !same {
                gd.update_extra(|e| e.saved_exc = mine);
            }
            self.exc_info = outer;
        }
    }

    /// A generator frame yields to the frame below it on the same loop:
    /// its exception state is swapped back and the frame parked.
    #[inline(always)]
    pub fn yield_to_caller(&mut self, mut frame: Box<Frame>) {
        self.suspend_generator_frame(&mut frame);
        self.park_generator(frame);
    }

    /// Put a suspended frame back into its generator.
    #[inline(always)]
    pub fn park_generator(&mut self, mut frame: Box<Frame>) {
        if let Some(g) = frame.take_generator()
            && let Payload::Generator(gd) = &g.payload
        {
            gd.park_frame(frame);
        }
    }

    /// A generator frame finished (return or exception): close the
    /// generator and apply PEP 479 to a leaking StopIteration.
    pub fn finish_generator_frame(
        &mut self,
        frame: &mut Frame,
        err: Option<PyErr>,
    ) -> Option<PyErr> {
        let Some(g) = frame.take_generator() else {
            return err;
        };
        let Payload::Generator(gd) = &g.payload else {
            return err;
        };
        gd.set_state(GenState::Closed);
        self.exc_info = frame.outer_exc.take().map(Value::Obj);
        let err = err?;
        Some(self.pep479(gd.kind, err))
    }

    /// PEP 479: a StopIteration (or an async generator's
    /// StopAsyncIteration) leaving a generator's frame becomes a
    /// RuntimeError, caused by it.
    pub(crate) fn pep479(&mut self, kind: GenKind, err: PyErr) -> PyErr {
        let stop_iter = self.err_is(&err, "StopIteration");
        let stop_async = kind == GenKind::AsyncGenerator && self.err_is(&err, "StopAsyncIteration");
        if !stop_iter && !stop_async {
            return err;
        }
        let what = if stop_iter {
            "StopIteration"
        } else {
            "StopAsyncIteration"
        };
        let new = self.runtime_error(format!("{} raised {what}", kind_word(kind)));
        if let Some(d) = self.exc_data(&new.exc) {
            *d.cause.borrow_mut() = Value::Obj(err.exc.clone());
            *d.context.borrow_mut() = Value::Obj(err.exc.clone());
            d.suppress_context.set(true);
        }
        new
    }

    /// An inline-awaited coroutine frame (`Delivery::InlineAwait`) is
    /// about to suspend: only now does its coroutine object come into
    /// being, left on the awaiting frame's stack as the receiver of its
    /// send loop, exactly as if the call had made it and `await` taken
    /// it. From here on it is an ordinary coroutine.
    pub(crate) fn materialize_coroutine(
        &mut self,
        frame: &mut Frame,
        caller: &mut Frame,
        send_ip: u32,
        target: u32,
    ) {
        let Some(func) = frame.owner.clone() else {
            return;
        };
        let Payload::Function(fd) = &func.payload else {
            return;
        };
        frame.fit_for_keeping();
        let g = self.make_generator(fd, GenState::Running);
        frame.owner = g.as_obj().cloned();
        frame.delivery = Delivery::Send(target);
        caller.stack.push(g);
        caller.ip = send_ip as usize + 1;
    }

    /// Resume from Rust: send `value`, or throw `exc` in.
    pub fn gen_resume(
        &mut self,
        genv: &Value,
        value: Value,
        throw: Option<PyErr>,
    ) -> PyResult<Resumed> {
        if let Some(err) = throw {
            return self.gen_throw(genv, err);
        }
        let Some(frame) = self.start_generator(genv, value, Delivery::Native)? else {
            return Ok(Resumed::Return(Value::None));
        };
        self.run_generator_frame(frame, None)
    }

    fn run_generator_frame(
        &mut self,
        frame: Box<Frame>,
        pending: Option<PyErr>,
    ) -> PyResult<Resumed> {
        match self.execute_with(frame, pending)? {
            Exit::Yield(v, f) => {
                self.park_generator(f);
                Ok(Resumed::Yield(v))
            }
            Exit::Return(v) => Ok(Resumed::Return(v)),
        }
    }

    /// Throw an exception into a generator (delegating to a `yield from`
    /// or `await` target first, as CPython does).
    pub fn gen_throw(&mut self, genv: &Value, err: PyErr) -> PyResult<Resumed> {
        let Some(g) = gen_data(genv) else {
            return Err(err);
        };
        // Delegation: the frame is parked at the yield inside a send loop.
        let delegate = g.with_state(|st| match st {
            GenState::Suspended(f) => {
                let at_delegating_yield = f.ip >= 1
                    && matches!(
                        f.code.code.instructions.get(f.ip - 1),
                        Some(Instr::YieldValue(2))
                    );
                if at_delegating_yield {
                    f.stack.last().cloned()
                } else {
                    None
                }
            }
            _ => None,
        });
        if let Some(inner) = delegate {
            let is_exit = self.err_is(&err, "GeneratorExit");
            let implicit_asend =
                gen_data(&inner).is_some_and(|g| g.kind == GenKind::AsyncGenerator);
            let r = if implicit_asend {
                // The generator stands in for an asend awaitable (`async
                // for`): close or throw as that awaitable would.
                let aw = Vm::implicit_asend(&inner);
                if is_exit {
                    self.ag_awaitable_close(&aw).map(|()| None)
                } else {
                    match self.ag_awaitable_throw(&aw, err.clone()) {
                        Ok(v) => Ok(Some(Resumed::Yield(v))),
                        Err(e) if self.err_is(&e, "StopIteration") => {
                            let v = self.exc_first_arg(&e.exc);
                            Ok(Some(Resumed::Return(v)))
                        }
                        Err(e) => Err(e),
                    }
                }
            } else if gen_data(&inner).is_some() {
                if is_exit {
                    self.gen_close(&inner).map(|_| None)
                } else {
                    self.gen_throw(&inner, err.clone()).map(Some)
                }
            } else if is_exit {
                match self.getattr_opt(&inner, "close")? {
                    Some(c) => self.call(&c, vec![]).map(|_| None),
                    None => Ok(None),
                }
            } else {
                match self.getattr_opt(&inner, "throw")? {
                    Some(t) => match self.call(&t, vec![Value::Obj(err.exc.clone())]) {
                        Ok(v) => Ok(Some(Resumed::Yield(v))),
                        Err(e) if self.err_is(&e, "StopIteration") => {
                            let v = self.exc_first_arg(&e.exc);
                            Ok(Some(Resumed::Return(v)))
                        }
                        Err(e) => Err(e),
                    },
                    None => Ok(None),
                }
            };
            match r {
                Ok(Some(Resumed::Yield(v))) => return Ok(Resumed::Yield(v)),
                Ok(Some(Resumed::Return(v))) => {
                    // The inner iterator finished: resume the outer frame
                    // past its send loop with the result.
                    let Some(mut frame) =
                        self.start_generator(genv, Value::None, Delivery::Native)?
                    else {
                        return Ok(Resumed::Return(Value::None));
                    };
                    frame.stack.pop();
                    frame.stack.pop();
                    frame.push(v);
                    if let Some(Instr::Send(target)) =
                        frame.code.code.instructions.get(frame.ip.saturating_sub(2))
                    {
                        frame.ip = *target as usize;
                    }
                    return self.run_generator_frame(frame, None);
                }
                Ok(None) => {}
                Err(e) => {
                    return self.throw_into_frame(genv, e);
                }
            }
        }
        self.throw_into_frame(genv, err)
    }

    fn throw_into_frame(&mut self, genv: &Value, err: PyErr) -> PyResult<Resumed> {
        let Some(g) = gen_data(genv) else {
            return Err(err);
        };
        let state = g.replace_state(GenState::Running);
        match state {
            GenState::Suspended(f) => {
                g.set_state(GenState::Suspended(f));
                let Some(mut frame) = self.start_generator(genv, Value::None, Delivery::Native)?
                else {
                    return Err(err);
                };
                frame.stack.pop();
                self.run_generator_frame(frame, Some(err))
            }
            GenState::Closed if g.kind == GenKind::Coroutine => {
                g.set_state(GenState::Closed);
                Err(self.runtime_error("cannot reuse already awaited coroutine"))
            }
            GenState::Created(_) | GenState::Closed => {
                g.set_state(GenState::Closed);
                Err(err)
            }
            GenState::Running => {
                g.set_state(GenState::Running);
                Err(self.value_error(format!("{} already executing", kind_word(g.kind))))
            }
        }
    }

    /// `close()`: throw GeneratorExit; returns the generator's return value.
    pub fn gen_close(&mut self, genv: &Value) -> PyResult<Value> {
        let Some(g) = gen_data(genv) else {
            return Ok(Value::None);
        };
        if g.is_created() {
            g.set_state(GenState::Closed);
            return Ok(Value::None);
        }
        if g.is_closed() {
            return Ok(Value::None);
        }
        if g.is_running() {
            return Err(self.value_error(format!("{} already executing", kind_word(g.kind))));
        }
        let exit = self.exc_class("GeneratorExit");
        let err = PyErr {
            exc: self.new_exception(&exit, vec![]),
        };
        match self.gen_throw(genv, err) {
            Ok(Resumed::Yield(_)) => {
                Err(self.runtime_error(format!("{} ignored GeneratorExit", kind_word(g.kind))))
            }
            Ok(Resumed::Return(v)) => Ok(v),
            Err(e) if self.err_is(&e, "GeneratorExit") || self.err_is(&e, "StopIteration") => {
                Ok(Value::None)
            }
            Err(e) => Err(e),
        }
    }

    /// `Send` in the loop: run a generator target on this loop when we can.
    pub fn plan_send(&mut self, recv: &Value, v: Value, target: u32) -> PyResult<SendPlan> {
        if let Some(g) = gen_data(recv)
            && g.kind != GenKind::AsyncGenerator
            && self.builtin_kind(recv).is_some()
        {
            return match self.start_generator(recv, v, Delivery::Send(target))? {
                Some(f) => Ok(SendPlan::Frame(f)),
                None => Ok(SendPlan::Returned(Value::None)),
            };
        }
        if Vm::is_asend_step(recv) {
            return self.asend_on_loop(recv, v, target);
        }
        if crate::modules::asyncio::future::awaits_itself(recv) {
            return crate::modules::asyncio::future::await_on_loop(self, recv);
        }
        if let Some(Payload::AgAwaitable(aw)) = recv.payload() {
            return match self.ag_awaitable_advance(aw, v) {
                Ok(crate::vm::async_gen::AgSent::Yielded(y)) => Ok(SendPlan::Yielded(y)),
                Ok(crate::vm::async_gen::AgSent::Returned(r)) => Ok(SendPlan::Returned(r)),
                Err(e) if self.err_is(&e, "StopIteration") => {
                    Ok(SendPlan::Returned(self.exc_first_arg(&e.exc)))
                }
                Err(e) => Err(e),
            };
        }
        let r = if v.is_none() {
            match self.call_special(recv, "__next__", vec![]) {
                Ok(Some(y)) => Ok(y),
                Ok(None) => Err(self.type_error(format!(
                    "'{}' object is not an iterator",
                    self.type_name(recv)
                ))),
                Err(e) => Err(e),
            }
        } else {
            match self.getattr_opt(recv, "send")? {
                Some(s) => self.call(&s, vec![v]),
                None => Err(self.attribute_error(format!(
                    "'{}' object has no attribute 'send'",
                    self.type_name(recv)
                ))),
            }
        };
        match r {
            Ok(y) => Ok(SendPlan::Yielded(y)),
            Err(e) if self.err_is(&e, "StopIteration") => {
                Ok(SendPlan::Returned(self.exc_first_arg(&e.exc)))
            }
            Err(e) => Err(e),
        }
    }

    pub fn get_awaitable(&mut self, v: &Value) -> PyResult<Value> {
        if let Some(Payload::AgAwaitable(_)) = v.payload() {
            return Ok(v.clone());
        }
        if crate::modules::asyncio::future::awaits_itself(v) {
            return Ok(v.clone());
        }
        if let Some(g) = gen_data(v) {
            if g.kind == GenKind::Coroutine {
                let awaiting = g.with_state(|st| {
                    matches!(st, GenState::Suspended(f) if f.ip >= 1
                    && matches!(
                        f.code.code.instructions.get(f.ip - 1),
                        Some(Instr::YieldValue(2))
                    ))
                });
                if awaiting {
                    return Err(self.runtime_error("coroutine is being awaited already"));
                }
                return Ok(v.clone());
            }
            if g.kind == GenKind::Generator
                && g.code.code.flags & code_flags::ITERABLE_COROUTINE != 0
            {
                return Ok(v.clone());
            }
        }
        let Some(aw) = self.lookup_special(v, "__await__") else {
            return Err(self.type_error(format!(
                "object {} can't be used in 'await' expression",
                self.type_name(v)
            )));
        };
        let it = self.call_unbound(&aw, v, vec![v.clone()])?;
        if let Some(g) = gen_data(&it) {
            if g.kind == GenKind::Coroutine {
                return Err(self.type_error("__await__() returned a coroutine"));
            }
            return Ok(it);
        }
        if self.lookup_special(&it, "__next__").is_none() {
            return Err(self.type_error(format!(
                "__await__() returned non-iterator of type '{}'",
                self.type_name(&it)
            )));
        }
        Ok(it)
    }

    pub fn get_aiter(&mut self, v: &Value) -> PyResult<Value> {
        match self.call_special(v, "__aiter__", vec![])? {
            Some(it) => Ok(it),
            None => Err(self.type_error(format!(
                "'async for' requires an object with __aiter__ method, got {}",
                self.type_name(v)
            ))),
        }
    }

    pub fn get_anext(&mut self, v: &Value) -> PyResult<Value> {
        // An async generator's `__anext__` (the type cannot be subclassed)
        // makes an awaitable that is its own `__await__` iterator.
        if let Some(g) = gen_data(v)
            && g.kind == GenKind::AsyncGenerator
        {
            // With no step in flight the generator itself stands in for
            // the awaitable: `Send` steps it on this loop (`asend_on_loop`)
            // and nothing is allocated per item. Otherwise a real awaitable
            // reports "already running" as CPython's does.
            if g.running_async.get() {
                return self.new_ag_awaitable(v, crate::object::AgOp::Asend(Value::None));
            }
            self.agen_init_hooks(v)?;
            return Ok(v.clone());
        }
        let Some(r) = self.call_special(v, "__anext__", vec![])? else {
            return Err(self.type_error(format!(
                "'async for' received an object from __aiter__ that does not implement __anext__: {}",
                self.type_name(v)
            )));
        };
        self.get_awaitable(&r).map_err(|_| {
            self.type_error(format!(
                "'async for' received an invalid object from __anext__: {}",
                self.type_name(&r)
            ))
        })
    }
}

fn self_gen(vm: &Vm, args: &Args) -> PyResult<Value> {
    match args.args.first() {
        Some(v) if gen_data(v).is_some() => Ok(v.clone()),
        _ => Err(vm.type_error("descriptor requires a generator object")),
    }
}

fn gen_send(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "send", 1, 1)?;
    let g = self_gen(vm, &args)?;
    let v = args.args[1].clone();
    match vm.gen_resume(&g, v, None)? {
        Resumed::Yield(y) => Ok(y),
        Resumed::Return(r) => Err(vm.stop_iteration(r)),
    }
}

fn gen_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = self_gen(vm, &args)?;
    match vm.gen_resume(&g, Value::None, None)? {
        Resumed::Yield(y) => Ok(y),
        Resumed::Return(r) => Err(vm.stop_iteration(r)),
    }
}

fn gen_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    self_gen(vm, &args)
}

/// The exception to raise for `throw(typ[, val[, tb]])` arguments.
pub fn exception_from_throw_args(vm: &mut Vm, args: &[Value]) -> PyResult<ObjRef> {
    if let Some(tb) = args.get(2)
        && !tb.is_none()
        && !matches!(tb.payload(), Some(Payload::Traceback(_)))
    {
        return Err(vm.type_error("throw() third argument must be a traceback object"));
    }
    let typ = args.first().cloned().unwrap_or(Value::None);
    let val = args.get(1).cloned().unwrap_or(Value::None);
    match &typ {
        Value::Obj(t) if t.type_data().is_some() => {
            if !vm.is_subclass(t, &vm.types.base_exception.clone()) {
                return Err(vm.type_error(format!(
                    "exceptions must be classes or instances deriving from BaseException, not {}",
                    vm.type_name(&typ)
                )));
            }
            if vm.isinstance(&val, t) {
                return Ok(val.as_obj().cloned().unwrap_or_else(|| t.clone()));
            }
            let a = if val.is_none() {
                vec![]
            } else {
                vec![val.clone()]
            };
            match vm.call(&typ, a)? {
                Value::Obj(o) => Ok(o),
                _ => Err(vm.type_error("bad exception")),
            }
        }
        Value::Obj(o) if matches!(o.payload, Payload::Exception(_)) => {
            if !val.is_none() {
                return Err(vm.type_error("instance exception may not have a separate value"));
            }
            Ok(o.clone())
        }
        _ => Err(vm.type_error(format!(
            "exceptions must be classes or instances deriving from BaseException, not {}",
            vm.type_name(&typ)
        ))),
    }
}

fn gen_throw_native(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "throw", 1, 3)?;
    let g = self_gen(vm, &args)?;
    if args.args.len() > 2 {
        crate::modules::warn(
            vm,
            "DeprecationWarning",
            "the (type, exc, tb) signature of throw() is deprecated, use the single-arg signature instead.",
        )?;
    }
    let exc = exception_from_throw_args(vm, &args.args[1..])?;
    match vm.gen_throw(&g, PyErr { exc })? {
        Resumed::Yield(y) => Ok(y),
        Resumed::Return(r) => Err(vm.stop_iteration(r)),
    }
}

fn gen_close_native(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = self_gen(vm, &args)?;
    vm.gen_close(&g)
}

/// `coroutine.__await__()`: an iterator over the coroutine's steps.
fn coro_await(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = self_gen(vm, &args)?;
    let cls = vm.types.coroutine_wrapper.clone();
    Ok(Value::Obj(PyObject::new(
        cls,
        None,
        Payload::Wrapper(RefCell::new(c)),
    )))
}

fn wrapped(vm: &Vm, args: &Args) -> PyResult<Value> {
    match args.args.first().and_then(|v| v.payload()) {
        Some(Payload::Wrapper(w)) => Ok(w.borrow().clone()),
        _ => Err(vm.type_error("descriptor requires a 'coroutine_wrapper' object")),
    }
}

fn wrapper_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = wrapped(vm, &args)?;
    match vm.gen_resume(&c, Value::None, None)? {
        Resumed::Yield(y) => Ok(y),
        Resumed::Return(r) => Err(vm.stop_iteration(r)),
    }
}

fn wrapper_send(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "send", 1, 1)?;
    let c = wrapped(vm, &args)?;
    match vm.gen_resume(&c, args.args[1].clone(), None)? {
        Resumed::Yield(y) => Ok(y),
        Resumed::Return(r) => Err(vm.stop_iteration(r)),
    }
}

fn wrapper_throw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = wrapped(vm, &args)?;
    let exc = exception_from_throw_args(vm, &args.args[1..])?;
    match vm.gen_throw(&c, PyErr { exc })? {
        Resumed::Yield(y) => Ok(y),
        Resumed::Return(r) => Err(vm.stop_iteration(r)),
    }
}

fn wrapper_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = wrapped(vm, &args)?;
    vm.gen_close(&c)
}

fn wrapper_iter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.args[0].clone())
}

pub static WRAPPER_METHODS: &[NativeFunc] = &[
    native!(
        "__next__",
        wrapper_next,
        "Resume the coroutine and return its next yielded value."
    ),
    native!("send", wrapper_send, "Send a value into the coroutine."),
    native!(
        "throw",
        wrapper_throw,
        "Raise an exception inside the coroutine."
    ),
    native!("close", wrapper_close, "Close the coroutine."),
    native!("__iter__", wrapper_iter, "Return the wrapper itself."),
];

pub static GEN_METHODS: &[NativeFunc] = &[
    native!(
        "send",
        gen_send,
        "Send a value into the generator; return the next yielded value or raise StopIteration.",
        sig = "($self, object, /)"
    ),
    native!(
        "throw",
        gen_throw_native,
        "Raise an exception inside the generator at its paused yield."
    ),
    native!(
        "close",
        gen_close_native,
        "Raise GeneratorExit inside the generator to finish it.",
        sig = "($self, /)"
    ),
    native!(
        "__next__",
        gen_next,
        "Resume the generator and return its next value."
    ),
    native!("__iter__", gen_iter, "Return the generator itself."),
];

pub static CORO_METHODS: &[NativeFunc] = &[
    native!(
        "send",
        gen_send,
        "Send a value into the coroutine; return the next yielded value or raise StopIteration.",
        sig = "($self, object, /)"
    ),
    native!(
        "throw",
        gen_throw_native,
        "Raise an exception inside the coroutine at its paused await."
    ),
    native!(
        "close",
        gen_close_native,
        "Raise GeneratorExit inside the coroutine to finish it.",
        sig = "($self, /)"
    ),
    native!(
        "__await__",
        coro_await,
        "Return an iterator to be used in await expressions."
    ),
];

impl Vm {
    /// Whether a safe point has work: finalizers queued or a collection due.
    #[inline]
    pub fn work_pending(&self) -> bool {
        !self.pending_finalizers.borrow().is_empty() || crate::object::tracking::collection_due()
    }

    /// Finish generators that were dropped while suspended: throw
    /// GeneratorExit into each (running its `finally` blocks), and warn
    /// about coroutines that were never awaited. Called at safe points,
    /// which are also where the cycle collector runs when due.
    pub fn run_finalizers(&mut self) {
        // A finalizer reaches safe points too. What gets queued while one
        // runs is its children: a nested call runs just those (from index
        // `finalizer_floor` on), leaving the siblings to the loop already
        // walking them, so recursion follows chains of finalizers, never
        // the length of the queue (thousands of tasks dying together).
        let floor = self.finalizer_floor;
        if !self.running_finalizers {
            self.collect_if_due();
        }
        let outermost = !self.running_finalizers;
        self.running_finalizers = true;
        loop {
            let pending = {
                let mut q = self.pending_finalizers.borrow_mut();
                if q.len() > floor {
                    q.remove(floor)
                } else {
                    None
                }
            };
            let Some(pending) = pending else {
                break;
            };
            self.finalizer_floor = self.pending_finalizers.borrow().len();
            self.run_one_finalizer(pending);
            self.finalizer_floor = floor;
        }
        if outermost {
            self.running_finalizers = false;
        }
    }

    fn run_one_finalizer(&mut self, pending: crate::object::Pending) {
        let next = match pending {
            crate::object::Pending::Gen(next) => next,
            crate::object::Pending::Dead(dead) => {
                self.finish_dead_object(dead);
                return;
            }
            crate::object::Pending::DeadFuture(data) => {
                crate::modules::asyncio::future::report_dead(self, data);
                return;
            }
            crate::object::Pending::Warning(message) => {
                let source = Value::TRUE;
                if let Err(e) = crate::modules::warn_about(self, "RuntimeWarning", &message, source)
                {
                    let what = Value::None;
                    self.report_ignored(&what, &e);
                }
                return;
            }
        };
        let finalizer = next
            .extra
            .as_ref()
            .and_then(|e| e.finalizer.clone())
            .unwrap_or(Value::None);
        let Some(frame) = next.frame else {
            if next.kind == GenKind::Coroutine {
                let qualname = match next.extra.as_ref().and_then(|e| e.qualname.as_ref()) {
                    Some(q) => q.str_value().unwrap_or("?").to_string(),
                    None => next.code.code.qualname.to_string(),
                };
                let origin = next.extra.as_ref().and_then(|e| e.origin.clone());
                self.warn_never_awaited(&qualname, origin.as_ref());
            }
            return;
        };
        let cls = match next.kind {
            GenKind::Generator => self.types.generator.clone(),
            GenKind::AsyncGenerator => self.types.async_generator.clone(),
            GenKind::Coroutine => self.types.coroutine.clone(),
        };
        let temp = Value::Obj(PyObject::new(
            cls,
            None,
            Payload::Generator({
                // Names kept; the hook (if any) is called below, not again.
                let extra = next.extra.map(|mut e| {
                    e.finalizer = None;
                    e
                });
                let data = GenData::new(next.kind, GenState::Suspended(frame), next.code, extra);
                data.hooks_called.set(true);
                data.finalized.set(true);
                data
            }),
        ));
        // An async generator with a finalizer hook (asyncio's) is handed
        // to it, to be closed with `aclose()` on the event loop.
        if next.kind == GenKind::AsyncGenerator && !finalizer.is_none() {
            if let Err(e) = self.call(&finalizer, vec![temp.clone()]) {
                self.report_ignored(&finalizer, &e);
            }
            return;
        }
        if let Err(e) = self.gen_close(&temp) {
            self.report_ignored(&temp, &e);
        }
    }

    /// The RuntimeWarning of a coroutine dropped without being awaited.
    /// "coroutine '...' was never awaited", followed where the coroutine
    /// recorded its origin (`sys.set_coroutine_origin_tracking_depth`) by
    /// the frames that made it, outermost first, as CPython words it.
    pub fn warn_never_awaited(&mut self, qualname: &str, origin: Option<&Value>) {
        let mut message = format!("coroutine '{qualname}' was never awaited\n");
        if let Some(Payload::Tuple(frames)) = origin.and_then(|o| o.payload()) {
            message.push_str("Coroutine created at (most recent call last)\n");
            for entry in frames.iter().rev() {
                let Some(Payload::Tuple(parts)) = entry.payload() else {
                    continue;
                };
                let [file, line, func] = &parts[..] else {
                    continue;
                };
                let file = file.str_value().unwrap_or("?");
                let line = match line {
                    Value::Int(n) => *n,
                    _ => 0,
                };
                let func = func.str_value().unwrap_or("?");
                message.push_str(&format!("  File \"{file}\", line {line}, in {func}\n"));
                if let Some(text) = crate::vm::errors::source_line(file, line as u32) {
                    let text = text.trim();
                    if !text.is_empty() {
                        message.push_str(&format!("    {text}\n"));
                    }
                }
            }
        }
        let source = self.new_str(qualname);
        let _ = crate::modules::warn_about(
            self,
            "RuntimeWarning",
            message.trim_end_matches('\n'),
            source,
        );
    }

    /// An instance died: run its `__del__` on a resurrected copy (same
    /// class and `__dict__`), then the callbacks of the weak references
    /// that still exist, as CPython does. Errors are reported, not raised.
    fn finish_dead_object(&mut self, dead: crate::object::DeadObject) {
        if dead.run_del
            && let Some(del) = crate::types::typeobj::lookup(&dead.cls, "__del__")
        {
            let obj = Value::Obj(PyObject::new(
                dead.cls.clone(),
                dead.dict.clone(),
                Payload::Object(RefCell::new(None)),
            ));
            if let Err(e) = self.call_unbound(&del, &obj, vec![obj.clone()]) {
                self.report_ignored(&del, &e);
            }
        }
        for (wref, callback) in dead.callbacks {
            if let Some(w) = wref.upgrade()
                && let Err(e) = self.call(&callback, vec![Value::Obj(w)])
            {
                self.report_ignored(&callback, &e);
            }
        }
    }

    /// "Exception ignored in: <what>" and the traceback, on stderr.
    pub fn report_ignored(&mut self, what: &Value, e: &crate::vm::PyErr) {
        // As CPython's unraisable hook does, an exception that never went
        // through a frame is shown where the code was when it happened.
        let no_traceback = self
            .exc_data(&e.exc)
            .is_some_and(|d| d.traceback.borrow().is_none());
        if no_traceback && let Some(f) = self.frames.last() {
            let (code, line, lasti) = (f.code.code.clone(), f.line(), f.ip.saturating_sub(1));
            self.add_traceback(&e.exc, &code, line, lasti as u32);
        }
        let what = self.repr_string(what).unwrap_or_default();
        let report = self.format_unraisable(&e.exc);
        self.write_stderr(&format!("Exception ignored in: {what}\n{report}"));
    }
}

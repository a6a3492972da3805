//! Asynchronous generators: `__anext__`/`asend` return an asend awaitable,
//! `athrow`/`aclose` an athrow awaitable, each with CPython's Init → Iter →
//! Closed states and errors. The generator frame tells a value `yield`
//! (`YieldValue(1)`) from an `await` passing a value through to the event
//! loop (`YieldValue(2)`), so no wrapper object is allocated per yield.

use super::frame::Delivery;
use super::frame::Frame;
use super::generator::Resumed;
use super::run::SendPlan;
use super::{PyErr, PyResult, Vm};
use crate::bytecode::Instr;
use crate::native;
use crate::object::{
    AgAwaitable, AgOp, AgState, GenData, GenKind, GenState, Payload, PyObject, Value,
};
use crate::vm::native::{Args, NativeFn, NativeFunc};
use std::cell::Cell;

fn agen_data(v: &Value) -> Option<&GenData> {
    match v.payload() {
        Some(Payload::Generator(g)) if g.kind == GenKind::AsyncGenerator => Some(g),
        _ => None,
    }
}

/// Did the generator's last suspension come from a value `yield`?
fn parked_at_value_yield(g: &GenData) -> bool {
    g.with_state(|st| match st {
        GenState::Suspended(f) => matches!(
            f.code.code.instructions.get(f.ip.wrapping_sub(1)),
            Some(Instr::YieldValue(1))
        ),
        _ => false,
    })
}

fn finished(g: &GenData) -> bool {
    g.is_closed()
}

/// How one step of the generator ended, seen from an awaitable.
enum Step {
    /// A value `yield`: the awaitable finishes with StopIteration(value).
    Value(Value),
    /// An `await` inside the generator yielded to the event loop.
    Passthrough(Value),
    /// The generator returned.
    Return,
}

/// What sending into an async generator awaitable did.
pub enum AgSent {
    /// The awaitable yields this to its awaiter (an `await` inside).
    Yielded(Value),
    /// The awaitable finished with this result (the generator's value).
    Returned(Value),
}

impl Vm {
    fn agen_step(&mut self, agen: &Value, send: Value, throw: Option<PyErr>) -> PyResult<Step> {
        let Some(g) = agen_data(agen) else {
            return Err(self.type_error("not an async generator"));
        };
        let r = match throw {
            Some(e) => self.gen_throw(agen, e),
            None => self.gen_resume(agen, send, None),
        };
        match r {
            Ok(Resumed::Yield(v)) => {
                if parked_at_value_yield(g) {
                    Ok(Step::Value(v))
                } else {
                    Ok(Step::Passthrough(v))
                }
            }
            Ok(Resumed::Return(_)) => Ok(Step::Return),
            Err(e) => Err(e),
        }
    }

    /// CPython's async_gen_unwrap_value: turn a step into the awaitable's
    /// result. A value the generator yields finishes the awaitable; it is
    /// handed back as `Returned`, and becomes a StopIteration only where
    /// Python code sees it (`sent_as_value`).
    fn agen_unwrap(&mut self, g: &GenData, step: PyResult<Step>) -> PyResult<AgSent> {
        match step {
            Ok(Step::Passthrough(v)) => Ok(AgSent::Yielded(v)),
            Ok(Step::Value(v)) => {
                g.running_async.set(false);
                Ok(AgSent::Returned(v))
            }
            Ok(Step::Return) => {
                g.running_async.set(false);
                g.ag_closed.set(true);
                let cls = self.exc_class("StopAsyncIteration");
                Err(PyErr {
                    exc: self.new_exception(&cls, vec![]),
                })
            }
            Err(e) => {
                g.running_async.set(false);
                if self.err_is(&e, "StopAsyncIteration") || self.err_is(&e, "GeneratorExit") {
                    g.ag_closed.set(true);
                }
                Err(e)
            }
        }
    }

    /// An awaitable's step as its `send`/`throw` methods report it: the
    /// awaitable's result leaves as StopIteration.
    fn sent_as_value(&self, r: PyResult<AgSent>) -> PyResult<Value> {
        match r? {
            AgSent::Yielded(v) => Ok(v),
            AgSent::Returned(v) => Err(self.stop_iteration(v)),
        }
    }

    /// Run the firstiter hook once and remember the finalizer.
    pub(crate) fn agen_init_hooks(&mut self, agen: &Value) -> PyResult<()> {
        let Some(g) = agen_data(agen) else {
            return Ok(());
        };
        if g.hooks_called.get() {
            return Ok(());
        }
        g.hooks_called.set(true);
        let hook = self.asyncgen_finalizer.clone();
        if !hook.is_none() {
            g.update_extra(|e| e.finalizer = Some(hook));
        }
        let first = self.asyncgen_firstiter.clone();
        if !first.is_none() {
            self.call(&first, vec![agen.clone()])?;
        }
        Ok(())
    }

    pub(crate) fn new_ag_awaitable(&mut self, agen: &Value, op: AgOp) -> PyResult<Value> {
        self.agen_init_hooks(agen)?;
        let cls = match op {
            AgOp::Asend(_) => self.types.ag_asend.clone(),
            AgOp::Athrow(_) => self.types.ag_athrow.clone(),
        };
        Ok(Value::Obj(PyObject::new(
            cls,
            None,
            Payload::AgAwaitable(Box::new(AgAwaitable {
                agen: agen.clone(),
                op,
                state: Cell::new(AgState::Init),
            })),
        )))
    }

    /// `Send` on an asend awaitable, or on an async generator standing in
    /// for the `__anext__()` awaitable of `async for` (see `get_anext`):
    /// the step's frame runs on this loop, no Rust recursion per level.
    /// The bookkeeping mirrors `ag_awaitable_advance`; the step ends in
    /// `asend_yielded`, `asend_returned` or `asend_raised`. Only for
    /// receivers `is_asend_step` accepts (athrow awaitables take the
    /// native path).
    pub(crate) fn asend_on_loop(
        &mut self,
        recv: &Value,
        v: Value,
        target: u32,
    ) -> PyResult<SendPlan> {
        let (agen, arg) = match recv.payload() {
            Some(Payload::AgAwaitable(aw)) => (&aw.agen, self.asend_admit(aw, v)?),
            // `get_anext` checked that no other step was in flight.
            _ => (recv, v),
        };
        self.start_asend_step(agen, recv, arg, target)
            .map(SendPlan::Frame)
    }

    /// An asend awaitable is sent `arg`: CPython's checks of its state
    /// ("cannot reuse", "already running"), the first send taking the
    /// awaitable's own value; the value to send into the generator.
    fn asend_admit(&self, aw: &AgAwaitable, arg: Value) -> PyResult<Value> {
        let AgOp::Asend(sendval) = &aw.op else {
            return Err(self.type_error("bad awaitable"));
        };
        match aw.state.get() {
            AgState::Closed => {
                Err(self.runtime_error("cannot reuse already awaited __anext__()/asend()"))
            }
            AgState::Init if agen_data(&aw.agen).is_some_and(|g| g.running_async.get()) => {
                aw.state.set(AgState::Closed);
                Err(self.runtime_error("anext(): asynchronous generator is already running"))
            }
            AgState::Init => {
                aw.state.set(AgState::Iter);
                Ok(if arg.is_none() { sendval.clone() } else { arg })
            }
            AgState::Iter => Ok(arg),
        }
    }

    /// Start an asend step of `agen` on this loop, its awaitable (or the
    /// generator standing in for it) `recv` on the awaiting frame's stack.
    fn start_asend_step(
        &mut self,
        agen: &Value,
        recv: &Value,
        arg: Value,
        target: u32,
    ) -> PyResult<Box<Frame>> {
        let Some(g) = agen_data(agen) else {
            return Err(self.type_error("bad awaitable"));
        };
        g.running_async.set(true);
        match self.start_generator(agen, arg, Delivery::Asend(target)) {
            Ok(Some(frame)) => Ok(frame),
            Ok(None) => Err(self.asend_returned(recv)),
            Err(e) => Err(self.asend_raised(recv, e)),
        }
    }

    /// `await agen.asend(v)`, `await agen.__anext__()`, `await
    /// agen.athrow(exc)` or `await agen.aclose()`: the awaitable would be
    /// consumed by the `await` right after the call, so none is made
    /// unless it has to outlive this step. An asend's generator stands in
    /// for it on the caller's stack and its first step starts here, on
    /// this loop, as `asend_on_loop` would start it (`Ok(Some(frame))`).
    /// An athrow or aclose takes its first step at once, as its `send`
    /// would; when that finishes it, the result is pushed past the send
    /// loop (`Ok(None)`), and only an `await` suspending inside the
    /// generator makes the awaitable object, left as the receiver. None
    /// when the call is anything else, or the generator's first-iteration
    /// hook still has to run (the general path runs it).
    pub(crate) fn try_await_agen_call(
        &mut self,
        frame: &mut Frame,
        callable_pos: usize,
        first_arg: usize,
    ) -> Option<PyResult<Option<Box<Frame>>>> {
        let Some(Payload::Native(n)) = frame.stack[callable_pos].payload() else {
            return None;
        };
        let is = |f: NativeFn| std::ptr::fn_addr_eq(n.def.func, f);
        let (asend, nargs) = if is(agen_anext) {
            (true, 0)
        } else if is(agen_asend) {
            (true, 1)
        } else if is(agen_aclose) {
            (false, 0)
        } else if is(agen_athrow) {
            (false, 1)
        } else {
            return None;
        };
        if n.bound.is_some()
            || first_arg != callable_pos + 1
            || frame.stack.len() - first_arg != 1 + nargs
        {
            return None;
        }
        let (send_ip, target) = super::call_frames::await_follows(frame)?;
        let g = agen_data(&frame.stack[first_arg])?;
        let no_hooks = self.asyncgen_firstiter.is_none() && self.asyncgen_finalizer.is_none();
        if g.running_async.get() || !(g.hooks_called.get() || no_hooks) {
            return None;
        }
        g.hooks_called.set(true);
        let arg = if nargs == 1 {
            frame.stack.pop().unwrap_or(Value::None)
        } else {
            Value::None
        };
        let agen = frame.stack.pop().unwrap_or(Value::None);
        frame.stack.truncate(callable_pos);
        if asend {
            frame.push(agen.clone());
            frame.ip = send_ip as usize + 1;
            return Some(self.start_asend_step(&agen, &agen, arg, target).map(Some));
        }
        let exc = if nargs == 1 {
            match crate::vm::generator::exception_from_throw_args(self, &[arg]) {
                Ok(e) => Some(Value::Obj(e)),
                Err(e) => return Some(Err(e)),
            }
        } else {
            None
        };
        let aw = AgAwaitable {
            agen,
            op: AgOp::Athrow(exc),
            state: Cell::new(AgState::Init),
        };
        Some(match self.ag_awaitable_advance(&aw, Value::None) {
            Ok(AgSent::Returned(v)) => {
                frame.push(v);
                frame.ip = target as usize;
                Ok(None)
            }
            Ok(AgSent::Yielded(v)) => {
                let cls = self.types.ag_athrow.clone();
                let recv = PyObject::new(cls, None, Payload::AgAwaitable(Box::new(aw)));
                frame.push(Value::Obj(recv));
                frame.push(v);
                frame.ip = send_ip as usize + 1;
                Ok(None)
            }
            Err(e) if self.err_is(&e, "StopIteration") => {
                frame.push(self.exc_first_arg(&e.exc));
                frame.ip = target as usize;
                Ok(None)
            }
            Err(e) => Err(e),
        })
    }

    /// Does `Send` on `recv` step an async generator (see `asend_on_loop`)?
    pub(crate) fn is_asend_step(recv: &Value) -> bool {
        match recv.payload() {
            Some(Payload::AgAwaitable(aw)) => matches!(aw.op, AgOp::Asend(_)),
            Some(Payload::Generator(g)) => g.kind == GenKind::AsyncGenerator,
            _ => false,
        }
    }

    /// An asend step run on this loop is over: its awaitable (`recv`, the
    /// receiver left on the awaiting frame's stack) is spent and the
    /// generator is free for the next step.
    fn asend_step_over(&self, recv: &Value, exhausted: bool) {
        let agen = match recv.payload() {
            Some(Payload::AgAwaitable(aw)) => {
                aw.state.set(AgState::Closed);
                &aw.agen
            }
            _ => recv,
        };
        if let Some(g) = agen_data(agen) {
            g.running_async.set(false);
            if exhausted {
                g.ag_closed.set(true);
            }
        }
    }

    /// The step's frame yielded a value: the awaitable's result.
    pub(crate) fn asend_yielded(&self, recv: &Value) {
        self.asend_step_over(recv, false);
    }

    /// The step's frame returned: the awaitable raises StopAsyncIteration.
    pub(crate) fn asend_returned(&mut self, recv: &Value) -> PyErr {
        self.asend_step_over(recv, true);
        let cls = self.exc_class("StopAsyncIteration");
        PyErr {
            exc: self.new_exception(&cls, vec![]),
        }
    }

    /// The step's frame raised `err` (already through PEP 479).
    pub(crate) fn asend_raised(&mut self, recv: &Value, err: PyErr) -> PyErr {
        let exhausted =
            self.err_is(&err, "StopAsyncIteration") || self.err_is(&err, "GeneratorExit");
        self.asend_step_over(recv, exhausted);
        err
    }

    /// The awaitable an async generator stands in for on an awaiting
    /// frame's stack (`async for` allocates none), for delegated
    /// `throw()`: an asend awaitable already iterating.
    pub(crate) fn implicit_asend(agen: &Value) -> AgAwaitable {
        AgAwaitable {
            agen: agen.clone(),
            op: AgOp::Asend(Value::None),
            state: Cell::new(AgState::Iter),
        }
    }

    /// What a frame awaits, as `cr_await`/`ag_await`/`gi_yieldfrom` show
    /// it: an async generator standing in for its asend awaitable shows
    /// as one, a future standing in for its `FutureIter` as that.
    pub(crate) fn awaited_object(&self, recv: Value) -> Value {
        if crate::modules::asyncio::future::awaits_itself(&recv) {
            return crate::modules::asyncio::future::iter_view(self, &recv);
        }
        if agen_data(&recv).is_none() {
            return recv;
        }
        Value::Obj(PyObject::new(
            self.types.ag_asend.clone(),
            None,
            Payload::AgAwaitable(Box::new(Vm::implicit_asend(&recv))),
        ))
    }

    /// `send(v)` on an asend or athrow awaitable.
    pub fn ag_awaitable_send(&mut self, aw: &AgAwaitable, arg: Value) -> PyResult<Value> {
        let r = self.ag_awaitable_advance(aw, arg);
        self.sent_as_value(r)
    }

    /// `send(arg)` for callers inside the VM: a value the generator yields
    /// comes back as `Returned` instead of a StopIteration to be caught,
    /// which saves building an exception per `async for` step.
    pub fn ag_awaitable_advance(&mut self, aw: &AgAwaitable, arg: Value) -> PyResult<AgSent> {
        let Some(g) = agen_data(&aw.agen) else {
            return Err(self.type_error("bad awaitable"));
        };
        match &aw.op {
            AgOp::Asend(_) => {
                let arg = self.asend_admit(aw, arg)?;
                g.running_async.set(true);
                let step = self.agen_step(&aw.agen, arg, None);
                if let Ok(Step::Value(v)) = step {
                    g.running_async.set(false);
                    aw.state.set(AgState::Closed);
                    return Ok(AgSent::Returned(v));
                }
                let r = self.agen_unwrap(g, step);
                if !matches!(r, Ok(AgSent::Yielded(_))) {
                    aw.state.set(AgState::Closed);
                }
                r
            }
            AgOp::Athrow(_) => self.ag_athrow_send(aw, g, arg),
        }
    }

    fn ag_athrow_send(&mut self, aw: &AgAwaitable, g: &GenData, arg: Value) -> PyResult<AgSent> {
        match &aw.op {
            AgOp::Asend(_) => Err(self.type_error("bad awaitable")),
            AgOp::Athrow(exc) => {
                let is_close = exc.is_none();
                if aw.state.get() == AgState::Closed {
                    return Err(
                        self.runtime_error("cannot reuse already awaited aclose()/athrow()")
                    );
                }
                if finished(g) {
                    aw.state.set(AgState::Closed);
                    return Ok(AgSent::Returned(Value::None));
                }
                if aw.state.get() == AgState::Init {
                    if g.running_async.get() {
                        aw.state.set(AgState::Closed);
                        let which = if is_close { "aclose" } else { "athrow" };
                        return Err(self.runtime_error(format!(
                            "{which}(): asynchronous generator is already running"
                        )));
                    }
                    if g.ag_closed.get() {
                        aw.state.set(AgState::Closed);
                        let cls = self.exc_class("StopAsyncIteration");
                        return Err(PyErr {
                            exc: self.new_exception(&cls, vec![]),
                        });
                    }
                    if !arg.is_none() {
                        return Err(self.runtime_error(
                            "can't send non-None value to a just-started coroutine",
                        ));
                    }
                    aw.state.set(AgState::Iter);
                    g.running_async.set(true);
                    let err = match exc {
                        None => {
                            g.ag_closed.set(true);
                            let cls = self.exc_class("GeneratorExit");
                            PyErr {
                                exc: self.new_exception(&cls, vec![]),
                            }
                        }
                        Some(e) => PyErr {
                            exc: e
                                .as_obj()
                                .cloned()
                                .unwrap_or_else(|| self.types.object.clone()),
                        },
                    };
                    let step = self.agen_step(&aw.agen, Value::None, Some(err));
                    return self.athrow_result(aw, g, step);
                }
                let step = self.agen_step(&aw.agen, arg, None);
                self.athrow_result(aw, g, step)
            }
        }
    }

    fn athrow_result(
        &mut self,
        aw: &AgAwaitable,
        g: &GenData,
        step: PyResult<Step>,
    ) -> PyResult<AgSent> {
        let is_close = matches!(aw.op, AgOp::Athrow(None));
        if is_close && let Ok(Step::Value(_)) = step {
            g.running_async.set(false);
            aw.state.set(AgState::Closed);
            return Err(self.runtime_error("async generator ignored GeneratorExit"));
        }
        match self.agen_unwrap(g, step) {
            Ok(AgSent::Yielded(v)) => Ok(AgSent::Yielded(v)),
            Ok(AgSent::Returned(v)) => {
                g.running_async.set(false);
                aw.state.set(AgState::Closed);
                Ok(AgSent::Returned(v))
            }
            Err(e) => {
                g.running_async.set(false);
                aw.state.set(AgState::Closed);
                if is_close
                    && (self.err_is(&e, "StopAsyncIteration") || self.err_is(&e, "GeneratorExit"))
                {
                    return Ok(AgSent::Returned(Value::None));
                }
                Err(e)
            }
        }
    }

    /// `close()` on an asend or athrow awaitable: as in CPython 3.13, a
    /// GeneratorExit thrown through it into the generator.
    pub fn ag_awaitable_close(&mut self, aw: &AgAwaitable) -> PyResult<()> {
        if aw.state.get() == AgState::Closed {
            return Ok(());
        }
        let cls = self.exc_class("GeneratorExit");
        let exit = PyErr {
            exc: self.new_exception(&cls, vec![]),
        };
        match self.ag_awaitable_throw(aw, exit) {
            Ok(_) => Err(self.runtime_error("coroutine ignored GeneratorExit")),
            Err(e)
                if self.err_is(&e, "StopIteration")
                    || self.err_is(&e, "StopAsyncIteration")
                    || self.err_is(&e, "GeneratorExit") =>
            {
                Ok(())
            }
            Err(e) => Err(e),
        }
    }

    /// `throw(exc)` on an asend or athrow awaitable.
    pub fn ag_awaitable_throw(&mut self, aw: &AgAwaitable, err: PyErr) -> PyResult<Value> {
        let Some(g) = agen_data(&aw.agen) else {
            return Err(err);
        };
        let is_asend = matches!(aw.op, AgOp::Asend(_));
        if aw.state.get() == AgState::Closed {
            let msg = if is_asend {
                "cannot reuse already awaited __anext__()/asend()"
            } else {
                "cannot reuse already awaited aclose()/athrow()"
            };
            return Err(self.runtime_error(msg));
        }
        if aw.state.get() == AgState::Init {
            if g.running_async.get() {
                aw.state.set(AgState::Closed);
                let msg = match &aw.op {
                    AgOp::Asend(_) => "anext(): asynchronous generator is already running",
                    AgOp::Athrow(None) => "aclose(): asynchronous generator is already running",
                    AgOp::Athrow(Some(_)) => "athrow(): asynchronous generator is already running",
                };
                return Err(self.runtime_error(msg));
            }
            aw.state.set(AgState::Iter);
            g.running_async.set(true);
        }
        let step = self.agen_step(&aw.agen, Value::None, Some(err));
        if is_asend {
            let r = self.agen_unwrap(g, step);
            if !matches!(r, Ok(AgSent::Yielded(_))) {
                aw.state.set(AgState::Closed);
            }
            return self.sent_as_value(r);
        }
        let r = self.athrow_result(aw, g, step);
        self.sent_as_value(r)
    }
}

fn this_agen(vm: &Vm, args: &Args, name: &str) -> PyResult<Value> {
    match args.args.first() {
        Some(v) if agen_data(v).is_some() => Ok(v.clone()),
        _ => Err(vm.type_error(format!(
            "descriptor '{name}' requires an 'async_generator' object"
        ))),
    }
}

fn agen_aiter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this_agen(vm, &args, "__aiter__")
}

fn agen_anext(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = this_agen(vm, &args, "__anext__")?;
    vm.new_ag_awaitable(&a, AgOp::Asend(Value::None))
}

fn agen_asend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "asend", 1, 1)?;
    let a = this_agen(vm, &args, "asend")?;
    vm.new_ag_awaitable(&a, AgOp::Asend(args.args[1].clone()))
}

fn agen_athrow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "athrow", 1, 3)?;
    let a = this_agen(vm, &args, "athrow")?;
    if args.args.len() > 2 {
        crate::modules::warn(
            vm,
            "DeprecationWarning",
            "the (type, exc, tb) signature of athrow() is deprecated, use the single-arg signature instead.",
        )?;
    }
    let exc = crate::vm::generator::exception_from_throw_args(vm, &args.args[1..])?;
    vm.new_ag_awaitable(&a, AgOp::Athrow(Some(Value::Obj(exc))))
}

fn agen_aclose(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = this_agen(vm, &args, "aclose")?;
    vm.new_ag_awaitable(&a, AgOp::Athrow(None))
}

pub static AGEN_METHODS: &[NativeFunc] = &[
    native!(
        "__aiter__",
        agen_aiter,
        "Return the asynchronous generator itself."
    ),
    native!(
        "__anext__",
        agen_anext,
        "Return an awaitable that produces the next value."
    ),
    native!(
        "asend",
        agen_asend,
        "Return an awaitable that sends a value into the generator.",
        sig = "($self, object, /)"
    ),
    native!(
        "athrow",
        agen_athrow,
        "Return an awaitable that raises an exception inside the generator."
    ),
    native!(
        "aclose",
        agen_aclose,
        "Return an awaitable that closes the generator.",
        sig = "($self, /)"
    ),
];

fn this_aw<'a>(vm: &Vm, args: &'a Args) -> PyResult<&'a AgAwaitable> {
    match args.args.first().and_then(|v| v.payload()) {
        Some(Payload::AgAwaitable(a)) => Ok(a),
        _ => Err(vm.type_error("descriptor requires an async generator awaitable")),
    }
}

fn aw_send(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "send", 1, 1)?;
    let arg = args.args[1].clone();
    let aw = this_aw(vm, &args)?;
    vm.ag_awaitable_send(aw, arg)
}

fn aw_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let aw = this_aw(vm, &args)?;
    vm.ag_awaitable_send(aw, Value::None)
}

fn aw_throw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "throw", 1, 3)?;
    if args.args.len() > 2 {
        crate::modules::warn(
            vm,
            "DeprecationWarning",
            "the (type, exc, tb) signature of throw() is deprecated, use the single-arg signature instead.",
        )?;
    }
    let exc = crate::vm::generator::exception_from_throw_args(vm, &args.args[1..])?;
    let aw = this_aw(vm, &args)?;
    vm.ag_awaitable_throw(aw, PyErr { exc })
}

fn aw_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let aw = this_aw(vm, &args)?;
    vm.ag_awaitable_close(aw).map(|()| Value::None)
}

fn aw_self(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.args[0].clone())
}

pub static AWAITABLE_METHODS: &[NativeFunc] = &[
    native!(
        "send",
        aw_send,
        "Send a value into the asynchronous generator; yield to the event loop or finish."
    ),
    native!(
        "throw",
        aw_throw,
        "Raise an exception inside the asynchronous generator."
    ),
    native!(
        "close",
        aw_close,
        "Close the awaitable without running the generator."
    ),
    native!(
        "__await__",
        aw_self,
        "Return an iterator to be used in await expressions."
    ),
    native!("__iter__", aw_self, "Return the awaitable itself."),
    native!("__next__", aw_next, "Advance the awaitable, as send(None)."),
];

//! `_asyncio.Future`: a result that arrives later, native so that awaiting
//! one, completing it and waking its waiters cost no Python frames.
//! Tasks (`task.rs`) share the payload: a Task is a Future whose
//! `task` fields are set.
//!
//! Done callbacks are kept as `Callback`s: a task waiting on the future is
//! recorded as the task itself (what CPython's `task_wakeup` does), not as
//! a bound method made per `await`.

use super::{Entry, helpers, schedule};
use crate::native;
use crate::object::{BaseKind, FinalizeQueue, IterState, ObjRef, Payload, PyObject, Value};
use crate::vm::native::{Args, NativeFunc};
use crate::vm::run::SendPlan;
use crate::vm::{PyErr, PyResult, Vm};
use std::cell::RefCell;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum State {
    Pending,
    Cancelled,
    Finished,
}

impl State {
    pub fn name(self) -> &'static str {
        match self {
            State::Pending => "PENDING",
            State::Cancelled => "CANCELLED",
            State::Finished => "FINISHED",
        }
    }
}

/// A done callback: a waiting task, or a callable with its context.
pub enum Callback {
    Wakeup(Value),
    Call(Value, Value),
}

/// A future's done callbacks. Nearly every future gets exactly one (the
/// task waiting for it), kept inline: 100,000 sleeping tasks would
/// otherwise hold 200,000 one-element lists.
#[derive(Default)]
pub enum Callbacks {
    #[default]
    Empty,
    One(Callback),
    Many(Vec<Callback>),
}

impl Callbacks {
    pub fn push(&mut self, cb: Callback) {
        *self = match std::mem::take(self) {
            Callbacks::Empty => Callbacks::One(cb),
            Callbacks::One(first) => Callbacks::Many(vec![first, cb]),
            Callbacks::Many(mut all) => {
                all.push(cb);
                Callbacks::Many(all)
            }
        };
    }

    pub fn iter(&self) -> std::slice::Iter<'_, Callback> {
        match self {
            Callbacks::Empty => [].iter(),
            Callbacks::One(cb) => std::slice::from_ref(cb).iter(),
            Callbacks::Many(all) => all.iter(),
        }
    }

    pub fn len(&self) -> usize {
        self.iter().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Keep the callbacks whose entry in `keep` (one per callback, in
    /// order) is true.
    pub fn retain_by(&mut self, keep: &[bool]) {
        let mut i = 0;
        match self {
            Callbacks::Empty => {}
            Callbacks::One(_) => {
                if !keep.first().copied().unwrap_or(true) {
                    *self = Callbacks::Empty;
                }
            }
            Callbacks::Many(all) => all.retain(|_| {
                i += 1;
                keep.get(i - 1).copied().unwrap_or(true)
            }),
        }
    }
}

impl IntoIterator for Callbacks {
    type Item = Callback;
    type IntoIter = std::iter::Chain<std::option::IntoIter<Callback>, std::vec::IntoIter<Callback>>;

    fn into_iter(self) -> Self::IntoIter {
        let (one, many) = match self {
            Callbacks::Empty => (None, Vec::new()),
            Callbacks::One(cb) => (Some(cb), Vec::new()),
            Callbacks::Many(all) => (None, all),
        };
        one.into_iter().chain(many)
    }
}

pub struct Fields {
    pub state: State,
    pub loop_: Value,
    /// The result, or when `failed` the exception instance (a future
    /// has one or the other: one slot keeps it small).
    outcome: Value,
    failed: bool,
    pub callbacks: Callbacks,
    /// What cancellation left (rare: boxed, so a future stays small).
    cancel: Option<Box<Cancellation>>,
    /// An exception was stored and nobody has looked at it yet.
    pub log_traceback: bool,
    /// `_asyncio_future_blocking`: set by `__await__` as it yields the
    /// future to the task driving it.
    pub blocking: bool,
    /// Its death was reported already (this is the resurrected copy).
    pub reported: bool,
    /// `asyncio.sleep`'s future, its sleep abandoned before the timer
    /// fired: the loop's timer entry for it is dead (see `timers.rs`).
    pub timer_dropped: bool,
    pub task: Option<Box<super::task::TaskFields>>,
}

pub struct FutureData {
    pub cell: RefCell<Fields>,
    /// The class and finalizer queue, to report the future's death
    /// ("exception was never retrieved", "Task was destroyed but it is
    /// pending!") once Python code may run again.
    pub cls: ObjRef,
    pub queue: FinalizeQueue,
}

/// A cancelled future's message, and for a task the CancelledError that
/// ended it, until it is first raised.
struct Cancellation {
    message: Value,
    exc: Value,
}

impl Default for Cancellation {
    fn default() -> Cancellation {
        Cancellation {
            message: Value::None,
            exc: Value::None,
        }
    }
}

impl Fields {
    /// A sleep's future whose timer will still resolve it: pending, and
    /// its sleep not abandoned (see `timers.rs`).
    pub fn timer_live(&self) -> bool {
        self.state == State::Pending && !self.timer_dropped
    }

    /// The result set (None if unset or failed).
    pub fn result(&self) -> Value {
        if self.failed {
            Value::None
        } else {
            self.outcome.clone()
        }
    }

    /// The exception set (None if unset or a result was set).
    pub fn exception(&self) -> Value {
        if self.failed {
            self.outcome.clone()
        } else {
            Value::None
        }
    }

    pub fn cancel_message(&self) -> Value {
        self.cancel
            .as_ref()
            .map_or(Value::None, |c| c.message.clone())
    }

    pub fn set_cancel_message(&mut self, message: Value) {
        if self.cancel.is_some() || !message.is_none() {
            self.cancel.get_or_insert_default().message = message;
        }
    }

    pub fn take_cancelled_exc(&mut self) -> Value {
        self.cancel
            .as_mut()
            .map_or(Value::None, |c| std::mem::replace(&mut c.exc, Value::None))
    }

    pub fn set_cancelled_exc(&mut self, exc: Value) {
        self.cancel.get_or_insert_default().exc = exc;
    }

    /// A pending future's fields, before `__init__` fills them.
    fn pending() -> Fields {
        Fields {
            state: State::Pending,
            loop_: Value::None,
            outcome: Value::None,
            failed: false,
            callbacks: Callbacks::Empty,
            cancel: None,
            log_traceback: false,
            blocking: false,
            reported: false,
            timer_dropped: false,
            task: None,
        }
    }
}

impl FutureData {
    pub fn new(vm: &Vm, cls: &ObjRef, task: bool) -> FutureData {
        FutureData {
            cell: RefCell::new(Fields {
                task: task.then(|| Box::new(super::task::TaskFields::default())),
                ..Fields::pending()
            }),
            cls: cls.clone(),
            queue: vm.pending_finalizers.clone(),
        }
    }

    pub fn state(&self) -> State {
        self.cell.borrow().state
    }

    pub fn is_task(&self) -> bool {
        self.cell.borrow().task.is_some()
    }

    /// Every value the future holds (for the cycle collector).
    pub fn visit(&self, value: &mut dyn FnMut(&Value)) -> bool {
        let Ok(f) = self.cell.try_borrow() else {
            return false;
        };
        value(&Value::Obj(self.cls.clone()));
        for v in [&f.loop_, &f.outcome] {
            value(v);
        }
        if let Some(c) = &f.cancel {
            value(&c.message);
            value(&c.exc);
        }
        for cb in f.callbacks.iter() {
            match cb {
                Callback::Wakeup(t) => value(t),
                Callback::Call(func, ctx) => {
                    value(func);
                    value(ctx);
                }
            }
        }
        if let Some(t) = &f.task {
            t.visit(value);
        }
        true
    }

    /// Take out what could close a garbage cycle. The loop stays, for the
    /// report a collected future may still make (the loop's own
    /// namespace is cleared if it is garbage too).
    pub fn clear(&self, out: &mut Vec<Value>) {
        let Ok(mut f) = self.cell.try_borrow_mut() else {
            return;
        };
        out.push(std::mem::replace(&mut f.outcome, Value::None));
        out.push(f.take_cancelled_exc());
        for cb in std::mem::take(&mut f.callbacks) {
            match cb {
                Callback::Wakeup(t) => out.push(t),
                Callback::Call(func, ctx) => {
                    out.push(func);
                    out.push(ctx);
                }
            }
        }
        if let Some(t) = f.task.as_mut() {
            t.clear(out);
        }
    }
}

impl Drop for FutureData {
    fn drop(&mut self) {
        let f = self.cell.get_mut();
        if f.reported {
            return;
        }
        // A task whose __init__ failed never ran: nothing to report.
        let pending_task =
            f.state == State::Pending && f.task.as_ref().is_some_and(|t| t.log_destroy_pending);
        if !pending_task && !f.log_traceback {
            return;
        }
        // Move the data into a new future for the report; Python code
        // cannot run inside `drop`.
        let mut fields = std::mem::replace(f, Fields::pending());
        fields.reported = true;
        let data = FutureData {
            cell: RefCell::new(fields),
            cls: self.cls.clone(),
            queue: self.queue.clone(),
        };
        if let Ok(mut q) = self.queue.try_borrow_mut() {
            q.push_back(crate::object::Pending::DeadFuture(Box::new(data)));
        }
    }
}

/// The future data of a Future or Task (or a subclass's instance).
pub fn data(v: &Value) -> Option<&FutureData> {
    match v.payload() {
        Some(Payload::Future(d)) => Some(d),
        _ => None,
    }
}

fn this<'a>(vm: &Vm, args: &'a Args, name: &str) -> PyResult<&'a FutureData> {
    args.args.first().and_then(data).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{name}' requires a '_asyncio.Future' object"
        ))
    })
}

/// `this`, for the methods CPython refuses on a future whose `__init__`
/// never ran (made by `Future.__new__` alone).
fn alive<'a>(vm: &Vm, args: &'a Args, name: &str) -> PyResult<&'a FutureData> {
    let d = this(vm, args, name)?;
    if d.cell.borrow().loop_.is_none() {
        // CPython's wording and class differ by method.
        return Err(match name {
            "result" | "exception" => invalid_state(vm, "Future object is not initialized."),
            "add_done_callback" => vm.runtime_error("uninitialized Future object"),
            _ => vm.runtime_error("Future object is not initialized."),
        });
    }
    Ok(d)
}

/// A dead future's report: resurrect it and hand it to asyncio's
/// `_report_dead`, which calls the loop's exception handler.
pub fn report_dead(vm: &mut Vm, data: Box<FutureData>) {
    let cls = data.cls.clone();
    let fut = Value::Obj(PyObject::new(cls, None, Payload::Future(data)));
    let Some(h) = helpers(vm) else {
        return;
    };
    let report = h.report_dead.clone();
    if let Err(e) = vm.call(&report, vec![fut]) {
        vm.report_ignored(&report, &e);
    }
}

/// A new future (or task) of class `cls`, initialised from the arguments
/// unless a Python `__init__` will do it.
pub fn construct(
    vm: &mut Vm,
    cls: &ObjRef,
    args: &[Value],
    kwargs: &[(Value, Value)],
    dict: Option<ObjRef>,
    python_init: bool,
) -> PyResult<Value> {
    let is_task = cls.type_data().is_some_and(|t| t.kind == BaseKind::Task);
    let fut = Value::Obj(PyObject::new(
        cls.clone(),
        dict,
        Payload::Future(Box::new(FutureData::new(vm, cls, is_task))),
    ));
    if !python_init {
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(fut.clone());
        all.extend_from_slice(args);
        let a = Args {
            args: all,
            kwargs: kwargs.to_vec(),
        };
        if is_task {
            super::task::task_init(vm, a)?;
        } else {
            future_init(vm, a)?;
        }
    }
    Ok(fut)
}

/// The loop argument, or the current event loop.
pub fn loop_arg(vm: &mut Vm, given: Option<Value>) -> PyResult<Value> {
    match given {
        Some(l) if !l.is_none() => Ok(l),
        _ => {
            let Some(h) = helpers(vm) else {
                return Err(vm.runtime_error("asyncio is not initialised"));
            };
            let get = h.get_event_loop.clone();
            vm.call(&get, vec![])
        }
    }
}

fn future_init(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let loop_ = args.take_kw("loop");
    args.no_more_kwargs(vm, "Future")?;
    if args.args.len() > 1 {
        return Err(vm.type_error("Future() takes no positional arguments"));
    }
    let loop_ = loop_arg(vm, loop_)?;
    let d = this(vm, &args, "__init__")?;
    let mut f = d.cell.borrow_mut();
    f.loop_ = loop_;
    Ok(Value::None)
}

pub fn cancelled_error(vm: &Vm, msg: &Value) -> PyErr {
    let cls = match helpers(vm) {
        Some(h) => h.cancelled_error.clone(),
        None => vm.exc_class("BaseException"),
    };
    let args = if msg.is_none() {
        vec![]
    } else {
        vec![msg.clone()]
    };
    PyErr {
        exc: vm.new_exception(&cls, args),
    }
}

/// The CancelledError a cancelled future raises: the first time, the one
/// that cancelled its task (raised inside the coroutine, traceback and
/// all), as CPython hands it over once; after that a new one.
pub fn take_cancelled_error(vm: &Vm, d: &FutureData) -> PyErr {
    let mut f = d.cell.borrow_mut();
    if let Value::Obj(exc) = f.take_cancelled_exc() {
        return PyErr { exc };
    }
    let msg = f.cancel_message();
    drop(f);
    cancelled_error(vm, &msg)
}

pub fn invalid_state(vm: &Vm, msg: &str) -> PyErr {
    let cls = match helpers(vm) {
        Some(h) => h.invalid_state_error.clone(),
        None => vm.exc_class("RuntimeError"),
    };
    PyErr {
        exc: vm.new_exception(&cls, vec![vm.new_str(msg)]),
    }
}

/// `result()`: the value, or the stored exception raised again.
pub fn result_of(vm: &Vm, d: &FutureData) -> PyResult<Value> {
    let mut f = d.cell.borrow_mut();
    match f.state {
        State::Cancelled => {
            drop(f);
            Err(take_cancelled_error(vm, d))
        }
        State::Pending => Err(invalid_state(vm, "Result is not set.")),
        State::Finished => {
            f.log_traceback = false;
            match &f.outcome {
                Value::Obj(e) if f.failed => Err(PyErr { exc: e.clone() }),
                v => Ok(v.clone()),
            }
        }
    }
}

/// Move the done callbacks onto the loop's ready queue.
pub fn schedule_callbacks(vm: &mut Vm, fut: &Value) -> PyResult<()> {
    let Some(d) = data(fut) else {
        return Ok(());
    };
    let (callbacks, loop_) = {
        let mut f = d.cell.borrow_mut();
        (std::mem::take(&mut f.callbacks), f.loop_.clone())
    };
    for cb in callbacks {
        let entry = match cb {
            Callback::Wakeup(task) => Entry::Wakeup(task, fut.clone()),
            Callback::Call(func, ctx) => Entry::Call(func, fut.clone(), ctx),
        };
        schedule(vm, &loop_, entry)?;
    }
    Ok(())
}

pub fn set_result(vm: &mut Vm, fut: &Value, result: Value) -> PyResult<()> {
    let Some(d) = data(fut) else {
        return Ok(());
    };
    {
        let mut f = d.cell.borrow_mut();
        if f.state != State::Pending {
            drop(f);
            return Err(invalid_state(vm, "invalid state"));
        }
        f.outcome = result;
        f.state = State::Finished;
    }
    schedule_callbacks(vm, fut)
}

pub fn set_exception(vm: &mut Vm, fut: &Value, exception: Value) -> PyResult<()> {
    let Some(d) = data(fut) else {
        return Ok(());
    };
    if d.state() != State::Pending {
        return Err(invalid_state(vm, "invalid state"));
    }
    let mut exc = exception;
    if let Value::Obj(o) = &exc
        && o.type_data().is_some()
    {
        exc = vm.call(&exc, vec![])?;
    }
    let Some(exc_obj) = exc
        .as_obj()
        .filter(|o| matches!(o.payload, Payload::Exception(_)))
        .cloned()
    else {
        return Err(vm.type_error("invalid exception object"));
    };
    let stop = vm.exc_class("StopIteration");
    if vm.isinstance(&exc, &stop) {
        let new = vm.new_exception(
            &vm.exc_class("RuntimeError"),
            vec![vm.new_str(
                "StopIteration interacts badly with generators and cannot be raised into a Future",
            )],
        );
        if let Some(e) = vm.exc_data(&new) {
            *e.cause.borrow_mut() = Value::Obj(exc_obj);
            e.suppress_context.set(true);
        }
        exc = Value::Obj(new);
    }
    {
        let mut f = d.cell.borrow_mut();
        if f.state != State::Pending {
            drop(f);
            return Err(invalid_state(vm, "invalid state"));
        }
        f.outcome = exc;
        f.failed = true;
        f.state = State::Finished;
        f.log_traceback = true;
    }
    schedule_callbacks(vm, fut)
}

/// `Future.cancel(msg)` (not a task's): true if it was pending.
pub fn cancel(vm: &mut Vm, fut: &Value, msg: Value) -> PyResult<bool> {
    let Some(d) = data(fut) else {
        return Ok(false);
    };
    {
        let mut f = d.cell.borrow_mut();
        if f.state != State::Pending {
            return Ok(false);
        }
        f.state = State::Cancelled;
        f.set_cancel_message(msg);
        f.log_traceback = false;
    }
    schedule_callbacks(vm, fut)?;
    Ok(true)
}

/// Add a done callback; a done future schedules it at once.
pub fn add_callback(vm: &mut Vm, fut: &Value, cb: Callback) -> PyResult<()> {
    let Some(d) = data(fut) else {
        return Ok(());
    };
    let mut f = d.cell.borrow_mut();
    if f.state == State::Pending {
        f.callbacks.push(cb);
        return Ok(());
    }
    let loop_ = f.loop_.clone();
    drop(f);
    let entry = match cb {
        Callback::Wakeup(task) => Entry::Wakeup(task, fut.clone()),
        Callback::Call(func, ctx) => Entry::Call(func, fut.clone(), ctx),
    };
    schedule(vm, &loop_, entry)
}

// ----- methods -----

fn done(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "done", 0, 0)?;
    Ok(Value::bool(
        this(vm, &args, "done")?.state() != State::Pending,
    ))
}

fn cancelled(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "cancelled", 0, 0)?;
    Ok(Value::bool(
        this(vm, &args, "cancelled")?.state() == State::Cancelled,
    ))
}

fn result(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "result", 0, 0)?;
    result_of(vm, alive(vm, &args, "result")?)
}

fn exception(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "exception", 0, 0)?;
    let d = alive(vm, &args, "exception")?;
    let mut f = d.cell.borrow_mut();
    match f.state {
        State::Cancelled => {
            drop(f);
            Err(take_cancelled_error(vm, d))
        }
        State::Pending => Err(invalid_state(vm, "Exception is not set.")),
        State::Finished => {
            f.log_traceback = false;
            Ok(f.exception())
        }
    }
}

fn get_loop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "get_loop", 0, 0)?;
    Ok(alive(vm, &args, "get_loop")?.cell.borrow().loop_.clone())
}

fn future_set_result(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "set_result", 1, 1)?;
    alive(vm, &args, "set_result")?;
    set_result(vm, &args.args[0], args.args[1].clone())?;
    Ok(Value::None)
}

fn future_set_exception(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "set_exception", 1, 1)?;
    alive(vm, &args, "set_exception")?;
    set_exception(vm, &args.args[0], args.args[1].clone())?;
    Ok(Value::None)
}

/// The `msg` argument of `cancel(msg=None)`.
pub fn msg_arg(vm: &Vm, mut args: Args) -> PyResult<(Value, Value)> {
    let kw = args.take_kw("msg");
    args.no_more_kwargs(vm, "cancel")?;
    if args.args.len() > 2 || (args.args.len() == 2 && kw.is_some()) {
        return Err(vm.type_error("cancel() takes at most 1 argument"));
    }
    let msg = kw
        .or_else(|| args.args.get(1).cloned())
        .unwrap_or(Value::None);
    Ok((args.args[0].clone(), msg))
}

fn future_cancel(vm: &mut Vm, args: Args) -> PyResult<Value> {
    alive(vm, &args, "cancel")?;
    let (fut, msg) = msg_arg(vm, args)?;
    Ok(Value::bool(cancel(vm, &fut, msg)?))
}

fn add_done_callback(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let ctx = args.take_kw("context").unwrap_or(Value::None);
    args.check_method(vm, "add_done_callback", 1, 1)?;
    // As CPython: with no context given, the callback runs in a copy of
    // the current one (none is needed while no ContextVar exists).
    let ctx = if ctx.is_none() {
        super::task::copy_current_context(vm)?
    } else {
        ctx
    };
    alive(vm, &args, "add_done_callback")?;
    add_callback(vm, &args.args[0], Callback::Call(args.args[1].clone(), ctx))?;
    Ok(Value::None)
}

fn remove_done_callback(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "remove_done_callback", 1, 1)?;
    let d = alive(vm, &args, "remove_done_callback")?;
    let target = args.args[1].clone();
    // Compare with no borrow held: `==` may run Python code.
    let funcs: Vec<Value> = d
        .cell
        .borrow()
        .callbacks
        .iter()
        .map(|cb| match cb {
            Callback::Wakeup(t) => t.clone(),
            Callback::Call(f, _) => f.clone(),
        })
        .collect();
    let mut keep = Vec::with_capacity(funcs.len());
    for f in &funcs {
        keep.push(!vm.eq(f, &target)?);
    }
    let mut f = d.cell.borrow_mut();
    let before = f.callbacks.len();
    if before == keep.len() {
        f.callbacks.retain_by(&keep);
    }
    Ok(Value::Int((before - f.callbacks.len()) as i64))
}

fn make_cancelled_error(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "_make_cancelled_error", 0, 0)?;
    let d = this(vm, &args, "_make_cancelled_error")?;
    Ok(Value::Obj(take_cancelled_error(vm, d).exc))
}

/// `__await__` / `__iter__`: an iterator that yields the future to the
/// task driving it, then returns its result.
fn await_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "__await__", 0, 0)?;
    alive(vm, &args, "__await__")?;
    Ok(Value::Obj(PyObject::new(
        vm.types.iter_type("FutureIter"),
        None,
        Payload::Iter(Box::new(RefCell::new(IterState::FutureAwait {
            fut: args.args[0].clone(),
            yielded: false,
        }))),
    )))
}

fn iter_state(args: &Args) -> Option<&RefCell<IterState>> {
    match args.args.first()?.payload() {
        Some(Payload::Iter(st)) => Some(st),
        _ => None,
    }
}

/// `FutureIter.send(value)`: the value is ignored, as CPython does; one
/// step of the await.
fn iter_send(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "send", 1, 1)?;
    let Some(st) = iter_state(&args) else {
        return Err(vm.type_error("send() needs a FutureIter"));
    };
    match crate::types::iter::iter_next(vm, &args.args[0], st)? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(Value::None)),
    }
}

/// `FutureIter.throw(exc)`: the exception is raised where the await is.
fn iter_throw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "throw", 1, 3)?;
    if let Some(st) = iter_state(&args) {
        *st.borrow_mut() = IterState::Exhausted;
    }
    let exc = crate::vm::generator::exception_from_throw_args(vm, &args.args[1..])?;
    Err(PyErr { exc })
}

fn iter_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "close", 0, 0)?;
    if let Some(st) = iter_state(&args) {
        *st.borrow_mut() = IterState::Exhausted;
    }
    Ok(Value::None)
}

pub static ITER_METHODS: &[NativeFunc] = &[
    native!(
        "send",
        iter_send,
        "send(arg) -> send 'arg' into the awaited future."
    ),
    native!(
        "throw",
        iter_throw,
        "throw(typ[,val[,tb]]) -> raise exception in the wait."
    ),
    native!("close", iter_close, "close() -> stop waiting."),
];

/// Is `v` a Future or Task of the built-in classes, whose `__await__` is
/// ours? Then `await` needs no `FutureIter`: the future stands in for it
/// on the awaiting frame's stack (`Vm::get_awaitable`) and `Send` steps it
/// with `await_on_loop`, as the iterator would.
/// An uninitialized one (no loop) takes the general path, whose
/// `__await__` reports it.
pub fn awaits_itself(v: &Value) -> bool {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Future(d) => {
                o.class().type_data().is_some_and(|t| !t.heap) && !d.cell.borrow().loop_.is_none()
            }
            _ => false,
        },
        _ => false,
    }
}

/// One step of `await fut` with the future as its own iterator: yield it
/// to the task while it is pending (the task clears the blocking flag
/// when it takes it, as with CPython's `FutureIter`), else its result.
pub fn await_on_loop(vm: &Vm, fut: &Value) -> PyResult<SendPlan> {
    let Some(d) = data(fut) else {
        return Err(vm.type_error("FutureIter without a future"));
    };
    if d.state() == State::Pending {
        let mut f = d.cell.borrow_mut();
        if f.blocking {
            return Err(vm.runtime_error("await wasn't used with future"));
        }
        f.blocking = true;
        return Ok(SendPlan::Yielded(fut.clone()));
    }
    result_of(vm, d).map(SendPlan::Returned)
}

/// The `FutureIter` a future standing in for one shows as (`cr_await`).
pub fn iter_view(vm: &Vm, fut: &Value) -> Value {
    Value::Obj(PyObject::new(
        vm.types.iter_type("FutureIter"),
        None,
        Payload::Iter(Box::new(RefCell::new(IterState::FutureAwait {
            fut: fut.clone(),
            yielded: true,
        }))),
    ))
}

/// One step of `await future`: `Ok(Some(fut))` to yield it, `Ok(None)`
/// with the result in `out` when it is done.
pub fn await_step(vm: &mut Vm, fut: &Value, yielded: &mut bool) -> PyResult<Option<Value>> {
    let Some(d) = data(fut) else {
        return Err(vm.type_error("FutureIter without a future"));
    };
    if d.state() == State::Pending {
        if *yielded {
            return Err(vm.runtime_error("await wasn't used with future"));
        }
        *yielded = true;
        d.cell.borrow_mut().blocking = true;
        return Ok(Some(fut.clone()));
    }
    match result_of(vm, d) {
        Ok(v) => Err(vm.stop_iteration(v)),
        Err(e) => Err(e),
    }
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "__repr__", 0, 0)?;
    let d = this(vm, &args, "__repr__")?;
    let Some(h) = helpers(vm) else {
        return Ok(vm.new_str("<Future>"));
    };
    let f = if d.is_task() {
        h.task_repr.clone()
    } else {
        h.future_repr.clone()
    };
    vm.call(&f, vec![args.args[0].clone()])
}

/// The private attributes CPython's Future exposes, read from its data
/// (`_state` of an uninitialised future is CPython's RuntimeError).
pub fn getattr(vm: &Vm, d: &FutureData, name: &str) -> PyResult<Option<Value>> {
    if matches!(
        name,
        "_state" | "_result" | "_exception" | "_callbacks" | "_log_traceback"
    ) && d.cell.borrow().loop_.is_none()
    {
        return Err(vm.runtime_error("Future object is not initialized."));
    }
    Ok(fields_attr(vm, d, name))
}

fn fields_attr(vm: &Vm, d: &FutureData, name: &str) -> Option<Value> {
    let f = d.cell.borrow();
    Some(match name {
        "_state" => vm.intern(f.state.name()),
        "_result" => f.result(),
        "_exception" => f.exception(),
        "_loop" => f.loop_.clone(),
        "_cancel_message" => f.cancel_message(),
        "_log_traceback" => Value::bool(f.log_traceback),
        "_asyncio_future_blocking" => Value::bool(f.blocking),
        "_source_traceback" => Value::None,
        _ => return f.task.as_ref().and_then(|t| t.getattr(name)),
    })
}

/// `_callbacks`: (callback, context) pairs; a waiting task shows as its
/// `_wakeup` method.
pub fn callbacks_list(vm: &mut Vm, fut: &Value) -> PyResult<Value> {
    let Some(d) = data(fut).filter(|d| !d.cell.borrow().callbacks.is_empty()) else {
        return Ok(Value::None);
    };
    let cbs: Vec<(Value, Value, bool)> = d
        .cell
        .borrow()
        .callbacks
        .iter()
        .map(|cb| match cb {
            Callback::Wakeup(t) => (t.clone(), Value::None, true),
            Callback::Call(f, c) => (f.clone(), c.clone(), false),
        })
        .collect();
    let mut items = Vec::with_capacity(cbs.len());
    for (f, c, wakeup) in cbs {
        let f = if wakeup {
            vm.getattr_opt(&f, "_wakeup")?.unwrap_or(f)
        } else {
            f
        };
        items.push(vm.new_tuple(vec![f, c]));
    }
    Ok(vm.new_list(items))
}

pub fn setattr(vm: &mut Vm, d: &FutureData, name: &str, v: &Value) -> PyResult<bool> {
    match name {
        "_asyncio_future_blocking" => {
            let b = vm.truthy(v)?;
            d.cell.borrow_mut().blocking = b;
        }
        "_log_traceback" => {
            if vm.truthy(v)? {
                return Err(vm.value_error("_log_traceback can only be set to False"));
            }
            d.cell.borrow_mut().log_traceback = false;
        }
        "_cancel_message" => d.cell.borrow_mut().set_cancel_message(v.clone()),
        _ => return super::task::setattr(vm, d, name, v),
    }
    Ok(true)
}

pub static METHODS: &[NativeFunc] = &[
    native!(
        "__init__",
        future_init,
        "Initialize self.  See help(type(self)) for accurate signature.",
        sig = "($self, /, *, loop=None)"
    ),
    native!("done", done, "Return True if the future is done."),
    native!(
        "cancelled",
        cancelled,
        "Return True if the future was cancelled."
    ),
    native!(
        "result",
        result,
        "Return the result this future represents."
    ),
    native!(
        "exception",
        exception,
        "Return the exception that was set on this future."
    ),
    native!(
        "get_loop",
        get_loop,
        "Return the event loop the Future is bound to."
    ),
    native!(
        "set_result",
        future_set_result,
        "Mark the future done and set its result.",
        sig = "($self, result, /)"
    ),
    native!(
        "set_exception",
        future_set_exception,
        "Mark the future done and set an exception.",
        sig = "($self, exception, /)"
    ),
    native!(
        "cancel",
        future_cancel,
        "Cancel the future and schedule callbacks.",
        sig = "($self, /, msg=None)"
    ),
    native!(
        "add_done_callback",
        add_done_callback,
        "Add a callback to be run when the future becomes done.",
        sig = "($self, fn, /, *, context=None)"
    ),
    native!(
        "remove_done_callback",
        remove_done_callback,
        "Remove all instances of a callback from the \"call when done\" list.",
        sig = "($self, fn, /)"
    ),
    native!(
        "_make_cancelled_error",
        make_cancelled_error,
        "Create the CancelledError to raise if the Future is cancelled."
    ),
    native!(
        "__await__",
        await_,
        "Return an iterator to be used in await expression."
    ),
    native!("__iter__", await_, "Implement iter(self)."),
    native!("__repr__", repr, "Return repr(self)."),
];

//! `_asyncio.Task`: a coroutine driven by the event loop, one step per
//! ready-queue entry. The step resumes the coroutine directly
//! (`Vm::gen_resume`: no `StopIteration` is made for a return), looks at
//! what it yielded (nothing: run again next round; a blocking future:
//! wait for it) and finishes the task when the coroutine ends, as
//! CPython's `Task.__step` does.

use super::future::{
    self, Callback, FutureData, State, cancelled_error, data, invalid_state, msg_arg,
};
use super::{Entry, helpers, schedule};
use crate::native;
use crate::object::{Payload, Value};
use crate::vm::generator::Resumed;
use crate::vm::native::{Args, NativeFunc};
use crate::vm::{PyErr, PyResult, Vm};

pub struct TaskFields {
    pub coro: Value,
    pub context: Value,
    /// The name given, or the task's number (its name is "Task-<n>").
    pub name: Value,
    /// The future this task waits for.
    pub fut_waiter: Value,
    pub must_cancel: bool,
    pub num_cancels: i64,
    /// Set once `__init__` succeeds: dying pending is then reported.
    pub log_destroy_pending: bool,
}

impl Default for TaskFields {
    fn default() -> TaskFields {
        TaskFields {
            coro: Value::None,
            context: Value::None,
            name: Value::None,
            fut_waiter: Value::None,
            must_cancel: false,
            num_cancels: 0,
            log_destroy_pending: false,
        }
    }
}

impl TaskFields {
    pub fn visit(&self, value: &mut dyn FnMut(&Value)) {
        for v in [&self.coro, &self.context, &self.name, &self.fut_waiter] {
            value(v);
        }
    }

    /// The coroutine stays: the report of a task collected pending shows
    /// it (its own frame is cleared, which is enough to break a cycle).
    pub fn clear(&mut self, out: &mut Vec<Value>) {
        for v in [&mut self.context, &mut self.fut_waiter] {
            out.push(std::mem::replace(v, Value::None));
        }
    }

    pub fn getattr(&self, name: &str) -> Option<Value> {
        Some(match name {
            "_coro" => self.coro.clone(),
            "_fut_waiter" => self.fut_waiter.clone(),
            "_must_cancel" => Value::bool(self.must_cancel),
            "_num_cancels_requested" => Value::Int(self.num_cancels),
            "_context" => self.context.clone(),
            "_log_destroy_pending" => Value::bool(self.log_destroy_pending),
            _ => return None,
        })
    }
}

pub fn setattr(vm: &mut Vm, d: &FutureData, name: &str, v: &Value) -> PyResult<bool> {
    if !d.is_task() {
        return Ok(false);
    }
    match name {
        "_must_cancel" => {
            let b = vm.truthy(v)?;
            if let Some(t) = d.cell.borrow_mut().task.as_mut() {
                t.must_cancel = b;
            }
            Ok(true)
        }
        "_log_destroy_pending" => {
            let b = vm.truthy(v)?;
            if let Some(t) = d.cell.borrow_mut().task.as_mut() {
                t.log_destroy_pending = b;
            }
            Ok(true)
        }
        "_context" => {
            if let Some(t) = d.cell.borrow_mut().task.as_mut() {
                t.context = v.clone();
            }
            Ok(true)
        }
        _ => Ok(false),
    }
}

fn this<'a>(vm: &Vm, args: &'a Args, name: &str) -> PyResult<&'a FutureData> {
    args.args
        .first()
        .and_then(data)
        .filter(|d| d.is_task())
        .ok_or_else(|| {
            vm.type_error(format!(
                "descriptor '{name}' requires a '_asyncio.Task' object"
            ))
        })
}

/// Run `f` on the task fields of `d` (which is a task).
fn with_task<R>(d: &FutureData, f: impl FnOnce(&mut TaskFields) -> R) -> Option<R> {
    d.cell.borrow_mut().task.as_mut().map(|t| f(t))
}

/// `asyncio.iscoroutine`: a coroutine, or anything with the methods of
/// `collections.abc.Coroutine`.
fn is_coroutine(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    if let Some(Payload::Generator(g)) = v.payload() {
        return Ok(g.kind == crate::object::GenKind::Coroutine);
    }
    for name in ["send", "throw", "close", "__await__"] {
        if vm.getattr_opt(v, name)?.is_none() {
            return Ok(false);
        }
    }
    Ok(true)
}

pub fn task_init(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let loop_ = args.take_kw("loop");
    let name = args.take_kw("name");
    let context = args.take_kw("context");
    let _eager_start = args.take_kw("eager_start");
    if let Some(c) = args.take_kw("coro") {
        args.args.push(c);
    }
    args.no_more_kwargs(vm, "Task")?;
    if args.args.len() != 2 {
        return Err(vm.type_error(format!(
            "Task.__init__() takes exactly 1 positional argument ({} given)",
            args.args.len().saturating_sub(1)
        )));
    }
    let task = args.args[0].clone();
    let coro = args.args[1].clone();
    this(vm, &args, "__init__")?;
    let d = data(&task).ok_or_else(|| vm.type_error("not a task"))?;
    if !is_coroutine(vm, &coro)? {
        let r = vm.repr_string(&coro)?;
        return Err(vm.type_error(format!("a coroutine was expected, got {r}")));
    }
    let loop_ = future::loop_arg(vm, loop_)?;
    let name = match name {
        Some(n) if !n.is_none() => vm.to_str(&n)?,
        _ => {
            vm.asyncio.task_counter += 1;
            Value::Int(vm.asyncio.task_counter as i64)
        }
    };
    let context = match context {
        Some(c) if !c.is_none() => c,
        _ => copy_current_context(vm)?,
    };
    {
        let mut f = d.cell.borrow_mut();
        f.loop_ = loop_.clone();
        if let Some(t) = f.task.as_mut() {
            t.coro = coro;
            t.name = name;
            t.context = context;
            t.log_destroy_pending = true;
        }
    }
    schedule(vm, &loop_, Entry::Step(task.clone()))?;
    if let Some(o) = task.as_obj() {
        vm.asyncio.task_serial += 1;
        let entry = (vm.asyncio.task_serial, std::rc::Rc::downgrade(o));
        vm.asyncio
            .tasks
            .insert(std::rc::Rc::as_ptr(o) as usize, entry);
    }
    Ok(Value::None)
}

/// A copy of the current context, or None while no `ContextVar` exists
/// (every context is empty then; the task makes its own when needed).
pub fn copy_current_context(vm: &mut Vm) -> PyResult<Value> {
    let Some(h) = helpers(vm) else {
        return Ok(Value::None);
    };
    let cv = h.contextvars.clone();
    if !matches!(
        h.key_used.get(&cv),
        Some(Value::Bool(crate::object::BoolBits::TRUE))
    ) {
        return Ok(Value::None);
    }
    let Some(current) = h.key_current.get(&cv) else {
        return Ok(Value::None);
    };
    let copy = vm.getattr_str(&current, "copy", crate::object::str::hash_str("copy"))?;
    vm.call(&copy, vec![])
}

/// Make the task's context current: returns the one it replaced.
fn enter_context(vm: &mut Vm, d: &FutureData) -> PyResult<Option<Value>> {
    let Some(h) = helpers(vm) else {
        return Ok(None);
    };
    let cv = h.contextvars.clone();
    let mut context = with_task(d, |t| t.context.clone()).unwrap_or(Value::None);
    if context.is_none() {
        if !matches!(
            h.key_used.get(&cv),
            Some(Value::Bool(crate::object::BoolBits::TRUE))
        ) {
            return Ok(None);
        }
        let context_class = h.context_class.clone();
        context = vm.call(&context_class, vec![])?;
        with_task(d, |t| t.context = context.clone());
    }
    let Some(h) = helpers(vm) else {
        return Ok(None);
    };
    let saved = h.key_current.get(&cv).unwrap_or(Value::None);
    h.key_current.set(vm, &cv, context);
    Ok(Some(saved))
}

fn leave_context(vm: &Vm, saved: Option<Value>) {
    if let Some(saved) = saved
        && let Some(h) = helpers(vm)
    {
        h.key_current.set(vm, &h.contextvars, saved);
    }
}

/// Send into (or throw into) the task's coroutine.
fn resume(vm: &mut Vm, coro: &Value, exc: Option<Value>) -> PyResult<Resumed> {
    if let Some(Payload::Generator(_)) = coro.payload() {
        let throw = exc
            .and_then(|e| e.as_obj().cloned())
            .map(|exc| PyErr { exc });
        return vm.gen_resume(coro, Value::None, throw);
    }
    let r = match exc {
        None => {
            let send = vm.getattr_str(coro, "send", crate::object::str::hash_str("send"))?;
            vm.call(&send, vec![Value::None])
        }
        Some(e) => {
            let throw = vm.getattr_str(coro, "throw", crate::object::str::hash_str("throw"))?;
            vm.call(&throw, vec![e])
        }
    };
    match r {
        Ok(v) => Ok(Resumed::Yield(v)),
        Err(e) if vm.err_is(&e, "StopIteration") => Ok(Resumed::Return(vm.exc_first_arg(&e.exc))),
        Err(e) => Err(e),
    }
}

fn is_cancelled_error(vm: &Vm, v: &Value) -> bool {
    helpers(vm).is_some_and(|h| vm.isinstance(v, &h.cancelled_error))
}

/// One step of the task: resume its coroutine with nothing or with
/// `exc`, then act on what came out.
pub fn step(vm: &mut Vm, task: &Value, exc: Option<Value>) -> PyResult<()> {
    let Some(d) = data(task).filter(|d| d.is_task()) else {
        return Err(vm.type_error("Task step needs a task"));
    };
    if d.state() != State::Pending {
        let me = vm.repr_string(task)?;
        let e = match &exc {
            Some(e) => vm.repr_string(e)?,
            None => "None".to_string(),
        };
        return Err(invalid_state(
            vm,
            &format!("_step(): already done: {me}, {e}"),
        ));
    }
    let mut exc = exc;
    let (must_cancel, msg) = {
        let mut f = d.cell.borrow_mut();
        let msg = f.cancel_message();
        let t = f.task.as_mut().expect("checked: a task");
        t.fut_waiter = Value::None;
        let m = t.must_cancel;
        if m {
            t.must_cancel = false;
        }
        (m, msg)
    };
    if must_cancel && !exc.as_ref().is_some_and(|e| is_cancelled_error(vm, e)) {
        exc = Some(Value::Obj(cancelled_error(vm, &msg).exc));
    }
    let (coro, loop_) = {
        let f = d.cell.borrow();
        (
            f.task
                .as_ref()
                .map(|t| t.coro.clone())
                .unwrap_or(Value::None),
            f.loop_.clone(),
        )
    };
    vm.asyncio.current.push((loop_.clone(), task.clone()));
    let saved = match enter_context(vm, d) {
        Ok(s) => s,
        Err(e) => {
            vm.asyncio.current.pop();
            return Err(e);
        }
    };
    let r = resume(vm, &coro, exc);
    let out = after_resume(vm, task, d, &loop_, r);
    leave_context(vm, saved);
    vm.asyncio.current.pop();
    if d.state() != State::Pending
        && let Some(o) = task.as_obj()
    {
        vm.asyncio.tasks.remove(&(std::rc::Rc::as_ptr(o) as usize));
    }
    out
}

fn after_resume(
    vm: &mut Vm,
    task: &Value,
    d: &FutureData,
    loop_: &Value,
    r: PyResult<Resumed>,
) -> PyResult<()> {
    match r {
        Ok(Resumed::Return(v)) => {
            let cancel =
                with_task(d, |t| std::mem::replace(&mut t.must_cancel, false)).unwrap_or(false);
            if cancel {
                let msg = d.cell.borrow().cancel_message();
                future::cancel(vm, task, msg)?;
            } else {
                future::set_result(vm, task, v)?;
            }
            Ok(())
        }
        Err(e) => {
            let ev = Value::Obj(e.exc.clone());
            if is_cancelled_error(vm, &ev) {
                // As CPython: the task is cancelled with no message, and
                // the exception itself is what awaiting it raises first.
                d.cell.borrow_mut().set_cancelled_exc(ev);
                future::cancel(vm, task, Value::None)?;
                return Ok(());
            }
            let fatal = vm.err_is(&e, "KeyboardInterrupt") || vm.err_is(&e, "SystemExit");
            future::set_exception(vm, task, ev)?;
            if fatal {
                // It propagates out of the loop to the program: in CPython
                // tracebacks keep the task alive past any report.
                d.cell.borrow_mut().log_traceback = false;
                return Err(e);
            }
            Ok(())
        }
        Ok(Resumed::Yield(v)) => after_yield(vm, task, d, loop_, v),
    }
}

fn after_yield(vm: &mut Vm, task: &Value, d: &FutureData, loop_: &Value, v: Value) -> PyResult<()> {
    if v.is_none() {
        // A bare yield (sleep(0)): run again in the next round.
        return schedule(vm, loop_, Entry::Step(task.clone()));
    }
    let blocking = match future::data(&v) {
        Some(fd) => Some(fd.cell.borrow().blocking),
        None => match vm.getattr_opt(&v, "_asyncio_future_blocking")? {
            Some(b) => Some(vm.truthy(&b)?),
            None => None,
        },
    };
    let Some(blocking) = blocking else {
        let r = vm.repr_string(&v)?;
        let e = vm.runtime_error(format!("Task got bad yield: {r}"));
        return schedule(vm, loop_, Entry::StepWith(task.clone(), Value::Obj(e.exc)));
    };
    // CPython's order: another loop's future, then a blocking one (which
    // must not be the task itself), then one yielded without `await`.
    let fut_loop = match future::data(&v) {
        Some(fd) => fd.cell.borrow().loop_.clone(),
        None => match vm.getattr_opt(&v, "get_loop")? {
            Some(get) => vm.call(&get, vec![])?,
            None => vm.getattr_opt(&v, "_loop")?.unwrap_or(Value::None),
        },
    };
    if !fut_loop.is(loop_) {
        let (me, it) = (vm.repr_string(task)?, vm.repr_string(&v)?);
        let e = vm.runtime_error(format!(
            "Task {me} got Future {it} attached to a different loop"
        ));
        return schedule(vm, loop_, Entry::StepWith(task.clone(), Value::Obj(e.exc)));
    }
    if blocking && v.is(task) {
        let r = vm.repr_string(task)?;
        let e = vm.runtime_error(format!("Task cannot await on itself: {r}"));
        return schedule(vm, loop_, Entry::StepWith(task.clone(), Value::Obj(e.exc)));
    }
    if !blocking {
        let (me, it) = (vm.repr_string(task)?, vm.repr_string(&v)?);
        let e = vm.runtime_error(format!(
            "yield was used instead of yield from in task {me} with {it}"
        ));
        return schedule(vm, loop_, Entry::StepWith(task.clone(), Value::Obj(e.exc)));
    }
    // Wait for the future: it wakes this task when done.
    let exact = v.as_obj().is_some_and(|o| {
        let c = o.class();
        std::rc::Rc::ptr_eq(c, &vm.types.future) || std::rc::Rc::ptr_eq(c, &vm.types.task)
    });
    if let Some(fd) = future::data(&v) {
        fd.cell.borrow_mut().blocking = false;
    } else {
        vm.setattr(&v, &vm.intern("_asyncio_future_blocking"), Value::FALSE)?;
    }
    if exact {
        future::add_callback(vm, &v, Callback::Wakeup(task.clone()))?;
    } else {
        let wakeup = vm.getattr_str(task, "_wakeup", crate::object::str::hash_str("_wakeup"))?;
        let add = vm.getattr_str(
            &v,
            "add_done_callback",
            crate::object::str::hash_str("add_done_callback"),
        )?;
        vm.call(&add, vec![wakeup])?;
    }
    let must_cancel = with_task(d, |t| {
        t.fut_waiter = v.clone();
        t.must_cancel
    })
    .unwrap_or(false);
    if must_cancel {
        let msg = d.cell.borrow().cancel_message();
        if call_cancel(vm, &v, msg)? {
            with_task(d, |t| t.must_cancel = false);
        }
    }
    Ok(())
}

/// `fut.cancel(msg=msg)` through its class (a subclass may override it).
fn call_cancel(vm: &mut Vm, fut: &Value, msg: Value) -> PyResult<bool> {
    let cancel = vm.getattr_str(fut, "cancel", crate::object::str::hash_str("cancel"))?;
    let r = vm.call_kw(&cancel, vec![], vec![(vm.intern("msg"), msg)])?;
    vm.truthy(&r)
}

/// The future a task waited for is done: step the task with its outcome.
pub fn wakeup(vm: &mut Vm, task: &Value, fut: &Value) -> PyResult<()> {
    let outcome = match future::data(fut) {
        Some(fd) => future::result_of(vm, fd),
        None => {
            let result = vm.getattr_str(fut, "result", crate::object::str::hash_str("result"))?;
            vm.call(&result, vec![])
        }
    };
    match outcome {
        Ok(_) => step(vm, task, None),
        Err(e) => step(vm, task, Some(Value::Obj(e.exc))),
    }
}

// ----- methods -----

fn get_name(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "get_name", 0, 0)?;
    let d = this(vm, &args, "get_name")?;
    let name = with_task(d, |t| t.name.clone()).unwrap_or(Value::None);
    Ok(match name {
        Value::Int(n) => vm.new_string(format!("Task-{n}")),
        other => other,
    })
}

fn set_name(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "set_name", 1, 1)?;
    let d = this(vm, &args, "set_name")?;
    let name = vm.to_str(&args.args[1])?;
    with_task(d, |t| t.name = name);
    Ok(Value::None)
}

fn get_coro(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "get_coro", 0, 0)?;
    let d = this(vm, &args, "get_coro")?;
    Ok(with_task(d, |t| t.coro.clone()).unwrap_or(Value::None))
}

fn get_context(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "get_context", 0, 0)?;
    let d = this(vm, &args, "get_context")?;
    let c = with_task(d, |t| t.context.clone()).unwrap_or(Value::None);
    if !c.is_none() {
        return Ok(c);
    }
    let Some(cls) = helpers(vm).map(|h| h.context_class.clone()) else {
        return Ok(Value::None);
    };
    let c = vm.call(&cls, vec![])?;
    with_task(d, |t| t.context = c.clone());
    Ok(c)
}

fn cancelling(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "cancelling", 0, 0)?;
    let d = this(vm, &args, "cancelling")?;
    Ok(Value::Int(with_task(d, |t| t.num_cancels).unwrap_or(0)))
}

fn uncancel(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "uncancel", 0, 0)?;
    let d = this(vm, &args, "uncancel")?;
    Ok(Value::Int(
        with_task(d, |t| {
            if t.num_cancels > 0 {
                t.num_cancels -= 1;
                if t.num_cancels == 0 {
                    t.must_cancel = false;
                }
            }
            t.num_cancels
        })
        .unwrap_or(0),
    ))
}

fn task_cancel(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "cancel")?;
    let (task, msg) = msg_arg(vm, args)?;
    let Some(d) = data(&task) else {
        return Ok(Value::FALSE);
    };
    if d.state() != State::Pending {
        return Ok(Value::FALSE);
    }
    let waiter = with_task(d, |t| {
        t.num_cancels += 1;
        t.fut_waiter.clone()
    })
    .unwrap_or(Value::None);
    if !waiter.is_none() && call_cancel(vm, &waiter, msg.clone())? {
        return Ok(Value::TRUE);
    }
    let mut f = d.cell.borrow_mut();
    f.set_cancel_message(msg);
    if let Some(t) = f.task.as_mut() {
        t.must_cancel = true;
    }
    Ok(Value::TRUE)
}

fn task_set_result(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(vm.runtime_error("Task does not support set_result operation"))
}

fn task_set_exception(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(vm.runtime_error("Task does not support set_exception operation"))
}

fn step_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "_step", 0, 1)?;
    this(vm, &args, "_step")?;
    let exc = args.args.get(1).cloned().filter(|e| !e.is_none());
    step(vm, &args.args[0], exc)?;
    Ok(Value::None)
}

fn wakeup_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "_wakeup", 1, 1)?;
    this(vm, &args, "_wakeup")?;
    wakeup(vm, &args.args[0], &args.args[1])?;
    Ok(Value::None)
}

pub static METHODS: &[NativeFunc] = &[
    native!(
        "__init__",
        task_init,
        "Initialize self.  See help(type(self)) for accurate signature.",
        sig = "($self, /, coro, *, loop=None, name=None, context=None, eager_start=False)"
    ),
    native!("get_name", get_name, "Return the task's name."),
    native!(
        "set_name",
        set_name,
        "Set the task's name.",
        sig = "($self, value, /)"
    ),
    native!("get_coro", get_coro, "Return the coroutine the task wraps."),
    native!(
        "get_context",
        get_context,
        "Return the context the task's steps run in."
    ),
    native!(
        "cancelling",
        cancelling,
        "Return the count of the task's cancellation requests."
    ),
    native!(
        "uncancel",
        uncancel,
        "Decrement the task's count of cancellation requests."
    ),
    native!(
        "cancel",
        task_cancel,
        "Request that this task cancel itself.",
        sig = "($self, /, msg=None)"
    ),
    native!(
        "set_result",
        task_set_result,
        "Tasks do not support setting a result.",
        sig = "($self, result, /)"
    ),
    native!(
        "set_exception",
        task_set_exception,
        "Tasks do not support setting an exception.",
        sig = "($self, exception, /)"
    ),
    native!("_step", step_method, "Run the task's coroutine one step."),
    native!(
        "_wakeup",
        wakeup_method,
        "Step the task with the outcome of the future it waited for."
    ),
];

//! `_asyncio`: the native core of asyncio. `Future` and `Task` are
//! built-in classes (`future.rs`, `task.rs`); the loop's ready queue is a
//! `collections.deque` that the loop (Python, `modules/py/asyncio.py`)
//! owns and `_run_ready` drains here. Futures and tasks put their own work
//! on it as compact entries (a task to step, a `(callback, future,
//! context)` triple) instead of `Handle` objects; `Handle`s from
//! `call_soon` and timers are run through their `_run`.
//!
//! The Python side hands over what the native side needs (exception
//! classes, repr and report helpers, the loop class, `contextvars`) once,
//! through `_set_helpers`.

pub mod future;
pub mod handle;
pub mod task;
pub mod timers;

use crate::native;
use crate::object::{ObjRef, Payload, PyObject, Value};
use crate::vm::native::{Args, NativeFunc};
use crate::vm::{PyResult, Vm};
use std::rc::{Rc, Weak};

/// A name looked up on every task step, hashed once.
pub struct Key {
    pub name: &'static str,
    pub hash: i64,
}

impl Key {
    fn new(name: &'static str) -> Key {
        Key {
            name,
            hash: crate::object::str::hash_str(name),
        }
    }

    /// The value under this name in namespace `d`.
    pub fn get(&self, d: &ObjRef) -> Option<Value> {
        d.dict_data()?
            .borrow()
            .get_str(self.name, self.hash)
            .cloned()
    }

    /// Set this name in namespace `d` (the old value is dropped after
    /// the borrow ends).
    pub fn set(&self, vm: &Vm, d: &ObjRef, v: Value) {
        let Some(dd) = d.dict_data() else { return };
        let old = {
            let mut dd = dd.borrow_mut();
            match dd.find_str_index(self.name, self.hash) {
                Some(i) => dd.replace_at(i, v),
                None => {
                    dd.push_new(self.hash, vm.intern(self.name), v);
                    None
                }
            }
        };
        drop(old);
    }
}

/// Values asyncio's Python half registers for the native half.
pub struct Helpers {
    /// `contextvars._used`, `contextvars._current`, a loop's `_ready`
    /// and `_closed`.
    pub key_used: Key,
    pub key_current: Key,
    pub key_ready: Key,
    pub key_closed: Key,
    pub cancelled_error: ObjRef,
    pub invalid_state_error: ObjRef,
    pub get_event_loop: Value,
    pub future_repr: Value,
    pub task_repr: Value,
    /// `_report_dead(future)`: a future died with an exception nobody
    /// retrieved, or a task died pending.
    pub report_dead: Value,
    /// `_callback_error(callback, args, exc)`: a callback raised.
    pub callback_error: Value,
    /// `_handle_error(handle, exc)`: a handle's callback raised.
    pub handle_error: Value,
    pub handle_repr: Value,
    /// The loop class whose ready queue entries may go onto directly.
    pub loop_class: Value,
    /// The `contextvars` module's namespace (`_current`, `_used`).
    pub contextvars: ObjRef,
    pub context_class: Value,
}

/// The interpreter's asyncio state.
#[derive(Default)]
pub struct AsyncioState {
    pub helpers: Option<Box<Helpers>>,
    /// (loop, task) for each task step running, innermost last.
    pub current: Vec<(Value, Value)>,
    /// Every unfinished task, weakly, by address, with its serial
    /// number (`all_tasks` lists them oldest first).
    pub tasks: hashbrown::HashMap<usize, (u64, Weak<PyObject>)>,
    pub task_serial: u64,
    /// Numbers the default task names ("Task-1", ...).
    pub task_counter: u64,
}

pub fn helpers(vm: &Vm) -> Option<&Helpers> {
    vm.asyncio.helpers.as_deref()
}

/// Work for the loop's ready queue.
pub enum Entry {
    /// Step a task.
    Step(Value),
    /// Step a task, throwing an exception into it.
    StepWith(Value, Value),
    /// Wake a task: the future it waited for is done.
    Wakeup(Value, Value),
    /// Call a future's done callback: (callback, future, context).
    Call(Value, Value, Value),
}

/// The loop's ready deque, if the loop is ours and open: entries can go
/// straight onto it.
fn own_ready_queue(vm: &Vm, loop_: &Value) -> Option<Value> {
    let h = helpers(vm)?;
    let o = loop_.as_obj()?;
    if !h
        .loop_class
        .as_obj()
        .is_some_and(|c| Rc::ptr_eq(c, o.class()))
    {
        return None;
    }
    let dict = o.inst_dict()?;
    if h.key_closed
        .get(dict)
        .is_none_or(|c| !matches!(c, Value::Bool(crate::object::BoolBits::FALSE)))
    {
        return None;
    }
    h.key_ready
        .get(dict)
        .filter(|r| crate::types::deque::data(r).is_some())
}

/// Put `entry` on `loop_`'s ready queue: directly for our own loop, else
/// through its `call_soon` (which may be the user's).
pub fn schedule(vm: &mut Vm, loop_: &Value, entry: Entry) -> PyResult<()> {
    if let Some(ready) = own_ready_queue(vm, loop_)
        && let Some(q) = crate::types::deque::data(&ready)
    {
        match entry {
            Entry::Step(task) => {
                q.push_back(task);
                return Ok(());
            }
            Entry::Wakeup(task, fut) => {
                let item = vm.new_tuple(vec![task, fut, Value::None]);
                q.push_back(item);
                return Ok(());
            }
            Entry::Call(func, fut, ctx) => {
                let item = vm.new_tuple(vec![func, fut, ctx]);
                q.push_back(item);
                return Ok(());
            }
            Entry::StepWith(..) => return schedule_by_call(vm, loop_, entry),
        }
    }
    schedule_by_call(vm, loop_, entry)
}

fn schedule_by_call(vm: &mut Vm, loop_: &Value, entry: Entry) -> PyResult<()> {
    let call_soon = vm.getattr_str(
        loop_,
        "call_soon",
        crate::object::str::hash_str("call_soon"),
    )?;
    let method = |vm: &mut Vm, task: &Value, name: &str| {
        vm.getattr_str(task, name, crate::object::str::hash_str(name))
    };
    let (args, ctx) = match entry {
        Entry::Step(task) => (vec![method(vm, &task, "_step")?], Value::None),
        Entry::StepWith(task, exc) => (vec![method(vm, &task, "_step")?, exc], Value::None),
        Entry::Wakeup(task, fut) => (vec![method(vm, &task, "_wakeup")?, fut], Value::None),
        Entry::Call(func, fut, ctx) => (vec![func, fut], ctx),
    };
    let kwargs = if ctx.is_none() {
        vec![]
    } else {
        vec![(vm.intern("context"), ctx)]
    };
    vm.call_kw(&call_soon, args, kwargs)?;
    Ok(())
}

fn is_fatal(vm: &Vm, e: &crate::vm::PyErr) -> bool {
    vm.err_is(e, "KeyboardInterrupt") || vm.err_is(e, "SystemExit")
}

/// A callback raised: report it through the loop's exception handler.
fn report_callback_error(
    vm: &mut Vm,
    func: Value,
    arg: Value,
    e: crate::vm::PyErr,
) -> PyResult<()> {
    if is_fatal(vm, &e) {
        return Err(e);
    }
    let Some(report) = helpers(vm).map(|h| h.callback_error.clone()) else {
        return Err(e);
    };
    let args = vm.new_tuple(vec![arg]);
    vm.call(&report, vec![func, args, Value::Obj(e.exc)])?;
    Ok(())
}

/// Run one ready-queue entry.
fn run_entry(vm: &mut Vm, item: Value) -> PyResult<()> {
    if let Some(d) = future::data(&item) {
        if !d.is_task() {
            return timers::fire_sleep(vm, &item);
        }
        return match task::step(vm, &item, None) {
            Err(e) => {
                let step = vm.getattr_str(&item, "_step", crate::object::str::hash_str("_step"))?;
                report_callback_error(vm, step, Value::None, e)
            }
            Ok(()) => Ok(()),
        };
    }
    if let Some(Payload::Tuple(t)) = item.payload()
        && t.len() == 3
    {
        let (func, arg, ctx) = (t[0].clone(), t[1].clone(), t[2].clone());
        if future::data(&func).is_some_and(|d| d.is_task()) {
            return match task::wakeup(vm, &func, &arg) {
                Err(e) => {
                    let w =
                        vm.getattr_str(&func, "_wakeup", crate::object::str::hash_str("_wakeup"))?;
                    report_callback_error(vm, w, arg, e)
                }
                Ok(()) => Ok(()),
            };
        }
        let r = if ctx.is_none() {
            vm.call(&func, vec![arg.clone()])
        } else {
            let run = vm.getattr_str(&ctx, "run", crate::object::str::hash_str("run"))?;
            vm.call(&run, vec![func.clone(), arg.clone()])
        };
        return match r {
            Ok(_) => Ok(()),
            Err(e) => report_callback_error(vm, func, arg, e),
        };
    }
    if handle::data(&item).is_some() {
        return handle::run(vm, &item);
    }
    // Anything else with a handle's interface.
    let cancelled = vm.getattr_str(
        &item,
        "_cancelled",
        crate::object::str::hash_str("_cancelled"),
    )?;
    if vm.truthy(&cancelled)? {
        return Ok(());
    }
    let run = vm.getattr_str(&item, "_run", crate::object::str::hash_str("_run"))?;
    vm.call(&run, vec![])?;
    Ok(())
}

/// `_run_ready(ready)`: run the entries on the ready deque now; what they
/// schedule waits for the next round.
fn run_ready(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "_run_ready", 1, 1)?;
    let ready = args.args[0].clone();
    let Some(q) = crate::types::deque::data(&ready) else {
        return Err(vm.type_error("_run_ready() needs a deque"));
    };
    let n = q.len();
    for _ in 0..n {
        let item = {
            let Some(q) = crate::types::deque::data(&ready) else {
                break;
            };
            let item = q.items.borrow_mut().pop_front();
            q.mutations.set(q.mutations.get().wrapping_add(1));
            match item {
                Some(i) => i,
                None => break,
            }
        };
        run_entry(vm, item)?;
    }
    Ok(Value::None)
}

fn set_helpers(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let mut take = |name: &str| args.take_kw(name).unwrap_or(Value::None);
    let class = |v: Value| v.as_obj().filter(|o| o.type_data().is_some()).cloned();
    let cancelled_error = take("cancelled_error");
    let invalid_state_error = take("invalid_state_error");
    let get_event_loop = take("get_event_loop");
    let future_repr = take("future_repr");
    let task_repr = take("task_repr");
    let report_dead = take("report_dead");
    let callback_error = take("callback_error");
    let handle_error = take("handle_error");
    let handle_repr = take("handle_repr");
    let loop_class = take("loop_class");
    let contextvars = take("contextvars");
    let context_class = take("context_class");
    let (Some(cancelled_error), Some(invalid_state_error)) =
        (class(cancelled_error), class(invalid_state_error))
    else {
        return Err(vm.type_error("_set_helpers() needs the exception classes"));
    };
    let Some(contextvars) = contextvars
        .as_obj()
        .and_then(crate::types::module::module_dict)
    else {
        return Err(vm.type_error("_set_helpers() needs the contextvars module"));
    };
    vm.asyncio.helpers = Some(Box::new(Helpers {
        key_used: Key::new("_used"),
        key_current: Key::new("_current"),
        key_ready: Key::new("_ready"),
        key_closed: Key::new("_closed"),
        cancelled_error,
        invalid_state_error,
        get_event_loop,
        future_repr,
        task_repr,
        report_dead,
        callback_error,
        handle_error,
        handle_repr,
        loop_class,
        contextvars,
        context_class,
    }));
    Ok(Value::None)
}

/// `_current_task(loop)`: the task whose step is running on `loop`.
fn current_task(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "_current_task", 1, 1)?;
    let loop_ = &args.args[0];
    Ok(vm
        .asyncio
        .current
        .iter()
        .rev()
        .find(|(l, _)| l.is(loop_))
        .map(|(_, t)| t.clone())
        .unwrap_or(Value::None))
}

/// `_live_tasks()`: the unfinished tasks still alive, oldest first.
fn live_tasks(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "_live_tasks", 0, 0)?;
    vm.asyncio.tasks.retain(|_, (_, w)| w.strong_count() > 0);
    let mut tasks: Vec<(u64, Value)> = Vec::new();
    for (order, w) in vm.asyncio.tasks.values() {
        if let Some(o) = w.upgrade() {
            tasks.push((*order, Value::Obj(o)));
        }
    }
    tasks.sort_by_key(|(n, _)| *n);
    Ok(vm.new_list(tasks.into_iter().map(|(_, v)| v).collect()))
}

pub static FUNCS: &[NativeFunc] = &[
    native!(
        "_run_ready",
        run_ready,
        "Run the entries now on a loop's ready queue."
    ),
    native!(
        "_set_helpers",
        set_helpers,
        "Register what the native half of asyncio needs from the Python half."
    ),
    native!(
        "_current_task",
        current_task,
        "Return the task running on the loop, or None."
    ),
    native!(
        "_live_tasks",
        live_tasks,
        "Return the unfinished tasks that are still alive."
    ),
];

/// The `_asyncio` module: the functions and the two classes.
pub fn module(vm: &mut Vm) -> ObjRef {
    let m = super::native_module(vm, "_asyncio", FUNCS);
    super::add_functions(vm, &m, timers::FUNCS);
    if let Some(d) = crate::types::module::module_dict(&m) {
        vm.dict_set_str(&d, "Future", Value::Obj(vm.types.future.clone()));
        vm.dict_set_str(&d, "Task", Value::Obj(vm.types.task.clone()));
        vm.dict_set_str(&d, "Handle", Value::Obj(vm.types.handle.clone()));
        vm.dict_set_str(&d, "TimerHandle", Value::Obj(vm.types.timer_handle.clone()));
    }
    m
}

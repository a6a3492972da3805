//! The loop's timer heap: `(when, seq, entry)` triples on a `_heapq`
//! heap that the Python loop owns (`BaseEventLoop._timers`).
//!
//! An entry is a `TimerHandle` (from `call_at`/`call_later`), or, for
//! `asyncio.sleep`, the sleep's own future: the timer then resolves the
//! future with None when it fires. CPython makes a `TimerHandle` and an
//! argument tuple for every sleep; a sleeping task is the commonest
//! thing a loop holds, so skipping both is most of the difference
//! between our memory per task and CPython's. The order of events is
//! the same: the due future goes onto the ready queue where the handle
//! would, and is resolved when the queue reaches it.

use super::future;
use crate::native;
use crate::object::{Payload, Value};
use crate::vm::native::{Args, NativeFunc};
use crate::vm::{PyResult, Vm};
use std::cell::RefCell;

/// Whether timer entry `h` will still do something when it fires: a
/// handle not cancelled, a sleep future still pending and not abandoned.
fn is_live(vm: &mut Vm, h: &Value) -> PyResult<bool> {
    if let Some(d) = super::handle::data(h) {
        return Ok(!d.borrow().cancelled);
    }
    if let Some(d) = future::data(h) {
        return Ok(d.cell.borrow().timer_live());
    }
    // Something else with a handle's interface.
    let c = vm.getattr_str(h, "_cancelled", crate::object::str::hash_str("_cancelled"))?;
    Ok(!vm.truthy(&c)?)
}

fn heap_arg<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a RefCell<Vec<Value>>> {
    match v.payload() {
        Some(Payload::List(items)) => Ok(items),
        _ => Err(vm.type_error("the loop's timers must be a list")),
    }
}

/// The first timer's `(when, entry)`, if there is one.
fn first(heap: &RefCell<Vec<Value>>) -> Option<(Value, Value)> {
    let items = heap.borrow();
    match items.first()?.payload() {
        Some(Payload::Tuple(t)) if t.len() == 3 => Some((t[0].clone(), t[2].clone())),
        _ => None,
    }
}

/// `_due_timers(timers, ready, now)`: move every timer due by `now` from
/// the heap onto the ready deque, dropping the dead ones.
fn due_timers(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "_due_timers", 3, 3)?;
    let heap = heap_arg(vm, &args.args[0])?;
    let Some(ready) = crate::types::deque::data(&args.args[1]) else {
        return Err(vm.type_error("_due_timers() needs a deque"));
    };
    let now = &args.args[2];
    while let Some((when, _)) = first(heap) {
        let due = vm.compare(crate::bytecode::CmpOp::Le, &when, now)?;
        if !vm.truthy(&due)? {
            break;
        }
        let Some(Value::Obj(t)) = crate::modules::heapq::pop(vm, heap)? else {
            break;
        };
        let Payload::Tuple(t) = &t.payload else {
            continue;
        };
        let entry = t[2].clone();
        if is_live(vm, &entry)? {
            ready.push_back(entry);
        }
    }
    Ok(Value::None)
}

/// `_next_timer(timers)`: drop the dead timers at the front of the heap
/// and return the first live one's deadline, or None.
fn next_timer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "_next_timer", 1, 1)?;
    let heap = heap_arg(vm, &args.args[0])?;
    while let Some((when, entry)) = first(heap) {
        if is_live(vm, &entry)? {
            return Ok(when);
        }
        crate::modules::heapq::pop(vm, heap)?;
    }
    Ok(Value::None)
}

/// `_drop_timer(future)`: a sleep gave up its future before the timer
/// fired (its coroutine was closed or thrown into): the timer is dead.
fn drop_timer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "_drop_timer", 1, 1)?;
    if let Some(d) = future::data(&args.args[0]) {
        d.cell.borrow_mut().timer_dropped = true;
    }
    Ok(Value::None)
}

/// A sleep's future reached the front of the ready queue: resolve it
/// unless its sleep was cancelled or abandoned meanwhile.
pub fn fire_sleep(vm: &mut Vm, fut: &Value) -> PyResult<()> {
    let live = future::data(fut).is_some_and(|d| d.cell.borrow().timer_live());
    if live {
        future::set_result(vm, fut, Value::None)?;
    }
    Ok(())
}

pub static FUNCS: &[NativeFunc] = &[
    native!(
        "_due_timers",
        due_timers,
        "Move the timers due by now onto the ready queue."
    ),
    native!(
        "_next_timer",
        next_timer,
        "Drop dead timers at the front; return the next deadline or None."
    ),
    native!(
        "_drop_timer",
        drop_timer,
        "Mark a sleep's timer dead: its sleep ended before it fired."
    ),
];

//! `_heapq`: the heap primitives in Rust (asyncio's timers and every
//! priority queue sit on them); `heapq.py` adds the rest.
//!
//! Items are compared with Python's `<`, which may run Python code, so no
//! borrow of the list is held across a comparison: each step copies the
//! two items out, compares, then writes back. A list that changes size
//! under a comparison raises CPython's RuntimeError.

use crate::bytecode::CmpOp;
use crate::native;
use crate::object::{Payload, Value};
use crate::vm::native::{Args, NativeFunc};
use crate::vm::{PyResult, Vm};
use std::cell::RefCell;

fn list_arg<'a>(
    vm: &Vm,
    v: &'a Value,
    fname: &str,
    only: bool,
) -> PyResult<&'a RefCell<Vec<Value>>> {
    match v.payload() {
        Some(Payload::List(items)) => Ok(items),
        _ => {
            let which = if only { "argument" } else { "argument 1" };
            let got = if v.is_none() {
                "None".to_string()
            } else {
                vm.type_name(v)
            };
            Err(vm.type_error(format!("{fname}() {which} must be list, not {got}")))
        }
    }
}

fn less(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        return Ok(x < y);
    }
    // Tuples of numbers (asyncio's (when, seq, handle) timers) are
    // decided by the comparison's own fast path for inline numbers.
    let r = vm.compare(CmpOp::Lt, a, b)?;
    vm.truthy(&r)
}

fn get(vm: &Vm, heap: &RefCell<Vec<Value>>, i: usize, len: usize) -> PyResult<Value> {
    let items = heap.borrow();
    if items.len() != len {
        return Err(vm.runtime_error("list changed size during iteration"));
    }
    Ok(items[i].clone())
}

fn set(heap: &RefCell<Vec<Value>>, i: usize, v: Value) {
    if let Some(slot) = heap.borrow_mut().get_mut(i) {
        *slot = v;
    }
}

/// Move the item at `pos` up towards `start` while it is smaller than its
/// parent.
fn sift_down(
    vm: &mut Vm,
    heap: &RefCell<Vec<Value>>,
    start: usize,
    mut pos: usize,
) -> PyResult<()> {
    let len = heap.borrow().len();
    let item = get(vm, heap, pos, len)?;
    while pos > start {
        let parent_pos = (pos - 1) >> 1;
        let parent = get(vm, heap, parent_pos, len)?;
        if !less(vm, &item, &parent)? {
            break;
        }
        set(heap, pos, parent);
        pos = parent_pos;
    }
    set(heap, pos, item);
    Ok(())
}

/// Move the smaller child up until a leaf is reached, put the item there,
/// then let it rise (fewer comparisons than stopping early).
fn sift_up(vm: &mut Vm, heap: &RefCell<Vec<Value>>, mut pos: usize) -> PyResult<()> {
    let len = heap.borrow().len();
    let start = pos;
    let item = get(vm, heap, pos, len)?;
    let mut child = 2 * pos + 1;
    while child < len {
        let right = child + 1;
        if right < len {
            let (c, r) = (get(vm, heap, child, len)?, get(vm, heap, right, len)?);
            if !less(vm, &c, &r)? {
                child = right;
            }
        }
        let up = get(vm, heap, child, len)?;
        set(heap, pos, up);
        pos = child;
        child = 2 * pos + 1;
    }
    set(heap, pos, item);
    sift_down(vm, heap, start, pos)
}

fn heappush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "heappush", 2, 2)?;
    let heap = list_arg(vm, &args.args[0], "heappush", false)?;
    let pos = {
        let mut items = heap.borrow_mut();
        items.push(args.args[1].clone());
        items.len() - 1
    };
    sift_down(vm, heap, 0, pos)?;
    Ok(Value::None)
}

fn heappop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "heappop", 1, 1)?;
    let heap = list_arg(vm, &args.args[0], "heappop", true)?;
    pop(vm, heap)?.ok_or_else(|| vm.index_error("index out of range"))
}

/// Take the smallest item off `heap` (None if it is empty).
pub fn pop(vm: &mut Vm, heap: &RefCell<Vec<Value>>) -> PyResult<Option<Value>> {
    let last = heap.borrow_mut().pop();
    let Some(last) = last else {
        return Ok(None);
    };
    let top = {
        let mut items = heap.borrow_mut();
        match items.first_mut() {
            Some(first) => std::mem::replace(first, last),
            None => return Ok(Some(last)),
        }
    };
    sift_up(vm, heap, 0)?;
    Ok(Some(top))
}

fn heapreplace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "heapreplace", 2, 2)?;
    let heap = list_arg(vm, &args.args[0], "heapreplace", false)?;
    let top = {
        let mut items = heap.borrow_mut();
        match items.first_mut() {
            Some(first) => std::mem::replace(first, args.args[1].clone()),
            None => return Err(vm.index_error("index out of range")),
        }
    };
    sift_up(vm, heap, 0)?;
    Ok(top)
}

fn heappushpop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "heappushpop", 2, 2)?;
    let heap = list_arg(vm, &args.args[0], "heappushpop", false)?;
    let item = args.args[1].clone();
    let first = heap.borrow().first().cloned();
    let Some(first) = first else {
        return Ok(item);
    };
    if !less(vm, &first, &item)? {
        return Ok(item);
    }
    let top = {
        let mut items = heap.borrow_mut();
        match items.first_mut() {
            Some(slot) => std::mem::replace(slot, item),
            None => return Err(vm.runtime_error("list changed size during iteration")),
        }
    };
    sift_up(vm, heap, 0)?;
    Ok(top)
}

fn heapify(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "heapify", 1, 1)?;
    let heap = list_arg(vm, &args.args[0], "heapify", true)?;
    let len = heap.borrow().len();
    for pos in (0..len / 2).rev() {
        sift_up(vm, heap, pos)?;
    }
    Ok(Value::None)
}

pub static FUNCS: &[NativeFunc] = &[
    native!(
        "heappush",
        heappush,
        "Push item onto heap, keeping the heap invariant.",
        sig = "($module, heap, item, /)"
    ),
    native!(
        "heappop",
        heappop,
        "Pop and return the smallest item of heap, keeping the heap invariant.",
        sig = "($module, heap, /)"
    ),
    native!(
        "heapreplace",
        heapreplace,
        "Pop and return the smallest item, then push item (the heap keeps its size).",
        sig = "($module, heap, item, /)"
    ),
    native!(
        "heappushpop",
        heappushpop,
        "Push item, then pop and return the smallest item (faster than the two calls).",
        sig = "($module, heap, item, /)"
    ),
    native!(
        "heapify",
        heapify,
        "Turn a list into a heap, in place, in linear time.",
        sig = "($module, heap, /)"
    ),
];

//! `gc`: Anext frees objects by reference counting the moment they become
//! unreachable and has no cycle collector yet, so `collect()` finds
//! nothing; the switches and thresholds are kept so programs that tune
//! them run unchanged.

use crate::native;
use crate::object::Value;
use crate::vm::native::{Args, NativeFunc};
use crate::vm::{PyResult, Vm};
use std::cell::Cell;

thread_local! {
    static ENABLED: Cell<bool> = const { Cell::new(true) };
    static THRESHOLD: Cell<(i64, i64, i64)> = const { Cell::new((2000, 10, 0)) };
}

fn collect(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.bind(vm, "collect", false, &["generation"], 0, 0)?;
    if let Some(g) = &p[0] {
        let g = vm.index_value(g)?;
        if !(0..=2).contains(&g) {
            return Err(vm.value_error("invalid generation"));
        }
    }
    // Dropped generators and coroutines are finalized on the spot; run any
    // finalizers still queued so that collect() leaves nothing pending.
    vm.run_finalizers();
    Ok(Value::Int(0))
}

fn enable(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    ENABLED.with(|e| e.set(true));
    Ok(Value::None)
}

fn disable(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    ENABLED.with(|e| e.set(false));
    Ok(Value::None)
}

fn isenabled(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Bool(ENABLED.with(|e| e.get())))
}

fn get_threshold(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let (a, b, c) = THRESHOLD.with(|t| t.get());
    Ok(vm.new_tuple(vec![Value::Int(a), Value::Int(b), Value::Int(c)]))
}

fn set_threshold(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.args.is_empty() || args.args.len() > 3 || !args.kwargs.is_empty() {
        return Err(vm.type_error("gc.set_threshold requires 1 to 3 arguments"));
    }
    let mut t = THRESHOLD.with(|t| t.get());
    let parts = [&mut t.0, &mut t.1, &mut t.2];
    for (slot, v) in parts.into_iter().zip(args.args.iter()) {
        *slot = vm.index_value(v)?;
    }
    THRESHOLD.with(|c| c.set(t));
    Ok(Value::None)
}

fn get_count(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.new_tuple(vec![Value::Int(0), Value::Int(0), Value::Int(0)]))
}

/// Whether the collector would track the object: containers and
/// instances, not atoms like ints and strings.
fn is_tracked(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "is_tracked", 1, 1)?;
    use crate::object::Payload;
    let atomic = |v: &Value| match v {
        Value::Obj(o) => matches!(
            o.payload,
            Payload::Str(_) | Payload::Int(_) | Payload::Float(_) | Payload::Bytes(_)
        ),
        _ => true,
    };
    let tracked = match &args.args[0] {
        // CPython untracks dicts holding only atoms.
        Value::Obj(o) if matches!(o.payload, Payload::Dict(_)) => o.dict_data().is_some_and(|d| {
            d.borrow()
                .iter()
                .any(|e| !atomic(&e.key) || !atomic(&e.value))
        }),
        Value::Obj(o) => !matches!(
            o.payload,
            Payload::Str(_)
                | Payload::Int(_)
                | Payload::Float(_)
                | Payload::Complex(..)
                | Payload::Bytes(_)
                | Payload::Singleton
        ),
        _ => false,
    };
    Ok(Value::Bool(tracked))
}

fn empty_list(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.new_list(Vec::new()))
}

fn nothing(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn zero(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(0))
}

static GC: &[NativeFunc] = &[
    native!(
        "collect",
        collect,
        "Run a collection; return the number of unreachable objects found (always 0: there is no cycle collector yet)."
    ),
    native!("enable", enable, "Enable automatic garbage collection."),
    native!("disable", disable, "Disable automatic garbage collection."),
    native!(
        "isenabled",
        isenabled,
        "Return whether automatic collection is enabled."
    ),
    native!(
        "get_threshold",
        get_threshold,
        "Return the collection thresholds as a 3-tuple."
    ),
    native!(
        "set_threshold",
        set_threshold,
        "Set the collection thresholds (up to three)."
    ),
    native!(
        "get_count",
        get_count,
        "Return the current collection counts as a 3-tuple."
    ),
    native!(
        "is_tracked",
        is_tracked,
        "Return whether the collector tracks the object."
    ),
    native!(
        "get_objects",
        empty_list,
        "Return the tracked objects (Anext keeps no such list: empty)."
    ),
    native!(
        "get_referrers",
        empty_list,
        "Return the objects that refer to the arguments (not tracked here: empty)."
    ),
    native!(
        "get_referents",
        empty_list,
        "Return the objects the arguments refer to (not tracked here: empty)."
    ),
    native!(
        "freeze",
        nothing,
        "Move all tracked objects to a permanent generation (no effect here)."
    ),
    native!("unfreeze", nothing, "Undo freeze() (no effect here)."),
    native!(
        "get_freeze_count",
        zero,
        "Return the number of frozen objects."
    ),
];

pub fn module(vm: &mut Vm) -> crate::object::ObjRef {
    let m = super::native_module(vm, "gc", GC);
    if let Some(d) = crate::types::module::module_dict(&m) {
        let garbage = vm.new_list(Vec::new());
        vm.dict_set_str(&d, "garbage", garbage);
        let callbacks = vm.new_list(Vec::new());
        vm.dict_set_str(&d, "callbacks", callbacks);
        for (name, v) in [
            ("DEBUG_STATS", 1),
            ("DEBUG_COLLECTABLE", 2),
            ("DEBUG_UNCOLLECTABLE", 4),
            ("DEBUG_SAVEALL", 32),
            ("DEBUG_LEAK", 38),
        ] {
            vm.dict_set_str(&d, name, Value::Int(v));
        }
    }
    m
}

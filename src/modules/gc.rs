//! `gc`: the interface to the cycle collector (`vm::cycles`). Reference
//! counting frees most objects the moment they become unreachable; the
//! collector finds reference cycles, automatically when the young
//! generation passes the first threshold, or on `collect()`.

use crate::native;
use crate::object::ObjRef;
use crate::object::Value;
use crate::object::tracking::{self, visit_refs, with_registry};
use crate::vm::native::{Args, NativeFunc};
use crate::vm::{PyResult, Vm};

fn collect(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.bind(vm, "collect", false, &["generation"], 0, 0)?;
    let mut generation = 2;
    if let Some(g) = &p[0] {
        let g = vm.index_value(g)?;
        if !(0..=2).contains(&g) {
            return Err(vm.value_error("invalid generation"));
        }
        generation = g as usize;
    }
    // Finalizers still queued run first, so what they release is seen.
    vm.run_finalizers();
    let found = vm.collect_cycles(generation);
    Ok(Value::Int(found as i64))
}

fn enable(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    with_registry(|r| r.enabled = true);
    Ok(Value::None)
}

fn disable(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    with_registry(|r| r.enabled = false);
    Ok(Value::None)
}

fn isenabled(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::bool(with_registry(|r| r.enabled)))
}

fn get_threshold(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let (a, b, c) = with_registry(|r| r.thresholds);
    Ok(vm.new_tuple(vec![Value::Int(a), Value::Int(b), Value::Int(c)]))
}

fn set_threshold(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.args.is_empty() || args.args.len() > 3 || !args.kwargs.is_empty() {
        return Err(vm.type_error("gc.set_threshold requires 1 to 3 arguments"));
    }
    let mut t = with_registry(|r| r.thresholds);
    let parts = [&mut t.0, &mut t.1, &mut t.2];
    for (slot, v) in parts.into_iter().zip(args.args.iter()) {
        *slot = vm.index_value(v)?;
    }
    with_registry(|r| r.thresholds = t);
    Ok(Value::None)
}

fn get_count(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let (young, (middle, old)) = with_registry(|r| (r.generations[0].live as i64, r.collections));
    Ok(vm.new_tuple(vec![Value::Int(young), Value::Int(middle), Value::Int(old)]))
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
    Ok(Value::bool(tracked))
}

fn tracked_objects(generations: std::ops::RangeInclusive<usize>) -> Vec<ObjRef> {
    let mut out = Vec::new();
    with_registry(|r| {
        for g in &r.generations[generations] {
            g.members(&mut out);
        }
    });
    out
}

fn get_objects(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.bind(vm, "get_objects", false, &["generation"], 0, 0)?;
    let generation = match p[0].as_ref().filter(|g| !g.is_none()) {
        Some(g) => vm.index_value(g)?,
        None => -1,
    };
    let range = match generation {
        -1 => 0..=2,
        g => {
            if g >= 3 {
                return Err(vm.value_error("generation parameter must be less than the number of available generations (3)"));
            }
            if g < 0 {
                return Err(vm.value_error("generation parameter cannot be negative"));
            }
            g as usize..=g as usize
        }
    };
    let objs = tracked_objects(range).into_iter().map(Value::Obj).collect();
    Ok(vm.new_list(objs))
}

fn get_referents(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut out = Vec::new();
    for v in &args.args {
        if let Value::Obj(o) = v
            && tracking::is_tracked(o)
        {
            // The collector always counts the class reference; CPython
            // reports it only for instances of classes made in Python.
            let mut skip_class = !o.class().type_data().is_some_and(|t| t.heap);
            visit_refs(o, &mut |child| {
                if !std::mem::take(&mut skip_class) {
                    out.push(Value::Obj(child.clone()));
                }
            });
        }
    }
    Ok(vm.new_list(out))
}

fn get_referrers(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let targets: Vec<*const crate::object::PyObject> = args
        .args
        .iter()
        .filter_map(|v| v.as_obj().map(std::rc::Rc::as_ptr))
        .collect();
    let mut out = Vec::new();
    for o in tracked_objects(0..=2) {
        let mut refers = false;
        visit_refs(&o, &mut |child| {
            refers |= targets.contains(&std::rc::Rc::as_ptr(child))
        });
        if refers {
            out.push(Value::Obj(o));
        }
    }
    Ok(vm.new_list(out))
}

fn freeze(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    crate::object::tracking::freeze();
    Ok(Value::None)
}

fn unfreeze(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    crate::object::tracking::unfreeze();
    Ok(Value::None)
}

/// Only what `gc.freeze()` froze counts: the interpreter's own built-in
/// objects live in the permanent generation too, unseen, as in CPython.
fn freeze_count(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(with_registry(|r| {
        r.frozen_by_user
            .min(r.generations[crate::object::tracking::PERMANENT].live)
    }) as i64))
}

static GC: &[NativeFunc] = &[
    native!(
        "collect",
        collect,
        "Run a collection of generations 0..=generation (default 2); return the number of unreachable objects found."
    ),
    native!(
        "enable",
        enable,
        "Enable automatic garbage collection.",
        noargs
    ),
    native!(
        "disable",
        disable,
        "Disable automatic garbage collection.",
        noargs
    ),
    native!(
        "isenabled",
        isenabled,
        "Return whether automatic collection is enabled.",
        noargs
    ),
    native!(
        "get_threshold",
        get_threshold,
        "Return the collection thresholds as a 3-tuple.",
        noargs
    ),
    native!(
        "set_threshold",
        set_threshold,
        "Set the collection thresholds (up to three)."
    ),
    native!(
        "get_count",
        get_count,
        "Return the current collection counts as a 3-tuple.",
        noargs
    ),
    native!(
        "is_tracked",
        is_tracked,
        "Return whether the collector tracks the object.",
        one_arg
    ),
    native!(
        "get_objects",
        get_objects,
        "Return a list of the objects the collector tracks, of one generation if given.",
        sig = "($module, /, generation=None)"
    ),
    native!(
        "get_referrers",
        get_referrers,
        "Return the tracked objects that refer directly to any of the arguments.",
        sig = "($module, /, *objs)"
    ),
    native!(
        "get_referents",
        get_referents,
        "Return the objects the arguments refer to directly.",
        sig = "($module, /, *objs)"
    ),
    native!(
        "freeze",
        freeze,
        "Move all tracked objects to a permanent generation that collections ignore.",
        noargs
    ),
    native!(
        "unfreeze",
        unfreeze,
        "Move the permanent generation back into the oldest one.",
        noargs
    ),
    native!(
        "get_freeze_count",
        freeze_count,
        "Return the number of objects gc.freeze() moved to the permanent generation.",
        noargs
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

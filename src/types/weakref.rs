//! Weak references (`weakref.ref`): a handle that does not keep its
//! object alive and yields None once the object is gone. A callback is
//! supported on instances of classes: it is attached to the instance's
//! life hooks and runs from the VM's finalizer queue when it dies.

use crate::native;
use crate::object::{ObjRef, Payload, PyObject, Value};
use crate::vm::native::{Args, NativeFunc};
use crate::vm::{PyResult, Vm};

/// `weakref.ref(obj[, callback])`, also for subclasses of `ref` (`cls`;
/// `dict` is a subclass instance's `__dict__`). Inline values (None,
/// bools, small ints, floats) and the like cannot be weakly referenced, as
/// in CPython.
pub fn construct(
    vm: &mut Vm,
    cls: &ObjRef,
    args: &[Value],
    kwargs: &[(Value, Value)],
    dict: Option<ObjRef>,
) -> PyResult<Value> {
    let (target, callback) = match args {
        [t] => (t, None),
        [t, cb, ..] => (t, Some(cb)),
        [] => {
            return Err(vm.type_error(format!(
                "__new__ expected at least 1 argument, got {}",
                args.len()
            )));
        }
    };
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "__new__ expected at most 2 arguments, got {}",
            args.len()
        )));
    }
    let referenceable = match target {
        Value::Obj(o) => {
            !matches!(
                o.payload,
                Payload::Str(_)
                    | Payload::Tuple(_)
                    | Payload::Int(_)
                    | Payload::Bytes(_)
                    | Payload::List(_)
                    | Payload::Dict(_)
                    // A bare `object()` has no room for weak references.
                    | Payload::Object(_)
            ) || o.class().type_data().is_some_and(|t| t.heap)
        }
        _ => false,
    };
    let Value::Obj(o) = target else {
        return Err(cannot_reference(vm, target));
    };
    if !referenceable {
        return Err(cannot_reference(vm, target));
    }
    // After the target's check, as CPython orders them.
    if !kwargs.is_empty() && !cls.type_data().is_some_and(|t| t.heap) {
        return Err(vm.type_error("ref() takes no keyword arguments"));
    }
    let wref = PyObject::new(
        cls.clone(),
        dict,
        Payload::WeakRef(std::rc::Rc::downgrade(o), std::cell::Cell::new(-1)),
    );
    if let Some(callback) = callback.filter(|cb| !cb.is_none()) {
        let Payload::Object(hooks) = &o.payload else {
            return Err(vm.type_error(format!(
                "Anext supports weakref callbacks only on class instances, not '{}' objects",
                vm.type_name(target)
            )));
        };
        let mut hooks = hooks.borrow_mut();
        let h = hooks.get_or_insert_with(|| {
            Box::new(crate::object::LifeHooks {
                cls: o.class().clone(),
                dict: o.inst_dict().cloned(),
                run_del: false,
                callbacks: Vec::new(),
                queue: vm.pending_finalizers.clone(),
            })
        });
        h.callbacks
            .push((std::rc::Rc::downgrade(&wref), callback.clone()));
    }
    Ok(Value::Obj(wref))
}

fn cannot_reference(vm: &Vm, v: &Value) -> crate::vm::PyErr {
    vm.type_error(format!(
        "cannot create weak reference to '{}' object",
        vm.type_name(v)
    ))
}

fn call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "__call__", 1, 1)?;
    match args.args[0].payload() {
        Some(Payload::WeakRef(w, _)) => Ok(w.upgrade().map(Value::Obj).unwrap_or(Value::None)),
        _ => Err(vm.type_error("descriptor '__call__' requires a 'weakref.ReferenceType' object")),
    }
}

fn referent(args: &Args, i: usize) -> Option<Option<Value>> {
    match args.args.get(i).and_then(|v| v.payload()) {
        Some(Payload::WeakRef(w, _)) => Some(w.upgrade().map(Value::Obj)),
        _ => None,
    }
}

fn weakref_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = args.args[0].id();
    Ok(vm.new_string(match referent(&args, 0).flatten() {
        Some(o) => format!(
            "<weakref at {me:#x}; to '{}' at {:#x}>",
            crate::types::typeobj::type_qualname(&vm.type_of(&o)),
            o.id()
        ),
        None => format!("<weakref at {me:#x}; dead>"),
    }))
}

/// Two references are equal when both referents live and are equal;
/// otherwise only a reference equals itself.
fn weakref_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "__eq__", 1, 1)?;
    let Some(theirs) = referent(&args, 1) else {
        return Ok(vm.not_implemented.clone());
    };
    match (referent(&args, 0).flatten(), theirs) {
        (Some(a), Some(b)) => {
            let r = vm.compare(crate::bytecode::CmpOp::Eq, &a, &b)?;
            Ok(r)
        }
        _ => Ok(Value::bool(args.args[0].is(&args.args[1]))),
    }
}

fn weakref_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = args.args[0].clone();
    Ok(Value::Int(vm.hash(&me)?))
}

fn getweakrefcount(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "getweakrefcount", 1, 1)?;
    Ok(Value::Int(match &args.args[0] {
        // The collector's registry holds one weak reference of its own.
        Value::Obj(o) => {
            let own = crate::object::tracking::is_tracked(o) as usize;
            std::rc::Rc::weak_count(o).saturating_sub(own) as i64
        }
        _ => 0,
    }))
}

/// The `_weakref` module.
pub static MODULE: &[NativeFunc] = &[native!(
    "getweakrefcount",
    getweakrefcount,
    "Return the number of weak references to obj.",
    sig = "($module, object, /)"
)];

pub static METHODS: &[NativeFunc] = &[
    native!(
        "__call__",
        call,
        "Call self as a function: the referent, or None once it is gone."
    ),
    native!("__repr__", weakref_repr, "Return repr(self)."),
    native!(
        "__eq__",
        weakref_eq,
        "Compare the referents while both live, else identity."
    ),
    native!(
        "__hash__",
        weakref_hash,
        "Return the hash of the referent (TypeError once it is gone)."
    ),
];

//! Weak references (`weakref.ref`): a handle that does not keep its
//! object alive and yields None once the object is gone. Callbacks are not
//! supported yet (Rust `Drop` runs no Python code; they would need the
//! finalizer queue).

use crate::native;
use crate::object::{Payload, PyObject, Value};
use crate::vm::native::{Args, NativeFunc};
use crate::vm::{PyResult, Vm};

/// `weakref.ref(obj)`. Inline values (None, bools, small ints, floats) and
/// the like cannot be weakly referenced, as in CPython.
fn new_weakref(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "ref", 1, 2)?;
    if args.args.get(1).is_some_and(|cb| !cb.is_none()) {
        return Err(vm.type_error("weakref callbacks are not supported yet"));
    }
    let target = &args.args[0];
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
    Ok(Value::Obj(PyObject::new(
        vm.types.weakref.clone(),
        None,
        Payload::WeakRef(std::rc::Rc::downgrade(o)),
    )))
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
        Some(Payload::WeakRef(w)) => Ok(w.upgrade().map(Value::Obj).unwrap_or(Value::None)),
        _ => Err(vm.type_error("descriptor '__call__' requires a 'weakref.ReferenceType' object")),
    }
}

/// The `_weakref` module.
pub static MODULE: &[NativeFunc] = &[native!(
    "ref",
    new_weakref,
    "Create a weak reference to obj.",
    sig = "($module, obj, callback=None, /)"
)];

pub static METHODS: &[NativeFunc] = &[native!(
    "__call__",
    call,
    "Call self as a function: the referent, or None once it is gone."
)];

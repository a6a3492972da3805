//! `object`: the root of every class: default construction, repr,
//! equality and hashing, and `super()` lookups.

use crate::native;
use crate::object::{BaseKind, Dict, ObjRef, Payload, PyObject, Value};
use crate::types::typeobj::{lookup, type_name, type_qualname};
use crate::vm::native::{Args, NativeFunc};
use crate::vm::{PyResult, Vm};
use std::cell::RefCell;
use std::rc::Rc;

pub fn default_repr(vm: &Vm, v: &Value) -> String {
    let cls = vm.type_of(v);
    let module = lookup(&cls, "__module__").and_then(|m| m.str_value().map(|s| s.to_string()));
    let name = type_qualname(&cls);
    match module {
        Some(m) if m != "builtins" => format!("<{m}.{name} object at {:#x}>", v.id()),
        _ => format!("<{name} object at {:#x}>", v.id()),
    }
}

/// `cls.__new__(cls, *args)` for every class without a Python `__new__`.
pub fn construct(
    vm: &mut Vm,
    cls: &ObjRef,
    args: &[Value],
    kwargs: &[(Value, Value)],
) -> PyResult<Value> {
    let Some(t) = cls.type_data() else {
        return Err(vm.type_error("not a type"));
    };
    let kind = t.kind;
    let builtin_name = if t.heap {
        None
    } else {
        Some(t.name.borrow().clone())
    };
    if let Some(name) = &builtin_name
        && let Some(v) = crate::builtins::construct_builtin(vm, cls, name, args, kwargs)?
    {
        return Ok(v);
    }
    let dict = instance_dict(vm, t);
    Ok(match kind {
        BaseKind::Object | BaseKind::Other => {
            if (!args.is_empty() || !kwargs.is_empty())
                && !has_python_init(cls)
                && lookup(cls, "__new__").is_none_or(|n| {
                    let n = match n.payload() {
                        Some(Payload::StaticMethod(f)) => f.clone(),
                        _ => n,
                    };
                    matches!(n.payload(), Some(Payload::Native(_)))
                })
            {
                return Err(vm.type_error(format!("{}() takes no arguments", type_name(cls))));
            }
            if t.heap && crate::types::abstract_methods(vm, cls).is_some() {
                let names = crate::types::abstract_methods(vm, cls).unwrap_or_default();
                return Err(vm.type_error(format!(
                    "Can't instantiate abstract class {} without an implementation for abstract method{} {}",
                    type_name(cls),
                    if names.len() == 1 { "" } else { "s" },
                    names.iter().map(|n| format!("'{n}'")).collect::<Vec<_>>().join(", ")
                )));
            }
            new_instance(vm, cls, dict)
        }
        BaseKind::Exception => crate::types::exceptions::construct(vm, cls, args, kwargs)?,
        BaseKind::Int | BaseKind::Bool => crate::types::int::construct(vm, cls, args, kwargs)?,
        BaseKind::Float => crate::types::float::construct(vm, cls, args)?,
        BaseKind::Str => crate::types::str::construct(vm, cls, args, kwargs)?,
        BaseKind::List => {
            let items = match args.first() {
                Some(it) if !has_python_init(cls) => crate::vm::ops::collect_iterable(vm, it)?,
                _ => Vec::new(),
            };
            Value::Obj(PyObject::new(
                cls.clone(),
                dict,
                Payload::List(RefCell::new(items)),
            ))
        }
        BaseKind::Tuple => {
            let items = match args.first() {
                Some(it) => crate::vm::ops::collect_iterable(vm, it)?,
                None => Vec::new(),
            };
            Value::Obj(PyObject::new(
                cls.clone(),
                dict,
                Payload::Tuple(items.into_boxed_slice()),
            ))
        }
        BaseKind::Dict => {
            let d = PyObject::new(
                cls.clone(),
                dict,
                Payload::Dict(Box::new(RefCell::new(Dict::new()))),
            );
            if !has_python_init(cls) {
                if let Some(a) = args.first() {
                    crate::types::dict::dict_update_from(vm, &Value::Obj(d.clone()), a, false)?;
                }
                for (k, v) in kwargs {
                    crate::types::dict::dict_set(vm, &d, k.clone(), v.clone())?;
                }
            }
            Value::Obj(d)
        }
        BaseKind::Set | BaseKind::FrozenSet => {
            let frozen = kind == BaseKind::FrozenSet;
            // A Python `__init__` of a set subclass gets the arguments.
            let python_init = !frozen && has_python_init(cls);
            if !kwargs.is_empty() && !python_init {
                let name = if frozen { "frozenset" } else { "set" };
                return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
            }
            crate::types::set::construct(vm, cls, if python_init { &[] } else { args }, frozen)?
        }
        // A subclass of complex: the number as complex() makes it.
        BaseKind::Complex => {
            let complex = vm.types.complex.clone();
            let made = crate::builtins::construct_builtin(vm, &complex, "complex", args, kwargs)?;
            let Some(Payload::Complex(re, im)) = made.as_ref().and_then(|v| v.payload()) else {
                return Err(vm.type_error("complex() could not make a complex number"));
            };
            Value::Obj(PyObject::new(cls.clone(), dict, Payload::Complex(*re, *im)))
        }
        // A subclass of bytes or bytearray: the data as the base class
        // makes it, in an object of the subclass.
        BaseKind::Bytes | BaseKind::ByteArray => {
            let mutable = kind == BaseKind::ByteArray;
            let (args, kwargs): (&[Value], &[(Value, Value)]) = if mutable && has_python_init(cls) {
                (&[], &[])
            } else {
                (args, kwargs)
            };
            let made = crate::types::bytes::construct(vm, args, kwargs, mutable)?;
            let data = crate::types::bytes::bytes_of(vm, &made)?;
            Value::Obj(PyObject::new(
                cls.clone(),
                dict,
                if mutable {
                    Payload::ByteArray(RefCell::new(data))
                } else {
                    Payload::Bytes(data.into_boxed_slice())
                },
            ))
        }
        BaseKind::WeakRef => crate::types::weakref::construct(vm, cls, args, kwargs, dict)?,
        BaseKind::Property => {
            let filled_by_init = has_python_init(cls);
            crate::types::function::construct_property(vm, cls, dict, args, kwargs, filled_by_init)?
        }
        BaseKind::Deque => {
            let python_init = has_python_init(cls);
            crate::types::deque::construct(vm, cls, args, kwargs, dict, python_init)?
        }
        BaseKind::Handle => {
            let python_init = has_python_init(cls);
            crate::modules::asyncio::handle::construct(vm, cls, args, kwargs, dict, python_init)?
        }
        BaseKind::Future | BaseKind::Task => {
            let python_init = has_python_init(cls);
            crate::modules::asyncio::future::construct(vm, cls, args, kwargs, dict, python_init)?
        }
        BaseKind::Type => {
            return crate::builtins::type_new(vm, cls, args, kwargs);
        }
    })
}

/// A plain instance; one of a class with `__del__` carries the hooks that
/// report its death.
fn new_instance(vm: &Vm, cls: &ObjRef, dict: Option<ObjRef>) -> Value {
    let heap = cls.type_data().is_some_and(|t| t.heap);
    new_instance_with(vm, cls, dict, heap && lookup(cls, "__del__").is_some())
}

/// A plain instance of `cls` with `dict` (see `instance_dict`), hooked for
/// `__del__` when `has_del`.
fn new_instance_with(vm: &Vm, cls: &ObjRef, dict: Option<ObjRef>, has_del: bool) -> Value {
    let hooks = if has_del {
        Some(Box::new(crate::object::LifeHooks {
            cls: cls.clone(),
            dict: dict.clone(),
            run_del: true,
            callbacks: Vec::new(),
            queue: vm.pending_finalizers.clone(),
        }))
    } else {
        None
    };
    Value::Obj(PyObject::new(
        cls.clone(),
        dict,
        Payload::Object(std::cell::RefCell::new(hooks)),
    ))
}

/// A new plain instance of `cls`, with the dict its class gives
/// instances, for the calls `init_recipe` lets skip `__new__`.
pub fn instance_of(vm: &Vm, cls: &ObjRef, has_del: bool) -> Value {
    let dict = cls.type_data().and_then(|t| instance_dict(vm, t));
    new_instance_with(vm, cls, dict, has_del)
}

/// The `__dict__` (which also holds `__slots__` values) a new instance of
/// a class with data `t` starts with, sized for what `__init__` stored in
/// earlier instances.
fn instance_dict(vm: &Vm, t: &crate::object::TypeData) -> Option<ObjRef> {
    (t.has_dict || t.slots.is_some()).then(|| vm.new_attr_dict(t.dict_hint.get() as usize))
}

/// For a call of class `cls` (a `class` statement's, made by `type`): its
/// Python `__init__` and whether instances need a `__del__` hook, when an
/// instance can be made directly: `__new__` is `object.__new__`, `__init__`
/// is a plain function and no abstract method is left. Worked out once
/// per version of the class; None sends the call down the general path.
pub fn init_recipe(vm: &Vm, cls: &ObjRef) -> Option<(ObjRef, bool)> {
    let t = cls.type_data()?;
    if !t.heap || t.kind != BaseKind::Object || !Rc::ptr_eq(cls.class(), &vm.types.type_) {
        return None;
    }
    let version = t.version.get();
    if let Some(r) = &*t.init_recipe.borrow()
        && r.version == version
    {
        return Some((r.init.as_ref()?.upgrade()?, r.has_del));
    }
    let init = lookup(cls, "__init__").filter(|init| {
        let plain_new = lookup(cls, "__new__")
            .zip(lookup(&vm.types.object, "__new__"))
            .is_some_and(|(n, object_new)| n.is(&object_new));
        // ABCs leave an empty frozenset on concrete classes; anything
        // else is checked (and reported) by the general path.
        let abstract_left = lookup(cls, "__abstractmethods__").is_some_and(|v| {
            !matches!(v.payload(), Some(Payload::FrozenSet(s)) if s.is_empty())
        });
        plain_new
            && !abstract_left
            && matches!(init.payload(), Some(Payload::Function(fd)) if !fd.code.code.is_generator_like())
    });
    let has_del = lookup(cls, "__del__").is_some();
    let init = init.and_then(|i| i.as_obj().cloned());
    *t.init_recipe.borrow_mut() = Some(crate::object::InitRecipe {
        version,
        init: init.as_ref().map(Rc::downgrade),
        has_del,
    });
    Some((init?, has_del))
}

fn has_python_init(cls: &ObjRef) -> bool {
    lookup(cls, "__init__").is_some_and(|i| !matches!(i.payload(), Some(Payload::Native(_))))
}

fn object_init(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn object_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.args.first() else {
        return Err(vm.type_error("object.__new__(): not enough arguments"));
    };
    if cls.type_data().is_none() {
        return Err(vm.type_error(format!(
            "object.__new__(X): X is not a type object ({})",
            vm.type_name(&args.args[0])
        )));
    }
    let cls = cls.clone();
    let rest = args.args[1..].to_vec();
    let kind = cls.type_data().map(|t| t.kind).unwrap_or(BaseKind::Object);
    if matches!(kind, BaseKind::Object | BaseKind::Other) {
        if !rest.is_empty() && !has_python_init(&cls) {
            return Err(vm.type_error(format!("{}() takes no arguments", type_name(&cls))));
        }
        return construct(vm, &cls, &[], &[]);
    }
    // asyncio's classes are made uninitialised by `__new__`, as CPython's
    // (their `__init__` takes the arguments).
    if matches!(kind, BaseKind::Future | BaseKind::Task | BaseKind::Handle) {
        let dict = cls
            .type_data()
            .is_some_and(|t| t.has_dict || t.slots.is_some())
            .then(|| vm.new_attr_dict(0));
        return if kind == BaseKind::Handle {
            crate::modules::asyncio::handle::construct(vm, &cls, &[], &[], dict, true)
        } else {
            crate::modules::asyncio::future::construct(vm, &cls, &[], &[], dict, true)
        };
    }
    construct(vm, &cls, &rest, &args.kwargs)
}

fn object_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.args.first().cloned().unwrap_or(Value::None);
    let s = default_repr(vm, &v);
    Ok(vm.new_string(s))
}

fn object_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.args.first().cloned().unwrap_or(Value::None);
    vm.repr(&v)
}

fn object_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = (
        args.args[0].clone(),
        args.args.get(1).cloned().unwrap_or(Value::None),
    );
    Ok(if a.is(&b) {
        Value::TRUE
    } else {
        vm.not_implemented.clone()
    })
}

fn object_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = (
        args.args[0].clone(),
        args.args.get(1).cloned().unwrap_or(Value::None),
    );
    let eq = vm
        .call_special(&a, "__eq__", vec![b])?
        .unwrap_or(Value::None);
    if eq.is(&vm.not_implemented) {
        return Ok(eq);
    }
    Ok(Value::bool(!vm.truthy(&eq)?))
}

fn object_cmp_unsupported(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.not_implemented.clone())
}

fn object_hash(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.args.first().cloned().unwrap_or(Value::None);
    Ok(Value::Int((v.id() >> 4) as i64))
}

/// `object.__sizeof__`: an estimate in CPython's terms (its header and
/// item sizes), since programs compare these numbers rather than read
/// them as our allocations.
fn object_sizeof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "__sizeof__", 0, 0)?;
    let n = match args.args[0].payload() {
        Some(Payload::List(l)) => 40 + 8 * l.borrow().capacity(),
        Some(Payload::Tuple(t)) => 24 + 8 * t.len(),
        Some(Payload::Str(s)) => 41 + s.as_str().len(),
        Some(Payload::Bytes(b)) => 33 + b.len(),
        Some(Payload::Dict(_)) => 48,
        Some(Payload::Set(_) | Payload::FrozenSet(_)) => 200,
        _ => 16,
    };
    Ok(Value::Int(n as i64))
}

fn object_init_subclass(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

/// `object.__subclasshook__(C)`: no opinion, so `issubclass` decides.
fn object_subclasshook(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.not_implemented.clone())
}

fn object_setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "__setattr__", 2, 2)?;
    let name = args.args[1].str_value().unwrap_or("").to_string();
    vm.generic_setattr(&args.args[0], &name, args.args[2].clone())?;
    Ok(Value::None)
}

fn object_getattribute(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "__getattribute__", 1, 1)?;
    let obj = args.args[0].clone();
    let Some(name) = args.args[1]
        .as_str()
        .map(|s| (s.as_str().to_string(), s.hash()))
    else {
        return Err(vm.type_error("attribute name must be string"));
    };
    let cls = vm.type_of(&obj);
    vm.generic_getattr(&obj, &cls, &name.0, name.1)
}

fn object_delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = args
        .args
        .get(1)
        .and_then(|n| n.str_value())
        .unwrap_or("")
        .to_string();
    vm.generic_delattr(&args.args[0], &name)?;
    Ok(Value::None)
}

fn object_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.args[0].clone();
    let spec = args.args.get(1).cloned().unwrap_or(Value::None);
    if spec.str_value().is_some_and(|s| !s.is_empty()) {
        return Err(vm.type_error(format!(
            "unsupported format string passed to {}.__format__",
            vm.type_name(&v)
        )));
    }
    vm.to_str(&v)
}

fn object_dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.args[0].clone();
    crate::builtins::dir_of(vm, &v)
}

/// `__reduce_ex__`: a class's own `__reduce__` when it has one, as
/// CPython's does; the copyreg protocols for everything else are not
/// built yet.
fn object_reduce_ex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.args.first().cloned().unwrap_or(Value::None);
    if let Some(reduce) = vm.lookup_special(&this, "__reduce__") {
        return vm.call_unbound(&reduce, &this, vec![this.clone()]);
    }
    Err(vm.type_error("cannot pickle objects"))
}

/// `object.__new__`; every built-in class has its own copy of it, bound to
/// that class (`int.__new__.__self__ is int`), as CPython's do.
pub const OBJECT_NEW: NativeFunc = native!(
    "__new__",
    object_new,
    "Create and return a new object.",
    sig = "($type, *args, **kwargs)",
    staticmethod
);

pub static METHODS: &[NativeFunc] = &[
    native!(
        "__init__",
        object_init,
        "Initialize self. See help(type(self)) for accurate signature."
    ),
    OBJECT_NEW,
    native!("__repr__", object_repr, "Return repr(self)."),
    native!("__str__", object_str, "Return str(self)."),
    native!("__eq__", object_eq, "Return self==value."),
    native!("__ne__", object_ne, "Return self!=value."),
    native!("__lt__", object_cmp_unsupported, "Return self<value."),
    native!("__le__", object_cmp_unsupported, "Return self<=value."),
    native!("__gt__", object_cmp_unsupported, "Return self>value."),
    native!("__ge__", object_cmp_unsupported, "Return self>=value."),
    native!("__hash__", object_hash, "Return hash(self)."),
    native!(
        "__sizeof__",
        object_sizeof,
        "Size of object in memory, in bytes.",
        sig = "($self, /)"
    ),
    native!(
        "__init_subclass__",
        object_init_subclass,
        "Called when a class is subclassed; does nothing by default.",
        sig = "($type, /)",
        classmethod
    ),
    native!(
        "__subclasshook__",
        object_subclasshook,
        "Abstract classes can override this to customize issubclass().\n\nThis is invoked early on by abc.ABCMeta.__subclasscheck__().\nIt should return True, False or NotImplemented.  If it returns\nNotImplemented, the normal algorithm is used.  Otherwise, it\noverrides the normal algorithm (and the outcome is cached).\n",
        sig = "($type, object, /)",
        classmethod
    ),
    native!(
        "__setattr__",
        object_setattr,
        "Implement setattr(self, name, value)."
    ),
    native!(
        "__getattribute__",
        object_getattribute,
        "Return getattr(self, name)."
    ),
    native!(
        "__delattr__",
        object_delattr,
        "Implement delattr(self, name)."
    ),
    native!(
        "__format__",
        object_format,
        "Default object formatter.",
        sig = "($self, format_spec, /)"
    ),
    native!(
        "__dir__",
        object_dir,
        "Default dir() implementation.",
        sig = "($self, /)"
    ),
    native!(
        "__reduce_ex__",
        object_reduce_ex,
        "Helper for pickle.",
        sig = "($self, protocol, /)"
    ),
];

/// `super(cls, obj).name`.
pub fn super_getattr(vm: &mut Vm, cls: &ObjRef, obj: &Value, name: &str) -> PyResult<Value> {
    let start_type = match obj {
        Value::Obj(o) if o.type_data().is_some() && vm.is_subclass(o, cls) => o.clone(),
        _ => vm.type_of(obj),
    };
    let mro = start_type
        .type_data()
        .map(|t| t.mro.borrow().clone())
        .unwrap_or_default();
    let pos = mro
        .iter()
        .position(|c| Rc::ptr_eq(c, cls))
        .map(|p| p + 1)
        .unwrap_or(mro.len());
    let h = crate::object::str::hash_str(name);
    for c in &mro[pos..] {
        let found = c.type_data().and_then(|t| {
            t.dict()
                .dict_data()
                .and_then(|d| d.borrow().get_str(name, h).cloned())
        });
        if let Some(attr) = found {
            let is_type_obj =
                matches!(obj, Value::Obj(o) if o.type_data().is_some() && vm.is_subclass(o, cls));
            return match attr.payload() {
                Some(Payload::Function(_)) if is_type_obj => Ok(attr),
                Some(Payload::ClassMethod(f)) => Ok(Value::Obj(PyObject::new(
                    vm.types.method.clone(),
                    None,
                    Payload::BoundMethod(Box::new((f.clone(), Value::Obj(start_type.clone())))),
                ))),
                Some(Payload::Native(n))
                    if n.def.kind == crate::vm::native::NativeKind::ClassMethod =>
                {
                    Ok(Value::Obj(PyObject::new(
                        vm.types.builtin_function.clone(),
                        None,
                        Payload::Native(Box::new(crate::object::NativeData {
                            def: n.def,
                            bound: Some(Value::Obj(start_type.clone())),
                            owner: n.owner.clone(),
                            module: RefCell::new(Value::None),
                        })),
                    )))
                }
                Some(Payload::Native(n))
                    if n.def.kind == crate::vm::native::NativeKind::StaticMethod || is_type_obj =>
                {
                    Ok(attr)
                }
                Some(Payload::StaticMethod(f)) => Ok(f.clone()),
                _ => vm.bind_descriptor(&attr, obj),
            };
        }
    }
    Err(vm.attribute_error(format!("'super' object has no attribute '{name}'")))
}

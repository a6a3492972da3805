//! Functions, properties, and the small objects of the 3.12 generics
//! syntax (`TypeVar`, type aliases, `Generic[...]` bases).

use crate::bytecode::{Constant, code_flags, make_fn};
use crate::native;
use crate::object::{CodeRt, FunctionData, ObjRef, Payload, PyObject, Value};
use crate::vm::frame::Frame;
use crate::vm::native::{Args, NativeFunc};
use crate::vm::{PyResult, Vm};
use std::cell::{OnceCell, RefCell};
use std::rc::Rc;

/// Turn a compile-time constant into a value (code objects recursively).
pub fn constant_value(vm: &Vm, c: &Constant) -> Value {
    match c {
        Constant::None => Value::None,
        Constant::Bool(b) => Value::bool(*b),
        Constant::Int(i) => Value::Int(*i),
        Constant::BigInt(text) => {
            let t = text.replace('_', "");
            let (radix, digits) = match t.get(..2).map(|p| p.to_ascii_lowercase()) {
                Some(p) if p == "0x" => (16, &t[2..]),
                Some(p) if p == "0o" => (8, &t[2..]),
                Some(p) if p == "0b" => (2, &t[2..]),
                _ => (10, &t[..]),
            };
            match malachite_bigint::BigInt::parse_bytes(digits.as_bytes(), radix) {
                Some(b) => crate::types::int::from_big(vm, b),
                None => Value::Int(0),
            }
        }
        Constant::Float(f) => Value::float(*f),
        Constant::Complex(r, i) => crate::types::float::new_complex(vm, *r, *i),
        Constant::Str(s) if s.len() <= 40 => vm.intern(s),
        Constant::Str(s) => vm.new_str(s),
        Constant::Bytes(b) => vm.new_bytes(b.to_vec()),
        Constant::Tuple(items) => {
            let v = items.iter().map(|c| constant_value(vm, c)).collect();
            vm.new_tuple(v)
        }
        Constant::FrozenSet(items) => {
            let mut d = crate::object::SetData::new();
            for c in items.iter() {
                let v = constant_value(vm, c);
                let h = match &v {
                    Value::Int(i) => crate::types::int::hash_i64(*i),
                    Value::Float(f) => crate::types::float::hash_float(f.get()),
                    Value::Bool(b) => b.get() as i64,
                    Value::None => 0xFCA86420,
                    Value::Obj(o) => match &o.payload {
                        Payload::Str(s) => s.hash(),
                        _ => 0,
                    },
                };
                if d.probe(h, &v).found.is_none() {
                    d.insert_new(h, v);
                }
            }
            // CPython's constant merging rebuilds the frozenset from its own
            // iteration order; do the same so the slot order matches.
            let mut merged = crate::object::SetData::new();
            for (h, v) in d.iter_hashed() {
                merged.insert_new(h, v.clone());
            }
            Value::Obj(PyObject::new(
                vm.types.frozenset.clone(),
                None,
                Payload::FrozenSet(Box::new(merged)),
            ))
        }
        Constant::Code(code) => Value::Obj(PyObject::new(
            vm.types.code.clone(),
            None,
            Payload::Code(code_rt(vm, code)),
        )),
        Constant::Ellipsis => vm.ellipsis.clone(),
    }
}

pub fn code_rt(vm: &Vm, code: &Rc<crate::bytecode::CodeObject>) -> Rc<CodeRt> {
    let consts = code
        .constants
        .iter()
        .map(|c| constant_value(vm, c))
        .collect();
    let names = code.names.iter().map(|n| vm.intern(n)).collect();
    Rc::new(CodeRt {
        code: code.clone(),
        shape: crate::object::CallShape::of(code),
        instrs: crate::vm::quicken::quicken(&code.instructions),
        consts,
        names,
        object: RefCell::new(std::rc::Weak::new()),
        global_cache: RefCell::new(Vec::new()),
        attr_sites: RefCell::new(Vec::new()),
        finalize_queue: vm.pending_finalizers.clone(),
    })
}

pub fn make_function(vm: &mut Vm, frame: &mut Frame, flags: u32) -> PyResult<()> {
    let qualname = frame.pop();
    let code = frame.pop();
    let closure = if flags & make_fn::CLOSURE != 0 {
        Some(frame.pop())
    } else {
        None
    };
    let annotations = if flags & make_fn::ANNOTATIONS != 0 {
        Some(frame.pop())
    } else {
        None
    };
    let kwdefaults = if flags & make_fn::KWDEFAULTS != 0 {
        Some(frame.pop())
    } else {
        None
    };
    let defaults = if flags & make_fn::DEFAULTS != 0 {
        Some(frame.pop())
    } else {
        None
    };
    let Some(Payload::Code(rt)) = code.payload() else {
        return Err(vm.new_error("SystemError", "MakeFunction without code"));
    };
    let rt = rt.clone();
    let doc = if rt.code.flags & code_flags::HAS_DOCSTRING != 0 {
        rt.consts.first().cloned().unwrap_or(Value::None)
    } else {
        Value::None
    };
    let cells: Option<Rc<[ObjRef]>> = closure.and_then(|c| match c.payload() {
        Some(Payload::Tuple(t)) => Some(t.iter().filter_map(|v| v.as_obj().cloned()).collect()),
        _ => None,
    });
    let module = frame.module_name();
    let name = vm.new_str(&rt.code.name);
    let renamed = qualname.str_value() != Some(&*rt.code.qualname);
    let fd = FunctionData {
        code: rt,
        globals: frame.globals.clone(),
        builtins: frame.builtins.clone(),
        name: RefCell::new(name),
        qualname: RefCell::new(qualname),
        defaults: RefCell::new(defaults.and_then(|d| match d.payload() {
            Some(Payload::Tuple(t)) => Some(Rc::from(t.to_vec())),
            _ => None,
        })),
        kwdefaults: RefCell::new(kwdefaults.and_then(|k| k.as_obj().cloned())),
        closure: cells,
        doc: RefCell::new(doc),
        module: RefCell::new(module),
        annotations: RefCell::new(annotations.and_then(|a| a.as_obj().cloned())),
        dict: OnceCell::new(),
        renamed: std::cell::Cell::new(renamed),
    };
    let f = PyObject::new(
        vm.types.function.clone(),
        None,
        Payload::Function(Box::new(fd)),
    );
    frame.push(Value::Obj(f));
    Ok(())
}

/// The `'name' ` part of property error messages (3.13 names the property).
pub fn property_name(vm: &mut Vm, prop: &Value) -> String {
    if let Some(Payload::Property(p)) = prop.payload() {
        let getter = p.borrow()[0].clone();
        if let Ok(Some(n)) = vm.getattr_opt(&getter, "__name__")
            && let Some(s) = n.str_value()
        {
            return format!("'{s}' ");
        }
    }
    String::new()
}

fn prop_parts(vm: &Vm, args: &Args) -> PyResult<[Value; 4]> {
    match args.args.first().and_then(|v| v.payload()) {
        Some(Payload::Property(p)) => Ok(p.borrow().clone()),
        _ => Err(vm.type_error("descriptor requires a 'property' object")),
    }
}

fn new_property(vm: &Vm, parts: [Value; 4]) -> Value {
    Value::Obj(PyObject::new(
        vm.types.property.clone(),
        None,
        Payload::Property(Box::new(RefCell::new(parts))),
    ))
}

/// `getter`/`setter`/`deleter`: a copy with part `which` replaced, made
/// by the property's own class (a subclass's constructor runs, as in
/// CPython).
fn prop_copy_with(vm: &mut Vm, args: Args, which: usize) -> PyResult<Value> {
    let mut p = prop_parts(vm, &args)?;
    p[which] = args.args.get(1).cloned().unwrap_or(Value::None);
    let cls = vm.type_of(&args.args[0]);
    if Rc::ptr_eq(&cls, &vm.types.property) {
        return Ok(new_property(vm, p));
    }
    vm.call(&Value::Obj(cls), p.to_vec())
}

fn prop_getter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    prop_copy_with(vm, args, 0)
}
fn prop_setter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    prop_copy_with(vm, args, 1)
}
fn prop_deleter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    prop_copy_with(vm, args, 2)
}

/// The fget, fset, fdel and doc a property is made with.
fn bind_property_parts(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &[(Value, Value)],
) -> PyResult<[Value; 4]> {
    let p = Args {
        args: args.to_vec(),
        kwargs: kwargs.to_vec(),
    }
    .bind(
        vm,
        "property",
        false,
        &["fget", "fset", "fdel", "doc"],
        0,
        0,
    )?;
    Ok([0, 1, 2, 3].map(|i| p[i].clone().unwrap_or(Value::None)))
}

/// `property.__init__(self, fget=None, fset=None, fdel=None, doc=None)`.
fn prop_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Payload::Property(cell)) = args.args.first().and_then(|v| v.payload()) else {
        return Err(vm.type_error("descriptor '__init__' requires a 'property' object"));
    };
    let parts = bind_property_parts(vm, &args.args[1..], &args.kwargs)?;
    *cell.borrow_mut() = parts;
    Ok(Value::None)
}

/// A property subclass's instance: its parts from `args`, or left empty
/// for the subclass's own `__init__` to fill through `property.__init__`.
pub fn construct_property(
    vm: &mut Vm,
    cls: &ObjRef,
    dict: Option<ObjRef>,
    args: &[Value],
    kwargs: &[(Value, Value)],
    filled_by_init: bool,
) -> PyResult<Value> {
    let parts = if filled_by_init {
        [Value::None, Value::None, Value::None, Value::None]
    } else {
        bind_property_parts(vm, args, kwargs)?
    };
    Ok(Value::Obj(PyObject::new(
        cls.clone(),
        dict,
        Payload::Property(Box::new(RefCell::new(parts))),
    )))
}
fn prop_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = prop_parts(vm, &args)?;
    let obj = args.args.get(1).cloned().unwrap_or(Value::None);
    if obj.is_none() {
        return Ok(args.args[0].clone());
    }
    vm.call(&p[0], vec![obj])
}
fn prop_set(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = prop_parts(vm, &args)?;
    if p[1].is_none() {
        return Err(vm.attribute_error("property has no setter"));
    }
    vm.call(&p[1], vec![args.args[1].clone(), args.args[2].clone()])
}

/// `f.__get__(obj, type=None)` for functions and the native method
/// descriptors: bind to `obj`, or return the descriptor itself for None.
fn descr_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "__get__", 1, 2)?;
    let (f, obj) = (args.args[0].clone(), args.args[1].clone());
    let classmethod = matches!(
        f.payload(),
        Some(Payload::Native(n)) if n.def.kind == crate::vm::native::NativeKind::ClassMethod
    );
    if classmethod {
        // Bound to the class: the explicit type, else the object's type.
        let cls = match args.args.get(2) {
            Some(t) if !t.is_none() => t.clone(),
            _ => Value::Obj(vm.type_of(&obj)),
        };
        let Some(c) = cls.as_obj().filter(|c| c.type_data().is_some()).cloned() else {
            return Err(vm.type_error("descriptor needs a type"));
        };
        return vm.bind_to_class(&f, &c);
    }
    if obj.is_none() {
        return Ok(f);
    }
    if let Some(Payload::Native(n)) = f.payload()
        && let Some(owner) = &n.owner
        && !vm.isinstance(&obj, owner)
    {
        return Err(vm.type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            n.def.name,
            crate::types::typeobj::type_name(owner),
            vm.type_name(&obj)
        )));
    }
    vm.bind_descriptor(&f, &obj)
}

fn wrapped_callable(args: &Args) -> Value {
    match args.args.first().and_then(|v| v.payload()) {
        Some(Payload::StaticMethod(f) | Payload::ClassMethod(f)) => f.clone(),
        _ => Value::None,
    }
}

fn staticmethod_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "__get__", 1, 2)?;
    Ok(wrapped_callable(&args))
}

fn staticmethod_call(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let f = wrapped_callable(&args);
    args.args.remove(0);
    vm.call_kw(&f, args.args, args.kwargs)
}

fn classmethod_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "__get__", 1, 2)?;
    let f = wrapped_callable(&args);
    let cls = match args.args.get(2) {
        Some(t) if !t.is_none() => t.clone(),
        _ => Value::Obj(vm.type_of(&args.args[1])),
    };
    Ok(Value::Obj(crate::object::PyObject::new(
        vm.types.method.clone(),
        None,
        Payload::BoundMethod(Box::new((f, cls))),
    )))
}

pub static DESCRIPTOR_GET: &[NativeFunc] = &[native!(
    "__get__",
    descr_get,
    "Return the callable bound to the instance, or itself when the instance is None."
)];

pub static STATICMETHOD_METHODS: &[NativeFunc] = &[
    native!(
        "__get__",
        staticmethod_get,
        "Return the underlying function, unbound."
    ),
    native!(
        "__call__",
        staticmethod_call,
        "Call the underlying function."
    ),
];

pub static CLASSMETHOD_METHODS: &[NativeFunc] = &[native!(
    "__get__",
    classmethod_get,
    "Return the underlying function bound to the class (or the instance's class)."
)];

pub static PROPERTY_METHODS: &[NativeFunc] = &[
    native!(
        "getter",
        prop_getter,
        "Return a copy of the property with a different getter.",
        sig = "($self, object, /)"
    ),
    native!(
        "setter",
        prop_setter,
        "Return a copy of the property with a different setter.",
        sig = "($self, object, /)"
    ),
    native!(
        "deleter",
        prop_deleter,
        "Return a copy of the property with a different deleter.",
        sig = "($self, object, /)"
    ),
    native!(
        "__init__",
        prop_init,
        "Initialize the property from its getter, setter, deleter and doc."
    ),
    native!(
        "__get__",
        prop_get,
        "Return an attribute of instance, which is of type owner."
    ),
    native!(
        "__set__",
        prop_set,
        "Set an attribute of instance to value."
    ),
];

pub fn new_property_from(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &[(Value, Value)],
) -> PyResult<Value> {
    let parts = bind_property_parts(vm, args, kwargs)?;
    Ok(new_property(vm, parts))
}

/// `list[int]` and friends: a `types.GenericAlias` (defined in Python,
/// `_anext_helpers.GenericAlias`).
pub fn generic_alias(vm: &mut Vm, origin: &Value, args: &Value) -> PyResult<Value> {
    crate::modules::call_helper(vm, "GenericAlias", vec![origin.clone(), args.clone()])
}

/// `cls.__class_getitem__(item)`: `cls[item]` as a generic alias (PEP 585).
pub fn class_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    generic_alias(vm, &args.args[0], &args.args[1])
}

/// The built-in classes CPython makes generic by a `__class_getitem__` of
/// their own (list, dict, tuple, ...) carry this table.
pub static CLASS_GETITEM: &[NativeFunc] = &[native!(
    "__class_getitem__",
    class_getitem,
    "See PEP 585",
    sig = "($type, object, /)",
    classmethod
)];

/// A PEP 695 type parameter: `typing.TypeVar`/`ParamSpec`/`TypeVarTuple`,
/// made by `typing._make_type_param`.
pub fn new_typevar(vm: &mut Vm, name: Value, bound: Value, which: u32) -> PyResult<Value> {
    let kind = match which {
        crate::bytecode::intrinsic::PARAMSPEC => "ParamSpec",
        crate::bytecode::intrinsic::TYPEVARTUPLE => "TypeVarTuple",
        _ => "TypeVar",
    };
    let kind = vm.new_str(kind);
    typing_helper(vm, "_make_type_param", vec![name, bound, kind])
}

/// `type Name[T] = value`: a `typing.TypeAliasType` whose value `func`
/// computes on first use, as CPython does.
pub fn new_type_alias(
    vm: &mut Vm,
    name: Value,
    func: Value,
    type_params: Value,
    module: Value,
) -> PyResult<Value> {
    typing_helper(
        vm,
        "_make_type_alias",
        vec![name, func, type_params, module],
    )
}

fn typing_helper(vm: &mut Vm, name: &str, args: Vec<Value>) -> PyResult<Value> {
    crate::modules::call_in(vm, "typing", name, args)
}

/// `Generic[T, ...]`: the base PEP 695 gives a class with type
/// parameters (which makes it subscriptable, as in CPython).
pub fn generic_base(vm: &mut Vm, params: Value) -> PyResult<Value> {
    typing_helper(vm, "_generic_base", vec![params])
}

/// The `code` object for a runtime code, the same one while it lives.
pub fn code_object(vm: &Vm, rt: &Rc<CodeRt>) -> Value {
    if let Some(o) = rt.object.borrow().upgrade() {
        return Value::Obj(o);
    }
    let o = PyObject::new(vm.types.code.clone(), None, Payload::Code(rt.clone()));
    *rt.object.borrow_mut() = Rc::downgrade(&o);
    Value::Obj(o)
}

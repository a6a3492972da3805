//! `type`: class objects, the C3 method resolution order, lookups along
//! it, and class creation for `class` statements.

use crate::native;
use crate::object::str::hash_str;
use crate::object::{BaseKind, Dict, ObjRef, Payload, PyObject, TypeData, Value};
use crate::types::deferred::{Deferred, Pending};
use crate::vm::native::{Args, NativeFunc};
use crate::vm::{PyResult, Vm};
use std::cell::RefCell;
use std::rc::Rc;

fn new_type_data(name: &str, dict: ObjRef, kind: BaseKind, heap: bool) -> TypeData {
    let name: Rc<str> = Rc::from(name);
    TypeData::new(name.clone(), name, Vec::new(), dict, kind, heap, heap, None)
}

/// Create `type`, `object` and `dict`, which refer to one another.
pub fn bootstrap_core() -> (ObjRef, ObjRef, ObjRef) {
    let mk_ns = || PyObject::new_unclassed(Payload::Dict(Box::new(RefCell::new(Dict::new()))));
    let type_ns = mk_ns();
    let object_ns = mk_ns();
    let dict_ns = mk_ns();
    let type_ = PyObject::new_unclassed(Payload::Type(Box::new(new_type_data(
        "type",
        type_ns.clone(),
        BaseKind::Type,
        false,
    ))));
    type_.set_class_once(type_.clone());
    let object = PyObject::new(
        type_.clone(),
        None,
        Payload::Type(Box::new(new_type_data(
            "object",
            object_ns.clone(),
            BaseKind::Object,
            false,
        ))),
    );
    let dict = PyObject::new(
        type_.clone(),
        None,
        Payload::Type(Box::new(new_type_data(
            "dict",
            dict_ns.clone(),
            BaseKind::Dict,
            false,
        ))),
    );
    for ns in [&type_ns, &object_ns, &dict_ns] {
        ns.set_class_once(dict.clone());
    }
    if let Some(t) = object.type_data() {
        *t.mro.borrow_mut() = vec![object.clone()];
    }
    set_bases(&type_, vec![object.clone()]);
    set_bases(&dict, vec![object.clone()]);
    (type_, object, dict)
}

pub fn new_static_type(
    type_: &ObjRef,
    dict_type: &ObjRef,
    name: &str,
    base: Option<&ObjRef>,
    kind: BaseKind,
) -> ObjRef {
    let ns = PyObject::new(
        dict_type.clone(),
        None,
        Payload::Dict(Box::new(RefCell::new(Dict::new()))),
    );
    let cls = PyObject::new(
        type_.clone(),
        None,
        Payload::Type(Box::new(new_type_data(name, ns, kind, false))),
    );
    if let Some(b) = base {
        set_bases(&cls, vec![b.clone()]);
    }
    cls
}

/// Set bases and recompute the MRO (for static types, no C3 errors).
pub fn set_bases(cls: &ObjRef, bases: Vec<ObjRef>) {
    for b in &bases {
        if let Some(bt) = b.type_data() {
            bt.subclasses.borrow_mut().push(Rc::downgrade(cls));
        }
    }
    if let Some(t) = cls.type_data() {
        *t.bases.borrow_mut() = bases.clone();
        let mro = c3(cls, &bases).unwrap_or_else(|_| {
            let mut m = vec![cls.clone()];
            for b in &bases {
                if let Some(bt) = b.type_data() {
                    for c in bt.mro.borrow().iter() {
                        if !m.iter().any(|x| Rc::ptr_eq(x, c)) {
                            m.push(c.clone());
                        }
                    }
                }
            }
            m
        });
        *t.mro.borrow_mut() = mro;
    }
}

/// C3 linearization; on failure, the bases to name in the error.
pub fn c3(cls: &ObjRef, bases: &[ObjRef]) -> Result<Vec<ObjRef>, Vec<ObjRef>> {
    // One base: the merge is that base's MRO after the class.
    if let [base] = bases
        && let Some(bt) = base.type_data()
    {
        let base_mro = bt.mro.borrow();
        let mut mro = Vec::with_capacity(base_mro.len() + 1);
        mro.push(cls.clone());
        mro.extend(base_mro.iter().cloned());
        return Ok(mro);
    }
    let mut seqs: Vec<Vec<ObjRef>> = Vec::new();
    for b in bases {
        if let Some(bt) = b.type_data() {
            seqs.push(bt.mro.borrow().clone());
        }
    }
    seqs.push(bases.to_vec());
    let mut result = vec![cls.clone()];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(result);
        }
        let mut candidate = None;
        for s in &seqs {
            let head = &s[0];
            let in_tail = seqs
                .iter()
                .any(|t| t[1..].iter().any(|x| Rc::ptr_eq(x, head)));
            if !in_tail {
                candidate = Some(head.clone());
                break;
            }
        }
        let Some(c) = candidate else {
            let mut heads: Vec<ObjRef> = Vec::new();
            for s in &seqs {
                if !heads.iter().any(|h| Rc::ptr_eq(h, &s[0])) {
                    heads.push(s[0].clone());
                }
            }
            return Err(heads);
        };
        for s in seqs.iter_mut() {
            if Rc::ptr_eq(&s[0], &c) {
                s.remove(0);
            }
        }
        result.push(c);
    }
}

pub fn type_name(cls: &ObjRef) -> String {
    match &cls.payload {
        Payload::Type(t) => String::from(&**t.name.borrow()),
        _ => "?".to_string(),
    }
}

/// The name CPython's messages and reprs use for a class (its `tp_name`):
/// a built-in class living outside `builtins` is prefixed by its module
/// (`collections.deque`); any other class is its plain name.
pub fn tp_name(cls: &ObjRef) -> String {
    let name = type_name(cls);
    let Some(t) = cls.type_data() else {
        return name;
    };
    if t.heap {
        return name;
    }
    let module = t.dict().dict_data().and_then(|d| {
        d.borrow()
            .get_str("__module__", hash_str("__module__"))
            .cloned()
    });
    match module.as_ref().and_then(|m| m.str_value()) {
        Some(m) if m != "builtins" => format!("{m}.{name}"),
        _ => name,
    }
}

pub fn type_qualname(cls: &ObjRef) -> String {
    match &cls.payload {
        Payload::Type(t) => t.qualname.borrow().to_string(),
        _ => "?".to_string(),
    }
}

/// Find `name` along the MRO of `cls`.
#[inline]
pub fn lookup(cls: &ObjRef, name: &str) -> Option<Value> {
    lookup_hashed(cls, name, hash_str(name))
}

pub fn lookup_hashed(cls: &ObjRef, name: &str, hash: i64) -> Option<Value> {
    let t = cls.type_data()?;
    if let Some((n, v)) = t.lookup_cache.borrow().get(&hash)
        && &**n == name
    {
        return v.clone();
    }
    let mut found = None;
    for c in t.mro.borrow().iter() {
        if let Some(ct) = c.type_data()
            && let Some(d) = ct.dict().dict_data()
            && let Some(v) = d.borrow().get_str(name, hash)
        {
            found = Some(v.clone());
            break;
        }
    }
    let mut cache = t.lookup_cache.borrow_mut();
    if cache.len() > 4096 {
        cache.clear();
    }
    cache.insert(hash, (Rc::from(name), found.clone()));
    found
}

/// Forget cached lookups of `cls` and every class derived from it.
pub fn invalidate_lookups(cls: &ObjRef) {
    let Some(t) = cls.type_data() else { return };
    t.lookup_cache.borrow_mut().clear();
    t.version.set(t.version.get() + 1);
    // Only this class's list is borrowed while the subclasses' are walked.
    for s in t.subclasses.borrow().iter().filter_map(|w| w.upgrade()) {
        invalidate_lookups(&s);
    }
}

/// The class in the MRO whose namespace defines `name`.
pub fn lookup_owner(cls: &ObjRef, name: &str) -> Option<ObjRef> {
    let h = hash_str(name);
    let t = cls.type_data()?;
    for c in t.mro.borrow().iter() {
        if let Some(ct) = c.type_data()
            && let Some(d) = ct.dict().dict_data()
            && d.borrow().get_str(name, h).is_some()
        {
            return Some(c.clone());
        }
    }
    None
}

pub fn set_type_attr(vm: &Vm, cls: &ObjRef, name: &str, v: Value) {
    invalidate_lookups(cls);
    put_type_attr(vm, cls, name, v);
}

/// `set_type_attr` without invalidating lookups: for filling a class in
/// bulk, invalidating once after.
fn put_type_attr(vm: &Vm, cls: &ObjRef, name: &str, v: Value) {
    if let Some(t) = cls.type_data()
        && let Some(d) = t.dict().dict_data()
    {
        write_namespace_entry(&mut d.borrow_mut(), name, || vm.intern(name), v);
    }
}

/// Set `name` in a class namespace. A new key is the interned str (made by
/// `interned` only then): attribute names in code are the same objects.
pub fn write_namespace_entry(d: &mut Dict, name: &str, interned: impl FnOnce() -> Value, v: Value) {
    let h = hash_str(name);
    match d.find_str_index(name, h) {
        Some(i) => {
            d.replace_at(i, v);
        }
        None => d.push_new(h, interned(), v),
    }
}

/// Give a class attribute that is written into its namespace when someone
/// first reads it (see `types::deferred`).
pub fn defer_attr(vm: &Vm, cls: &ObjRef, item: Pending) {
    if let Some(t) = cls.type_data()
        && t.defer(|| Deferred::new(&vm.method_kit, cls), item)
    {
        invalidate_lookups(cls);
    }
}

/// Give a class the methods of a native table (written in on first use).
pub fn add_methods(vm: &mut Vm, cls: &ObjRef, table: &'static [NativeFunc]) {
    defer_attr(vm, cls, Pending::Methods(table));
}

pub fn base_kind(cls: &ObjRef) -> BaseKind {
    cls.type_data().map(|t| t.kind).unwrap_or(BaseKind::Object)
}

/// `type(name, bases, ns)` and `class` statements: make a new class.
pub fn new_class(
    vm: &mut Vm,
    meta: &ObjRef,
    name: &str,
    bases: Vec<ObjRef>,
    ns: &ObjRef,
) -> PyResult<ObjRef> {
    let bases = if bases.is_empty() {
        vec![vm.types.object.clone()]
    } else {
        bases
    };
    // The layout comes from the most derived built-in base.
    let mut kind = BaseKind::Object;
    for b in &bases {
        let Some(bt) = b.type_data() else {
            return Err(vm.type_error("bases must be types"));
        };
        if matches!(bt.kind, BaseKind::Bool)
            || (!bt.heap
                && matches!(
                    type_name(b).as_str(),
                    "NoneType" | "function" | "range" | "slice" | "generator" | "coroutine"
                ))
        {
            return Err(vm.type_error(format!(
                "type '{}' is not an acceptable base type",
                type_name(b)
            )));
        }
        if bt.kind != BaseKind::Object && bt.kind != BaseKind::Other {
            if kind != BaseKind::Object
                && kind != bt.kind
                && !(kind == BaseKind::Exception && bt.kind == BaseKind::Exception)
            {
                return Err(vm.type_error("multiple bases have instance lay-out conflict"));
            }
            kind = bt.kind;
        }
    }
    let ns_copy = match ns.dict_data() {
        Some(d) => d.borrow().clone(),
        None => Dict::new(),
    };
    let slots = {
        let h = hash_str("__slots__");
        match ns_copy.get_str("__slots__", h) {
            Some(v) => {
                // A single string names one slot.
                let items = match v.str_value() {
                    Some(_) => vec![v.clone()],
                    None => crate::vm::ops::collect_iterable(vm, v)?,
                };
                let mut names: Vec<Rc<str>> = Vec::new();
                for it in items {
                    let Some(s) = it.str_value() else {
                        return Err(vm.type_error(format!(
                            "__slots__ items must be strings, not '{}'",
                            vm.type_name(&it)
                        )));
                    };
                    let s = mangle_slot(name, s);
                    if s != "__dict__"
                        && s != "__weakref__"
                        && ns_copy.get_str(&s, hash_str(&s)).is_some()
                    {
                        return Err(vm.value_error(format!(
                            "'{s}' in __slots__ conflicts with class variable"
                        )));
                    }
                    names.push(Rc::from(s.as_str()));
                }
                Some(names)
            }
            None => None,
        }
    };
    let has_dict = match &slots {
        Some(s) => {
            s.iter().any(|n: &Rc<str>| &**n == "__dict__")
                || bases
                    .iter()
                    .any(|b| b.type_data().is_some_and(|t| t.has_dict))
        }
        None => true,
    };
    let mut ns_copy = ns_copy;
    if ns_copy.get_str("__doc__", hash_str("__doc__")).is_none() {
        ns_copy.push_new(hash_str("__doc__"), vm.new_str("__doc__"), Value::None);
    }
    let dict_obj = vm.new_dict_obj(ns_copy);
    let qualname = {
        let d = dict_obj.dict_data().map(|d| {
            d.borrow()
                .get_str("__qualname__", hash_str("__qualname__"))
                .cloned()
        });
        match d.flatten() {
            Some(q) => q
                .str_value()
                .map(Rc::from)
                .unwrap_or_else(|| Rc::from(name)),
            None => Rc::from(name),
        }
    };
    let data = TypeData::new(
        Rc::from(name),
        qualname,
        bases.clone(),
        dict_obj.clone(),
        kind,
        true,
        has_dict,
        slots,
    );
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].iter().any(|x| Rc::ptr_eq(x, b)) {
            return Err(vm.type_error(format!("duplicate base class {}", type_name(b))));
        }
    }
    let cls = PyObject::new(meta.clone(), None, Payload::Type(Box::new(data)));
    let mro = match c3(&cls, &bases) {
        Ok(m) => m,
        Err(heads) => {
            let names: Vec<String> = heads.iter().map(type_name).collect();
            return Err(vm.type_error(format!(
                "Cannot create a consistent method resolution order (MRO) for bases {}",
                names.join(", ")
            )));
        }
    };
    if let Some(t) = cls.type_data() {
        *t.mro.borrow_mut() = mro;
    }
    // Each slot gets a member descriptor on the class.
    let slot_names: Vec<Rc<str>> = cls
        .type_data()
        .and_then(|t| t.slots.clone())
        .unwrap_or_default();
    for s in slot_names
        .iter()
        .filter(|s| &***s != "__dict__" && &***s != "__weakref__")
    {
        let member = crate::types::descr::slot_member(vm, &cls, s);
        set_type_attr(vm, &cls, s, member);
    }
    for b in &bases {
        if let Some(bt) = b.type_data() {
            let mut subs = bt.subclasses.borrow_mut();
            subs.retain(|w| w.strong_count() > 0);
            subs.push(Rc::downgrade(&cls));
        }
    }
    // Remove __qualname__ and __classcell__ from the namespace; fill the cell.
    if let Some(d) = dict_obj.dict_data() {
        let mut d = d.borrow_mut();
        if let Some(i) = d.find_str_index("__qualname__", hash_str("__qualname__")) {
            d.remove_at(i);
        }
        if let Some(i) = d.find_str_index("__classcell__", hash_str("__classcell__"))
            && let Some(e) = d.remove_at(i)
            && let Some(Payload::Cell(c)) = e.value.payload()
        {
            *c.borrow_mut() = Some(Value::Obj(cls.clone()));
        }
    }
    // A class that defines __eq__ but not __hash__ is unhashable.
    {
        let d = dict_obj.dict_data();
        let defines = |n: &str| d.is_some_and(|dd| dd.borrow().get_str(n, hash_str(n)).is_some());
        if defines("__eq__") && !defines("__hash__") {
            set_type_attr(vm, &cls, "__hash__", Value::None);
        }
    }
    // Plain functions named __new__ / __init_subclass__ / __class_getitem__
    // are implicitly static / class methods.
    for (name, wrap_static) in [
        ("__new__", true),
        ("__init_subclass__", false),
        ("__class_getitem__", false),
    ] {
        let h = hash_str(name);
        let f = dict_obj
            .dict_data()
            .and_then(|d| d.borrow().get_str(name, h).cloned());
        if let Some(f) = f
            && matches!(f.payload(), Some(Payload::Function(_)))
        {
            let wrapped = if wrap_static {
                Payload::StaticMethod(f)
            } else {
                Payload::ClassMethod(f)
            };
            let cls_t = if wrap_static {
                vm.types.staticmethod.clone()
            } else {
                vm.types.classmethod.clone()
            };
            set_type_attr(
                vm,
                &cls,
                name,
                Value::Obj(PyObject::new(cls_t, None, wrapped)),
            );
        }
    }
    Ok(cls)
}

fn type_mro(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.args.first().and_then(|v| v.as_obj().cloned());
    let Some(t) = cls.as_ref().and_then(|c| c.type_data()) else {
        return Err(vm.type_error("descriptor 'mro' requires a 'type' object"));
    };
    let items = t
        .mro
        .borrow()
        .iter()
        .map(|c| Value::Obj(c.clone()))
        .collect();
    Ok(vm.new_list(items))
}

fn type_subclasses(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let subs: Vec<Value> = match args
        .args
        .first()
        .and_then(|c| c.as_obj())
        .and_then(|c| c.type_data())
    {
        Some(t) => t
            .subclasses
            .borrow()
            .iter()
            .filter_map(|w| w.upgrade())
            .map(Value::Obj)
            .collect(),
        None => Vec::new(),
    };
    Ok(vm.new_list(subs))
}

fn type_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut a = args.args;
    if a.is_empty() {
        return Err(vm.type_error("descriptor '__call__' of 'type' object needs an argument"));
    }
    let cls = a.remove(0);
    let Some(c) = cls.as_obj().filter(|o| o.type_data().is_some()).cloned() else {
        return Err(vm.type_error("descriptor '__call__' requires a 'type' object"));
    };
    vm.call_type(&c, a, args.kwargs)
}

fn type_init(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

/// `int | None` (and `None | int`): a `types.UnionType`, built by
/// `_anext_helpers.make_union`.
fn type_union(vm: &mut Vm, args: &Args, reflected: bool) -> PyResult<Value> {
    if args.args.len() != 2 {
        return Err(vm.type_error(format!(
            "expected 1 argument, got {}",
            args.args.len().saturating_sub(1)
        )));
    }
    let (a, b) = if reflected {
        (&args.args[1], &args.args[0])
    } else {
        (&args.args[0], &args.args[1])
    };
    crate::modules::call_helper(vm, "make_union", vec![a.clone(), b.clone()])
}

fn type_or(vm: &mut Vm, args: Args) -> PyResult<Value> {
    type_union(vm, &args, false)
}

fn type_ror(vm: &mut Vm, args: Args) -> PyResult<Value> {
    type_union(vm, &args, true)
}

/// `type.__instancecheck__(cls, obj)`: the plain check, no hooks.
fn type_instancecheck(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "__instancecheck__", 1, 1)?;
    let Some(cls) = args.args[0]
        .as_obj()
        .filter(|c| c.type_data().is_some())
        .cloned()
    else {
        return Err(vm.type_error("descriptor '__instancecheck__' requires a 'type' object"));
    };
    Ok(Value::bool(vm.isinstance(&args.args[1], &cls)))
}

/// `type.__subclasscheck__(cls, sub)`: the plain MRO check, no hooks.
fn type_subclasscheck(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "__subclasscheck__", 1, 1)?;
    let Some(cls) = args.args[0]
        .as_obj()
        .filter(|c| c.type_data().is_some())
        .cloned()
    else {
        return Err(vm.type_error("descriptor '__subclasscheck__' requires a 'type' object"));
    };
    let Some(sub) = args.args[1]
        .as_obj()
        .filter(|c| c.type_data().is_some())
        .cloned()
    else {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    };
    Ok(Value::bool(vm.is_subclass(&sub, &cls)))
}

pub static METHODS: &[NativeFunc] = &[
    native!(
        "__instancecheck__",
        type_instancecheck,
        "Check if an object is an instance (the check without hooks).",
        sig = "($self, instance, /)"
    ),
    native!(
        "__subclasscheck__",
        type_subclasscheck,
        "Check if a class is a subclass (the check without hooks).",
        sig = "($self, subclass, /)"
    ),
    native!("__or__", type_or, "Return self|value."),
    native!("__ror__", type_ror, "Return value|self."),
    native!(
        "__call__",
        type_call,
        "Call self as a function: create and initialize an instance."
    ),
    native!("__init__", type_init, "Initialize a new type."),
    native!(
        "mro",
        type_mro,
        "Return a type's method resolution order.",
        sig = "($self, /)"
    ),
    native!(
        "__subclasses__",
        type_subclasses,
        "Return a list of immediate subclasses.",
        sig = "($self, /)"
    ),
];

/// Dunder methods that CPython implements as type slots, exposed as
/// `wrapper_descriptor`s (`int.__add__`) and bound as `method-wrapper`s.
/// CPython's `__text_signature__` of a slot wrapper, by slot name.
pub fn slot_signature(name: &str) -> Option<&'static str> {
    if !is_slot_name(name) {
        return None;
    }
    Some(match name {
        "__init__" | "__call__" => "($self, /, *args, **kwargs)",
        "__getattribute__" | "__delattr__" => "($self, name, /)",
        "__setattr__" => "($self, name, value, /)",
        "__getitem__" | "__delitem__" | "__contains__" => "($self, key, /)",
        "__setitem__" => "($self, key, value, /)",
        "__pow__" | "__rpow__" => "($self, value, mod=None, /)",
        "__get__" => "($self, instance, owner=None, /)",
        "__set__" => "($self, instance, value, /)",
        "__delete__" => "($self, instance, /)",
        "__repr__" | "__str__" | "__hash__" | "__iter__" | "__next__" | "__len__" | "__neg__"
        | "__pos__" | "__abs__" | "__bool__" | "__invert__" | "__int__" | "__float__"
        | "__index__" | "__await__" | "__aiter__" | "__anext__" => "($self, /)",
        _ => "($self, value, /)",
    })
}

/// Whether `owner`'s native method `name` is a slot wrapper
/// (`wrapper_descriptor`) rather than a plain method: slot names are, except
/// the few CPython also defines as methods beside the slot for speed
/// (`METH_COEXIST`: `list.__getitem__`, `dict.__contains__`, ...).
pub fn is_slot_wrapper(owner: &ObjRef, name: &str) -> bool {
    if !is_slot_name(name) {
        return false;
    }
    let coexisting = match name {
        "__getitem__" => &["list", "dict"][..],
        "__contains__" => &["dict", "set", "frozenset"][..],
        _ => return true,
    };
    !coexisting.contains(&&*type_name(owner))
}

pub fn is_slot_name(name: &str) -> bool {
    matches!(
        name,
        "__repr__"
            | "__str__"
            | "__hash__"
            | "__call__"
            | "__getattribute__"
            | "__setattr__"
            | "__delattr__"
            | "__lt__"
            | "__le__"
            | "__eq__"
            | "__ne__"
            | "__gt__"
            | "__ge__"
            | "__iter__"
            | "__next__"
            | "__get__"
            | "__set__"
            | "__delete__"
            | "__init__"
            | "__len__"
            | "__getitem__"
            | "__setitem__"
            | "__delitem__"
            | "__contains__"
            | "__add__"
            | "__radd__"
            | "__sub__"
            | "__rsub__"
            | "__mul__"
            | "__rmul__"
            | "__mod__"
            | "__rmod__"
            | "__divmod__"
            | "__rdivmod__"
            | "__pow__"
            | "__rpow__"
            | "__neg__"
            | "__pos__"
            | "__abs__"
            | "__bool__"
            | "__invert__"
            | "__lshift__"
            | "__rlshift__"
            | "__rshift__"
            | "__rrshift__"
            | "__and__"
            | "__rand__"
            | "__or__"
            | "__ror__"
            | "__xor__"
            | "__rxor__"
            | "__int__"
            | "__float__"
            | "__index__"
            | "__floordiv__"
            | "__rfloordiv__"
            | "__truediv__"
            | "__rtruediv__"
            | "__iadd__"
            | "__isub__"
            | "__imul__"
            | "__imod__"
            | "__ipow__"
            | "__ilshift__"
            | "__irshift__"
            | "__iand__"
            | "__ixor__"
            | "__ior__"
            | "__ifloordiv__"
            | "__itruediv__"
            | "__imatmul__"
            | "__await__"
            | "__aiter__"
            | "__anext__"
    )
}

/// CPython's private-name mangling for a slot: `__x` in class `C`
/// becomes `_C__x` (dunder names and names of all-underscore classes stay).
fn mangle_slot(class_name: &str, slot: &str) -> String {
    let class = class_name.trim_start_matches('_');
    if slot.starts_with("__") && !slot.ends_with("__") && !class.is_empty() {
        format!("_{class}{slot}")
    } else {
        slot.to_string()
    }
}

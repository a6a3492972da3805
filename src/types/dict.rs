//! `dict`: lookups that run Python `__eq__` with no borrow held, views,
//! and the methods.

use crate::native;
use crate::object::dict::Probe;
use crate::object::{Dict, ObjRef, Payload, PyObject, Value};
use crate::vm::native::{Args, NativeFunc};
use crate::vm::{PyResult, Vm};

fn table(o: &ObjRef) -> Option<&std::cell::RefCell<Dict>> {
    o.dict_data()
}

/// Find the entry index for `key` (hash given), running `__eq__` as needed.
fn find(vm: &mut Vm, d: &ObjRef, key: &Value, hash: i64) -> PyResult<Option<usize>> {
    let Some(t) = table(d) else { return Ok(None) };
    let probe = t.borrow().probe(hash, key);
    match probe {
        Probe::Found(i) => Ok(Some(i)),
        Probe::Missing => Ok(None),
        Probe::Ambiguous(cands) => {
            for i in cands {
                let k = t.borrow().entry_at(i).map(|e| e.key.clone());
                if let Some(k) = k
                    && vm.eq(&k, key)?
                {
                    return Ok(Some(i));
                }
            }
            Ok(None)
        }
    }
}

pub fn dict_get(vm: &mut Vm, d: &ObjRef, key: &Value) -> PyResult<Option<Value>> {
    let h = vm.hash(key)?;
    let i = find(vm, d, key, h)?;
    Ok(i.and_then(|i| table(d).and_then(|t| t.borrow().entry_at(i).map(|e| e.value.clone()))))
}

pub fn dict_set(vm: &mut Vm, d: &ObjRef, key: Value, v: Value) -> PyResult<()> {
    let h = vm.hash(&key)?;
    dict_set_hashed(vm, d, key, h, v)
}

pub fn dict_set_hashed(vm: &mut Vm, d: &ObjRef, key: Value, h: i64, v: Value) -> PyResult<()> {
    let Some(t) = table(d) else { return Ok(()) };
    // Fast path for str keys: no Python code can run.
    if let Some(s) = key.as_str() {
        let mut tb = t.borrow_mut();
        match tb.find_str_index(s.as_str(), h) {
            Some(i) => {
                tb.replace_at(i, v);
            }
            None => tb.push_new(h, key, v),
        }
        return Ok(());
    }
    match find(vm, d, &key, h)? {
        Some(i) => {
            t.borrow_mut().replace_at(i, v);
        }
        None => t.borrow_mut().push_new(h, key, v),
    }
    Ok(())
}

pub fn dict_remove(vm: &mut Vm, d: &ObjRef, key: &Value) -> PyResult<Option<Value>> {
    let h = vm.hash(key)?;
    match find(vm, d, key, h)? {
        Some(i) => Ok(table(d)
            .and_then(|t| t.borrow_mut().remove_at(i))
            .map(|e| e.value)),
        None => Ok(None),
    }
}

pub fn dict_copy(vm: &Vm, d: &ObjRef) -> Value {
    let inner = table(d).map(|t| t.borrow().clone()).unwrap_or_default();
    Value::Obj(vm.new_dict_obj(inner))
}

pub fn dict_eq(vm: &mut Vm, a: &ObjRef, b: &ObjRef) -> PyResult<bool> {
    let (Some(ta), Some(_)) = (table(a), table(b)) else {
        return Ok(false);
    };
    if ta.borrow().len() != table(b).map(|t| t.borrow().len()).unwrap_or(0) {
        return Ok(false);
    }
    let entries: Vec<(Value, Value)> = ta
        .borrow()
        .iter()
        .map(|e| (e.key.clone(), e.value.clone()))
        .collect();
    for (k, v) in entries {
        match dict_get(vm, b, &k)? {
            Some(w) => {
                if !(v.is(&w) || vm.eq(&v, &w)?) {
                    return Ok(false);
                }
            }
            None => return Ok(false),
        }
    }
    Ok(true)
}

/// (key, value) pairs of any mapping (dicts directly, else `keys()`).
pub fn dict_items(vm: &mut Vm, m: &Value) -> PyResult<Vec<(Value, Value)>> {
    if let Some(Payload::Dict(t)) = m.payload() {
        return Ok(t
            .borrow()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect());
    }
    let keys = match vm.getattr_opt(m, "keys")? {
        Some(k) => vm.call(&k, vec![])?,
        None => return Err(vm.type_error(format!("'{}' object is not a mapping", vm.type_name(m)))),
    };
    let keys = crate::vm::ops::collect_iterable(vm, &keys)?;
    let mut out = Vec::new();
    for k in keys {
        let v = vm.getitem(m, &k)?;
        out.push((k, v));
    }
    Ok(out)
}

/// `d.update(other)` / `{**other}`; with `merge`, a repeated key is an error.
pub fn dict_update_from(vm: &mut Vm, d: &Value, other: &Value, merge: bool) -> PyResult<()> {
    let Some(dobj) = d.as_obj().cloned() else {
        return Ok(());
    };
    let is_mapping = matches!(other.payload(), Some(Payload::Dict(_)))
        || vm.lookup_special(other, "keys").is_some();
    if is_mapping {
        let items = match dict_items(vm, other) {
            Ok(i) => i,
            Err(e) if merge && vm.err_is(&e, "TypeError") => {
                return Err(vm.type_error(format!(
                    "argument after ** must be a mapping, not {}",
                    vm.type_name(other)
                )));
            }
            Err(e) => return Err(e),
        };
        for (k, v) in items {
            if merge && dict_get(vm, &dobj, &k)?.is_some() {
                let ks = vm.str_string(&k)?;
                return Err(
                    vm.type_error(format!("got multiple values for keyword argument '{ks}'"))
                );
            }
            dict_set(vm, &dobj, k, v)?;
        }
        return Ok(());
    }
    if merge {
        return Err(vm.type_error(format!(
            "argument after ** must be a mapping, not {}",
            vm.type_name(other)
        )));
    }
    let items = crate::vm::ops::collect_iterable(vm, other).map_err(|e| {
        if vm.err_is(&e, "TypeError") {
            vm.type_error(format!("'{}' object is not iterable", vm.type_name(other)))
        } else {
            e
        }
    })?;
    for (n, it) in items.into_iter().enumerate() {
        let pair = crate::vm::ops::collect_iterable(vm, &it).map_err(|_| {
            vm.type_error(format!(
                "cannot convert dictionary update sequence element #{n} to a sequence"
            ))
        })?;
        if pair.len() != 2 {
            return Err(vm.value_error(format!(
                "dictionary update sequence element #{n} has length {}; 2 is required",
                pair.len()
            )));
        }
        dict_set(vm, &dobj, pair[0].clone(), pair[1].clone())?;
    }
    Ok(())
}

pub fn copy_without_keys(vm: &mut Vm, subject: &Value, keys: &Value) -> PyResult<Value> {
    let d = vm.new_dict_obj(Dict::new());
    for (k, v) in dict_items(vm, subject)? {
        dict_set(vm, &d, k, v)?;
    }
    for k in crate::vm::ops::collect_iterable(vm, keys)? {
        dict_remove(vm, &d, &k)?;
    }
    Ok(Value::Obj(d))
}

fn this(vm: &Vm, args: &Args, name: &str) -> PyResult<ObjRef> {
    match args.args.first() {
        Some(Value::Obj(o)) if o.dict_data().is_some() => Ok(o.clone()),
        other => Err(vm.type_error(format!(
            "descriptor '{name}' for 'dict' objects doesn't apply to a '{}' object",
            other.map(|v| vm.type_name(v)).unwrap_or_default()
        ))),
    }
}

fn view(vm: &Vm, d: ObjRef, which: u8) -> Value {
    let name = ["dict_keys", "dict_values", "dict_items"][which as usize];
    let cls = vm.types.iter_type(name);
    Value::Obj(PyObject::new(cls, None, Payload::DictView(d, which)))
}

fn dict_keys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "keys")?;
    Ok(view(vm, d, 0))
}
fn dict_values(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "values")?;
    Ok(view(vm, d, 1))
}
fn dict_items_m(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "items")?;
    Ok(view(vm, d, 2))
}

/// The hash of a key whose hashing and comparing run no Python code: an
/// int, or a str that is not of a subclass.
fn builtin_key_hash(k: &Value) -> Option<i64> {
    match k {
        Value::Int(i) => Some(crate::types::int::hash_i64(*i)),
        Value::Obj(o) if !o.class().type_data()?.heap => Some(k.as_str()?.hash()),
        _ => None,
    }
}

/// `d.get(k[, default])` with an int or str key (see `FastFn`).
fn dict_get_fast(_vm: &mut Vm, args: &[Value]) -> Option<Value> {
    let (d, k, default) = match args {
        [d, k] => (d, k, Value::None),
        [d, k, default] => (d, k, default.clone()),
        _ => return None,
    };
    let hash = builtin_key_hash(k)?;
    let t = d.as_obj()?.dict_data()?.borrow();
    match t.probe(hash, k) {
        Probe::Found(i) => t.entry_at(i).map(|e| e.value.clone()),
        Probe::Missing => Some(default),
        Probe::Ambiguous(_) => None,
    }
}

fn dict_get_m(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "get", 1, 2)?;
    let d = this(vm, &args, "get")?;
    Ok(dict_get(vm, &d, &args.args[1])?
        .unwrap_or_else(|| args.args.get(2).cloned().unwrap_or(Value::None)))
}

fn dict_setdefault(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "setdefault", 1, 2)?;
    let d = this(vm, &args, "setdefault")?;
    if let Some(v) = dict_get(vm, &d, &args.args[1])? {
        return Ok(v);
    }
    let v = args.args.get(2).cloned().unwrap_or(Value::None);
    dict_set(vm, &d, args.args[1].clone(), v.clone())?;
    Ok(v)
}

fn dict_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "pop", 1, 2)?;
    let d = this(vm, &args, "pop")?;
    match dict_remove(vm, &d, &args.args[1])? {
        Some(v) => Ok(v),
        None => match args.args.get(2) {
            Some(dflt) => Ok(dflt.clone()),
            None => Err(vm.key_error(args.args[1].clone())),
        },
    }
}

fn dict_popitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "popitem")?;
    let e = table(&d).and_then(|t| t.borrow_mut().pop_last());
    match e {
        Some(e) => Ok(vm.new_tuple(vec![e.key, e.value])),
        None => Err(vm.new_error("KeyError", "popitem(): dictionary is empty")),
    }
}

fn dict_update(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let kwargs = std::mem::take(&mut args.kwargs);
    args.check_method(vm, "update", 0, 1)?;
    let d = this(vm, &args, "update")?;
    if let Some(other) = args.args.get(1) {
        dict_update_from(vm, &Value::Obj(d.clone()), other, false)?;
    }
    for (k, v) in kwargs {
        dict_set(vm, &d, k, v)?;
    }
    Ok(Value::None)
}

fn dict_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "clear")?;
    if let Some(t) = table(&d) {
        t.borrow_mut().clear();
    }
    Ok(Value::None)
}

fn dict_copy_m(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "copy")?;
    Ok(dict_copy(vm, &d))
}

fn dict_fromkeys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "fromkeys", 1, 2)?;
    let cls = args.args.first().cloned().unwrap_or(Value::None);
    let keys = args.args.get(1).cloned().unwrap_or(Value::None);
    let v = args.args.get(2).cloned().unwrap_or(Value::None);
    let d = vm.call(&cls, vec![])?;
    let keys = crate::vm::ops::collect_iterable(vm, &keys)?;
    for k in keys {
        vm.setitem(&d, &k, v.clone())?;
    }
    Ok(d)
}

fn dict_init(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let kwargs = std::mem::take(&mut args.kwargs);
    args.check_method(vm, "dict", 0, 1)?;
    let d = this(vm, &args, "__init__")?;
    if let Some(other) = args.args.get(1) {
        dict_update_from(vm, &Value::Obj(d.clone()), other, false)?;
    }
    for (k, v) in kwargs {
        dict_set(vm, &d, k, v)?;
    }
    Ok(Value::None)
}

fn dict_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "__getitem__")?;
    let k = args.args.get(1).cloned().unwrap_or(Value::None);
    match dict_get(vm, &d, &k)? {
        Some(v) => Ok(v),
        None => Err(vm.key_error(k)),
    }
}

fn dict_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "__setitem__")?;
    dict_set(vm, &d, args.args[1].clone(), args.args[2].clone())?;
    Ok(Value::None)
}

fn dict_delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "__delitem__")?;
    match dict_remove(vm, &d, &args.args[1])? {
        Some(_) => Ok(Value::None),
        None => Err(vm.key_error(args.args[1].clone())),
    }
}

fn dict_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "__contains__")?;
    Ok(Value::bool(dict_get(vm, &d, &args.args[1])?.is_some()))
}

fn dict_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "__len__")?;
    Ok(Value::Int(
        table(&d).map(|t| t.borrow().len()).unwrap_or(0) as i64
    ))
}

fn dict_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "__iter__")?;
    let size = table(&d).map(|t| t.borrow().len()).unwrap_or(0);
    let cls = vm.types.iter_type("dict_keyiterator");
    Ok(Value::Obj(PyObject::new(
        cls,
        None,
        Payload::Iter(Box::new(std::cell::RefCell::new(
            crate::object::IterState::DictKeys {
                dict: d,
                index: 0,
                size,
                which: 0,
            },
        ))),
    )))
}

fn dict_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "__repr__")?;
    let plain = dict_copy(vm, &d);
    let _ = d;
    let s = crate::types::repr::repr_object(vm, &plain)?.unwrap_or_default();
    Ok(vm.new_string(s))
}

/// `view.isdisjoint(other)` for key and item views.
fn view_isdisjoint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "isdisjoint", 1, 1)?;
    let view = args.args[0].clone();
    for x in crate::vm::ops::collect_iterable(vm, &args.args[1])? {
        if vm.contains(&view, &x)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}

/// Methods of the set-like views (`dict_keys`, `dict_items`).
pub static SET_VIEW_METHODS: &[NativeFunc] = &[native!(
    "isdisjoint",
    view_isdisjoint,
    "Whether the view and the iterable have no element in common.",
    sig = "($self, object, /)"
)];

pub static METHODS: &[NativeFunc] = &[
    native!(
        "keys",
        dict_keys,
        "Return a set-like view of the dictionary's keys.",
        sig = "($self, /)"
    ),
    native!(
        "values",
        dict_values,
        "Return a view of the dictionary's values.",
        sig = "($self, /)"
    ),
    native!(
        "items",
        dict_items_m,
        "Return a set-like view of the dictionary's (key, value) pairs.",
        sig = "($self, /)"
    ),
    native!(
        "get",
        dict_get_m,
        "Return the value for key if present, else default.",
        sig = "($self, key, default=None, /)"
    )
    .with_fast(dict_get_fast),
    native!(
        "setdefault",
        dict_setdefault,
        "Return the value for key, inserting default first if absent.",
        sig = "($self, key, default=None, /)"
    ),
    native!(
        "pop",
        dict_pop,
        "Remove key and return its value, or default if given.",
        sig = "($self, key, default=<unrepresentable>, /)"
    ),
    native!(
        "popitem",
        dict_popitem,
        "Remove and return the last inserted (key, value) pair.",
        sig = "($self, /)"
    ),
    native!(
        "update",
        dict_update,
        "Update the dictionary from a mapping or pairs and keywords."
    ),
    native!("clear", dict_clear, "Remove all items.", sig = "($self, /)"),
    native!(
        "copy",
        dict_copy_m,
        "Return a shallow copy.",
        sig = "($self, /)"
    ),
    native!(
        "fromkeys",
        dict_fromkeys,
        "Create a new dictionary with keys from an iterable, all set to value.",
        sig = "($type, iterable, value=None, /)",
        classmethod
    ),
    native!(
        "__init__",
        dict_init,
        "Initialize the dictionary from a mapping or pairs and keywords."
    ),
    native!(
        "__getitem__",
        dict_getitem,
        "Return self[key].",
        sig = "($self, key, /)"
    ),
    native!("__setitem__", dict_setitem, "Set self[key] to value."),
    native!("__delitem__", dict_delitem, "Delete self[key]."),
    native!(
        "__contains__",
        dict_contains,
        "True if the dictionary has the key.",
        sig = "($self, key, /)"
    ),
    native!("__len__", dict_len, "Return len(self)."),
    native!("__iter__", dict_iter, "Return an iterator over the keys."),
    native!("__repr__", dict_repr, "Return repr(self)."),
];

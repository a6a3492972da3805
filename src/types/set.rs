//! `set` and `frozenset`.

use crate::bytecode::{BinOp, CmpOp};
use crate::native;
use crate::object::{Payload, PyObject, SetData, Value};
use crate::vm::native::{Args, NativeFunc};
use crate::vm::{PyResult, Vm};
use std::cell::RefCell;

fn data_of(v: &Value) -> Option<SetData> {
    match v.payload() {
        Some(Payload::Set(s)) => Some(s.borrow().clone()),
        Some(Payload::FrozenSet(s)) => Some((**s).clone()),
        _ => None,
    }
}

/// Find `key` in a set table, running `__eq__` where needed.
fn lookup(vm: &mut Vm, data: &SetData, key: &Value, hash: i64) -> PyResult<Option<usize>> {
    let p = data.probe(hash, key);
    if p.found.is_some() {
        return Ok(p.found);
    }
    for i in p.ambiguous {
        if let Some(k) = data.key_at(i).cloned()
            && vm.eq(&k, key)?
        {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

pub fn insert(vm: &mut Vm, data: &mut SetData, key: Value) -> PyResult<()> {
    let h = vm.hash(&key)?;
    if lookup(vm, data, &key, h)?.is_none() {
        data.insert_new(h, key);
    }
    Ok(())
}

pub fn new_set_from(vm: &mut Vm, items: Vec<Value>, frozen: bool) -> PyResult<Value> {
    let mut d = SetData::new();
    for it in items {
        insert(vm, &mut d, it)?;
    }
    Ok(wrap(vm, d, frozen))
}

fn wrap(vm: &Vm, d: SetData, frozen: bool) -> Value {
    if frozen {
        Value::Obj(PyObject::new(
            vm.types.frozenset.clone(),
            None,
            Payload::FrozenSet(Box::new(d)),
        ))
    } else {
        Value::Obj(PyObject::new(
            vm.types.set.clone(),
            None,
            Payload::Set(Box::new(RefCell::new(d))),
        ))
    }
}

/// Find `key` in a set held in a cell without cloning the table: only the
/// keys that need `__eq__` are copied out, and compared with no borrow held.
fn cell_lookup(vm: &mut Vm, cell: &RefCell<SetData>, key: &Value, hash: i64) -> PyResult<bool> {
    Ok(cell_find(vm, cell, key, hash)?.is_some())
}

/// The slot holding `key` in a set cell, comparing with no borrow held.
fn cell_find(
    vm: &mut Vm,
    cell: &RefCell<SetData>,
    key: &Value,
    hash: i64,
) -> PyResult<Option<usize>> {
    let candidates: Vec<(usize, Value)> = {
        let d = cell.borrow();
        let p = d.probe(hash, key);
        if let Some(i) = p.found {
            return Ok(Some(i));
        }
        p.ambiguous
            .iter()
            .filter_map(|&i| d.key_at(i).cloned().map(|k| (i, k)))
            .collect()
    };
    for (i, k) in candidates {
        if vm.eq(&k, key)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

/// `s |= other` / `s.update(other)` / `{*other}`: a set argument merges as
/// CPython's set_merge does; anything else adds item by item.
pub fn set_update(vm: &mut Vm, s: &Value, other: &Value) -> PyResult<()> {
    let Some(Payload::Set(cell)) = s.payload() else {
        return Ok(());
    };
    if cell.borrow().is_empty()
        && let Some(d) = data_of(other)
    {
        cell.borrow_mut().merge_into_empty(&d);
        return Ok(());
    }
    for it in crate::vm::ops::collect_iterable(vm, other)? {
        set_add(vm, s, it)?;
    }
    Ok(())
}

pub fn set_add(vm: &mut Vm, s: &Value, v: Value) -> PyResult<()> {
    let Some(Payload::Set(cell)) = s.payload() else {
        return Ok(());
    };
    let h = vm.hash(&v)?;
    if !cell_lookup(vm, cell, &v, h)? {
        cell.borrow_mut().insert_new(h, v);
    }
    Ok(())
}

pub fn set_contains(vm: &mut Vm, s: &Value, item: &Value) -> PyResult<bool> {
    let h = match vm.hash(item) {
        Ok(h) => h,
        Err(e) if vm.err_is(&e, "TypeError") && matches!(item.payload(), Some(Payload::Set(_))) => {
            let fs = wrap(vm, data_of(item).unwrap_or_default(), true);
            return set_contains(vm, s, &fs);
        }
        Err(e) => return Err(e),
    };
    match s.payload() {
        Some(Payload::Set(cell)) => cell_lookup(vm, cell, item, h),
        Some(Payload::FrozenSet(d)) => Ok(lookup(vm, d, item, h)?.is_some()),
        _ => Ok(false),
    }
}

pub fn frozenset_hash(s: &SetData) -> i64 {
    // CPython's frozenset hash: xor of shuffled element hashes.
    let mut hash: u64 = 0;
    for (h, _) in s.iter_hashed() {
        let h = h as u64;
        hash ^= ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167);
    }
    if s.len() & 1 == 1 {
        hash ^= ((s.len() as u64) + 1).wrapping_mul(1927868237);
    }
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    let h = hash as i64;
    if h == -1 { 590923713 } else { h }
}

fn is_frozen(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::FrozenSet(_)))
}

/// `a op= b` for a set `a`: the result of `set_binop` becomes `a`'s own
/// data. False when the operands are not both sets (nothing changes).
pub fn binop_in_place(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<bool> {
    let Some(Payload::Set(cell)) = a.payload() else {
        return Ok(false);
    };
    let Some(r) = set_binop(vm, op, a, b)? else {
        return Ok(false);
    };
    if let Some(Payload::Set(result)) = r.payload() {
        let data = result.borrow().clone();
        // The old data is released after the borrow ends.
        let old = std::mem::replace(&mut *cell.borrow_mut(), data);
        drop(old);
    }
    Ok(true)
}

pub fn set_binop(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let (Some(x), Some(y)) = (data_of(a), data_of(b)) else {
        return Ok(None);
    };
    let frozen = is_frozen(a);
    let r = match op {
        BinOp::Or => {
            let mut d = x.clone();
            d.reserve_for(y.len());
            for v in y.iter() {
                insert(vm, &mut d, v.clone())?;
            }
            d
        }
        BinOp::And => {
            let (small, big) = if x.len() <= y.len() {
                (&x, &y)
            } else {
                (&y, &x)
            };
            let mut d = SetData::new();
            for (h, v) in small.iter_hashed() {
                if lookup(vm, big, v, h)?.is_some() {
                    d.insert_new(h, v.clone());
                }
            }
            d
        }
        BinOp::Sub => {
            let mut d = SetData::new();
            for (h, v) in x.iter_hashed() {
                if lookup(vm, &y, v, h)?.is_none() {
                    d.insert_new(h, v.clone());
                }
            }
            d
        }
        BinOp::Xor => {
            let mut d = SetData::new();
            for (h, v) in x.iter_hashed() {
                if lookup(vm, &y, v, h)?.is_none() {
                    d.insert_new(h, v.clone());
                }
            }
            for (h, v) in y.iter_hashed() {
                if lookup(vm, &x, v, h)?.is_none() {
                    d.insert_new(h, v.clone());
                }
            }
            d
        }
        _ => return Ok(None),
    };
    Ok(Some(wrap(vm, r, frozen)))
}

fn is_subset(vm: &mut Vm, x: &SetData, y: &SetData) -> PyResult<bool> {
    if x.len() > y.len() {
        return Ok(false);
    }
    for (h, v) in x.iter_hashed() {
        if lookup(vm, y, v, h)?.is_none() {
            return Ok(false);
        }
    }
    Ok(true)
}

pub fn set_compare(vm: &mut Vm, op: CmpOp, a: &Value, b: &Value) -> PyResult<bool> {
    let (x, y) = (
        data_of(a).unwrap_or_default(),
        data_of(b).unwrap_or_default(),
    );
    Ok(match op {
        CmpOp::Eq => x.len() == y.len() && is_subset(vm, &x, &y)?,
        CmpOp::Ne => !(x.len() == y.len() && is_subset(vm, &x, &y)?),
        CmpOp::Le => is_subset(vm, &x, &y)?,
        CmpOp::Lt => x.len() < y.len() && is_subset(vm, &x, &y)?,
        CmpOp::Ge => is_subset(vm, &y, &x)?,
        CmpOp::Gt => x.len() > y.len() && is_subset(vm, &y, &x)?,
    })
}

fn this_cell<'a>(vm: &Vm, args: &'a Args, name: &str) -> PyResult<&'a RefCell<SetData>> {
    match args.args.first().and_then(|v| v.payload()) {
        Some(Payload::Set(s)) => Ok(s),
        _ => Err(vm.type_error(format!(
            "descriptor '{name}' for 'set' objects doesn't apply to this object"
        ))),
    }
}

fn to_data(vm: &mut Vm, v: &Value) -> PyResult<SetData> {
    if let Some(d) = data_of(v) {
        let mut fresh = SetData::new();
        fresh.merge_into_empty(&d);
        return Ok(fresh);
    }
    let items = crate::vm::ops::collect_iterable(vm, v)?;
    let mut d = SetData::new();
    for it in items {
        insert(vm, &mut d, it)?;
    }
    Ok(d)
}

fn set_add_m(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "set.add", 1, 1)?;
    let _ = this_cell(vm, &args, "add")?;
    set_add(vm, &args.args[0], args.args[1].clone())?;
    Ok(Value::None)
}

fn remove_impl(vm: &mut Vm, args: Args, must: bool) -> PyResult<Value> {
    args.check_method(vm, if must { "set.remove" } else { "set.discard" }, 1, 1)?;
    let cell = this_cell(vm, &args, "remove")?;
    let key = args.args[1].clone();
    let h = vm.hash(&key)?;
    let found = cell_find(vm, cell, &key, h)?;
    match found {
        Some(i) => {
            cell.borrow_mut().remove_at(i);
            Ok(Value::None)
        }
        None if must => Err(vm.key_error(key)),
        None => Ok(Value::None),
    }
}
fn set_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    remove_impl(vm, args, true)
}
fn set_discard(vm: &mut Vm, args: Args) -> PyResult<Value> {
    remove_impl(vm, args, false)
}

fn set_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cell = this_cell(vm, &args, "pop")?;
    let mut finger = 0;
    let r = cell.borrow_mut().pop_any(&mut finger);
    r.ok_or_else(|| vm.new_error("KeyError", "pop from an empty set"))
}

fn set_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this_cell(vm, &args, "clear")?.borrow_mut().clear();
    Ok(Value::None)
}

/// `set.__init__(iterable=(), /)`: the set's elements become the
/// iterable's (a subclass's `super().__init__(...)`).
fn set_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cell = this_cell(vm, &args, "__init__")?;
    if !args.kwargs.is_empty() {
        return Err(vm.type_error("set() takes no keyword arguments"));
    }
    if args.args.len() > 2 {
        return Err(vm.type_error(format!(
            "set expected at most 1 argument, got {}",
            args.args.len() - 1
        )));
    }
    cell.borrow_mut().clear();
    if let Some(it) = args.args.get(1) {
        set_update(vm, &args.args[0], it)?;
    }
    Ok(Value::None)
}

fn set_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = data_of(&args.args[0]).unwrap_or_default();
    Ok(wrap(vm, d, is_frozen(&args.args[0])))
}

fn set_update_m(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let _ = this_cell(vm, &args, "update")?;
    args.method_no_kwargs(vm, "update")?;
    for other in &args.args[1..] {
        let items = crate::vm::ops::collect_iterable(vm, other)?;
        for it in items {
            set_add(vm, &args.args[0], it)?;
        }
    }
    Ok(Value::None)
}

fn multi(vm: &mut Vm, args: Args, op: BinOp) -> PyResult<Value> {
    let mut acc = args.args[0].clone();
    let frozen = is_frozen(&acc);
    acc = wrap(vm, data_of(&acc).unwrap_or_default(), frozen);
    for other in &args.args[1..] {
        let d = to_data(vm, other)?;
        let o = wrap(vm, d, frozen);
        if let Some(r) = set_binop(vm, op, &acc, &o)? {
            acc = r;
        }
    }
    Ok(acc)
}
fn set_union(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.method_no_kwargs(vm, "union")?;
    multi(vm, args, BinOp::Or)
}
fn set_intersection(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.method_no_kwargs(vm, "intersection")?;
    multi(vm, args, BinOp::And)
}
fn set_difference(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.method_no_kwargs(vm, "difference")?;
    multi(vm, args, BinOp::Sub)
}
fn set_symmetric_difference(vm: &mut Vm, args: Args) -> PyResult<Value> {
    multi(vm, args, BinOp::Xor)
}

fn inplace(vm: &mut Vm, args: Args, op: BinOp) -> PyResult<Value> {
    let target = args.args[0].clone();
    let r = multi(vm, args, op)?;
    if let (Some(Payload::Set(cell)), Some(d)) = (target.payload(), data_of(&r)) {
        *cell.borrow_mut() = d;
    }
    Ok(Value::None)
}
fn set_intersection_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.method_no_kwargs(vm, "intersection_update")?;
    inplace(vm, args, BinOp::And)
}
fn set_difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.method_no_kwargs(vm, "difference_update")?;
    inplace(vm, args, BinOp::Sub)
}
fn set_symmetric_difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    inplace(vm, args, BinOp::Xor)
}

fn set_issubset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = data_of(&args.args[0]).unwrap_or_default();
    let y = to_data(vm, args.args.get(1).unwrap_or(&Value::None))?;
    is_subset(vm, &x, &y).map(Value::bool)
}
fn set_issuperset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = data_of(&args.args[0]).unwrap_or_default();
    let y = to_data(vm, args.args.get(1).unwrap_or(&Value::None))?;
    is_subset(vm, &y, &x).map(Value::bool)
}
fn set_isdisjoint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = data_of(&args.args[0]).unwrap_or_default();
    let y = to_data(vm, args.args.get(1).unwrap_or(&Value::None))?;
    for (h, v) in x.iter_hashed() {
        if lookup(vm, &y, v, h)?.is_some() {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}

fn set_contains_m(vm: &mut Vm, args: Args) -> PyResult<Value> {
    set_contains(vm, &args.args[0], &args.args[1]).map(Value::bool)
}

fn set_len(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(
        data_of(&args.args[0]).map(|d| d.len()).unwrap_or(0) as i64,
    ))
}

pub static SET_METHODS: &[NativeFunc] = &[
    native!(
        "add",
        set_add_m,
        "Add an element to the set.",
        sig = "($self, object, /)"
    ),
    native!(
        "remove",
        set_remove,
        "Remove an element; raise KeyError if it is absent.",
        sig = "($self, object, /)"
    ),
    native!(
        "discard",
        set_discard,
        "Remove an element if it is present.",
        sig = "($self, object, /)"
    ),
    native!(
        "pop",
        set_pop,
        "Remove and return an arbitrary element.",
        sig = "($self, /)"
    ),
    native!(
        "clear",
        set_clear,
        "Remove all elements.",
        sig = "($self, /)"
    ),
    native!(
        "copy",
        set_copy,
        "Return a shallow copy.",
        sig = "($self, /)"
    ),
    native!(
        "update",
        set_update_m,
        "Add the elements of the given iterables.",
        sig = "($self, /, *others)"
    ),
    native!(
        "union",
        set_union,
        "Return the union of the set and the iterables.",
        sig = "($self, /, *others)"
    ),
    native!(
        "intersection",
        set_intersection,
        "Return the elements common to the set and all iterables.",
        sig = "($self, /, *others)"
    ),
    native!(
        "difference",
        set_difference,
        "Return the elements of the set that are in none of the iterables.",
        sig = "($self, /, *others)"
    ),
    native!(
        "symmetric_difference",
        set_symmetric_difference,
        "Return the elements in exactly one of the two sets.",
        sig = "($self, other, /)"
    ),
    native!(
        "intersection_update",
        set_intersection_update,
        "Keep only elements also found in the iterables.",
        sig = "($self, /, *others)"
    ),
    native!(
        "difference_update",
        set_difference_update,
        "Remove the elements found in the iterables.",
        sig = "($self, /, *others)"
    ),
    native!(
        "symmetric_difference_update",
        set_symmetric_difference_update,
        "Keep the elements in exactly one of the two sets.",
        sig = "($self, other, /)"
    ),
    native!(
        "issubset",
        set_issubset,
        "Whether every element is also in the other.",
        sig = "($self, other, /)"
    ),
    native!(
        "issuperset",
        set_issuperset,
        "Whether every element of the other is in this set.",
        sig = "($self, other, /)"
    ),
    native!(
        "isdisjoint",
        set_isdisjoint,
        "Whether the two have no elements in common.",
        sig = "($self, other, /)"
    ),
    native!("__init__", set_init, "Initialize the set from an iterable."),
    native!(
        "__contains__",
        set_contains_m,
        "x.__contains__(y) <==> y in x.",
        sig = "($self, object, /)"
    ),
    native!("__len__", set_len, "Return len(self)."),
];

pub static FROZENSET_METHODS: &[NativeFunc] = &[
    native!(
        "copy",
        set_copy,
        "Return a shallow copy.",
        sig = "($self, /)"
    ),
    native!(
        "union",
        set_union,
        "Return the union of the set and the iterables.",
        sig = "($self, /, *others)"
    ),
    native!(
        "intersection",
        set_intersection,
        "Return the elements common to the set and all iterables.",
        sig = "($self, /, *others)"
    ),
    native!(
        "difference",
        set_difference,
        "Return the elements of the set that are in none of the iterables.",
        sig = "($self, /, *others)"
    ),
    native!(
        "symmetric_difference",
        set_symmetric_difference,
        "Return the elements in exactly one of the two sets.",
        sig = "($self, other, /)"
    ),
    native!(
        "issubset",
        set_issubset,
        "Whether every element is also in the other.",
        sig = "($self, other, /)"
    ),
    native!(
        "issuperset",
        set_issuperset,
        "Whether every element of the other is in this set.",
        sig = "($self, other, /)"
    ),
    native!(
        "isdisjoint",
        set_isdisjoint,
        "Whether the two have no elements in common.",
        sig = "($self, other, /)"
    ),
    native!(
        "__contains__",
        set_contains_m,
        "x.__contains__(y) <==> y in x.",
        sig = "($self, object, /)"
    ),
    native!("__len__", set_len, "Return len(self)."),
];

pub fn construct(
    vm: &mut Vm,
    cls: &crate::object::ObjRef,
    args: &[Value],
    frozen: bool,
) -> PyResult<Value> {
    if args.len() > 1 {
        let name = if frozen { "frozenset" } else { "set" };
        return Err(vm.type_error(format!(
            "{name} expected at most 1 argument, got {}",
            args.len()
        )));
    }
    let d = match args.first() {
        Some(it) => to_data(vm, it)?,
        None => SetData::new(),
    };
    let base = if frozen {
        &vm.types.frozenset
    } else {
        &vm.types.set
    };
    if std::rc::Rc::ptr_eq(cls, base) {
        return Ok(wrap(vm, d, frozen));
    }
    let dict = Some(vm.new_dict_obj(crate::object::Dict::new()));
    let payload = if frozen {
        Payload::FrozenSet(Box::new(d))
    } else {
        Payload::Set(Box::new(RefCell::new(d)))
    };
    Ok(Value::Obj(PyObject::new(cls.clone(), dict, payload)))
}

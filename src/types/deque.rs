//! `collections.deque`: a ring buffer (`VecDeque`) with an optional
//! `maxlen`, native so that queues (BFS work lists, asyncio's queues) cost
//! no Python call per operation. Subclasses carry the same payload
//! (`BaseKind::Deque`). Iterators remember a mutation count and fail with
//! CPython's "deque mutated during iteration" when the length changed.

use crate::native;
use crate::object::{Payload, PyObject, Value};
use crate::vm::native::{Args, NativeFunc};
use crate::vm::{PyErr, PyResult, Vm};
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

pub struct DequeData {
    pub items: RefCell<VecDeque<Value>>,
    pub maxlen: Cell<Option<usize>>,
    /// Bumped whenever items are added or removed (not on `d[i] = x`).
    pub mutations: Cell<u64>,
}

impl DequeData {
    fn new(maxlen: Option<usize>) -> DequeData {
        DequeData {
            items: RefCell::new(VecDeque::new()),
            maxlen: Cell::new(maxlen),
            mutations: Cell::new(0),
        }
    }

    fn touched(&self) {
        self.mutations.set(self.mutations.get().wrapping_add(1));
    }

    pub fn push_back(&self, v: Value) {
        self.touched();
        let mut items = self.items.borrow_mut();
        if self.maxlen.get() == Some(0) {
            return;
        }
        items.push_back(v);
        if self.maxlen.get().is_some_and(|m| items.len() > m) {
            items.pop_front();
        }
    }

    pub fn push_front(&self, v: Value) {
        self.touched();
        let mut items = self.items.borrow_mut();
        if self.maxlen.get() == Some(0) {
            return;
        }
        items.push_front(v);
        if self.maxlen.get().is_some_and(|m| items.len() > m) {
            items.pop_back();
        }
    }

    pub fn len(&self) -> usize {
        self.items.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.borrow().is_empty()
    }

    pub fn snapshot(&self) -> Vec<Value> {
        self.items.borrow().iter().cloned().collect()
    }
}

/// The deque data of a deque (or subclass) value.
pub fn data(v: &Value) -> Option<&DequeData> {
    match v.payload() {
        Some(Payload::Deque(d)) => Some(d),
        _ => None,
    }
}

fn this<'a>(vm: &Vm, args: &'a Args, name: &str) -> PyResult<&'a DequeData> {
    args.args.first().and_then(data).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{name}' requires a 'collections.deque' object"
        ))
    })
}

fn maxlen_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            if !crate::types::int::is_int(v) {
                return Err(vm.type_error("an integer is required"));
            }
            let n = vm.index_value(v)?;
            if n < 0 {
                return Err(vm.value_error("maxlen must be non-negative"));
            }
            Ok(Some(n as usize))
        }
    }
}

/// A new, empty deque of class `cls`; filled from the arguments unless a
/// Python `__init__` will do it.
pub fn construct(
    vm: &mut Vm,
    cls: &crate::object::ObjRef,
    args: &[Value],
    kwargs: &[(Value, Value)],
    dict: Option<crate::object::ObjRef>,
    python_init: bool,
) -> PyResult<Value> {
    let d = Value::Obj(PyObject::new(
        cls.clone(),
        dict,
        Payload::Deque(Box::new(DequeData::new(None))),
    ));
    if !python_init {
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(d.clone());
        all.extend_from_slice(args);
        deque_init(
            vm,
            Args {
                args: all,
                kwargs: kwargs.to_vec(),
            },
        )?;
    }
    Ok(d)
}

fn deque_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "__init__")?;
    let bound = args.bind(vm, "deque", true, &["iterable", "maxlen"], 0, 0)?;
    let maxlen = maxlen_arg(vm, bound[1].as_ref())?;
    let items = match &bound[0] {
        Some(it) => crate::vm::ops::collect_iterable(vm, it)?,
        None => Vec::new(),
    };
    d.maxlen.set(maxlen);
    d.items.borrow_mut().clear();
    d.touched();
    for v in items {
        d.push_back(v);
    }
    Ok(Value::None)
}

fn append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "append", 1, 1)?;
    this(vm, &args, "append")?.push_back(args.args[1].clone());
    Ok(Value::None)
}

fn appendleft(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "appendleft", 1, 1)?;
    this(vm, &args, "appendleft")?.push_front(args.args[1].clone());
    Ok(Value::None)
}

fn empty(vm: &Vm) -> PyErr {
    vm.new_error("IndexError", "pop from an empty deque")
}

/// `pop` (right end) and `popleft`.
fn pop_end(vm: &mut Vm, args: Args, name: &str, left: bool) -> PyResult<Value> {
    args.check_method(vm, name, 0, 0)?;
    let d = this(vm, &args, name)?;
    d.touched();
    let mut items = d.items.borrow_mut();
    let v = if left {
        items.pop_front()
    } else {
        items.pop_back()
    };
    drop(items);
    v.ok_or_else(|| empty(vm))
}

/// `append` (see `FastFn`).
fn append_fast(_vm: &mut Vm, args: &[Value]) -> Option<Value> {
    let [d, x] = args else { return None };
    data(d)?.push_back(x.clone());
    Some(Value::None)
}

/// `pop`/`popleft` of a non-empty deque (see `FastFn`).
fn pop_end_fast(args: &[Value], left: bool) -> Option<Value> {
    let [d] = args else { return None };
    let d = data(d)?;
    let mut items = d.items.borrow_mut();
    let v = if left {
        items.pop_front()
    } else {
        items.pop_back()
    }?;
    drop(items);
    d.touched();
    Some(v)
}

fn pop_fast(_vm: &mut Vm, args: &[Value]) -> Option<Value> {
    pop_end_fast(args, false)
}

fn popleft_fast(_vm: &mut Vm, args: &[Value]) -> Option<Value> {
    pop_end_fast(args, true)
}

fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pop_end(vm, args, "pop", false)
}

fn popleft(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pop_end(vm, args, "popleft", true)
}

/// `extend` (right end) and `extendleft`: the iterable is read first, so
/// a deque extended by itself sees its old contents.
fn extend_end(vm: &mut Vm, args: Args, name: &str, left: bool) -> PyResult<Value> {
    args.check_method(vm, name, 1, 1)?;
    let items = crate::vm::ops::collect_iterable(vm, &args.args[1])?;
    let d = this(vm, &args, name)?;
    for v in items {
        if left {
            d.push_front(v);
        } else {
            d.push_back(v);
        }
    }
    Ok(Value::None)
}

fn extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    extend_end(vm, args, "extend", false)
}

fn extendleft(vm: &mut Vm, args: Args) -> PyResult<Value> {
    extend_end(vm, args, "extendleft", true)
}

fn clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "clear", 0, 0)?;
    let d = this(vm, &args, "clear")?;
    d.touched();
    let old = std::mem::take(&mut *d.items.borrow_mut());
    drop(old);
    Ok(Value::None)
}

/// `d.copy()`: an exact deque copies directly; a subclass is called as
/// `type(d)(d)` (with its maxlen), as CPython does.
fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "copy", 0, 0)?;
    let d = this(vm, &args, "copy")?;
    let me = &args.args[0];
    let cls = vm.type_of(me);
    if Rc::ptr_eq(&cls, &vm.types.deque) {
        let new = DequeData::new(d.maxlen.get());
        *new.items.borrow_mut() = d.items.borrow().clone();
        return Ok(Value::Obj(PyObject::new(
            cls,
            None,
            Payload::Deque(Box::new(new)),
        )));
    }
    let mut call_args = vec![me.clone()];
    if let Some(m) = d.maxlen.get() {
        call_args.push(Value::Int(m as i64));
    }
    vm.call(&Value::Obj(cls), call_args)
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "count", 1, 1)?;
    let d = this(vm, &args, "count")?;
    let (items, before) = (d.snapshot(), d.mutations.get());
    let mut n = 0;
    for it in &items {
        let hit = it.is(&args.args[1]) || vm.eq(it, &args.args[1])?;
        searched_unchanged(vm, d, before, "RuntimeError")?;
        if hit {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

/// A comparison run while searching changed the deque: CPython stops
/// with RuntimeError (IndexError from `remove`).
fn searched_unchanged(vm: &Vm, d: &DequeData, before: u64, error: &str) -> PyResult<()> {
    if d.mutations.get() == before {
        return Ok(());
    }
    Err(vm.new_error(error, "deque mutated during iteration"))
}

fn not_in_deque(vm: &mut Vm, x: &Value) -> PyResult<PyErr> {
    let r = vm.repr_string(x)?;
    Ok(vm.value_error(format!("{r} is not in deque")))
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "index", 1, 3)?;
    let d = this(vm, &args, "index")?;
    let (items, before) = (d.snapshot(), d.mutations.get());
    let n = items.len() as i64;
    let bound = |vm: &mut Vm, v: Option<&Value>, dflt: i64| -> PyResult<usize> {
        let i = match v {
            Some(v) => vm.index_value(v)?,
            None => dflt,
        };
        let i = if i < 0 { (i + n).max(0) } else { i.min(n) };
        Ok(i as usize)
    };
    let start = bound(vm, args.args.get(2), 0)?;
    let stop = bound(vm, args.args.get(3), n)?;
    for (i, it) in items.iter().enumerate().take(stop).skip(start) {
        let hit = it.is(&args.args[1]) || vm.eq(it, &args.args[1])?;
        searched_unchanged(vm, d, before, "RuntimeError")?;
        if hit {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(not_in_deque(vm, &args.args[1])?)
}

fn insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "insert", 2, 2)?;
    let i = vm.index_value(&args.args[1])?;
    let d = this(vm, &args, "insert")?;
    let len = d.len();
    if d.maxlen.get() == Some(len) {
        return Err(vm.new_error("IndexError", "deque already at its maximum size"));
    }
    let n = len as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    d.touched();
    d.items.borrow_mut().insert(at, args.args[2].clone());
    Ok(Value::None)
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "remove", 1, 1)?;
    let d = this(vm, &args, "remove")?;
    let (items, before) = (d.snapshot(), d.mutations.get());
    for (i, it) in items.iter().enumerate() {
        let hit = it.is(&args.args[1]) || vm.eq(it, &args.args[1])?;
        searched_unchanged(vm, d, before, "IndexError")?;
        if hit {
            d.touched();
            let removed = d.items.borrow_mut().remove(i);
            drop(removed);
            return Ok(Value::None);
        }
    }
    Err(not_in_deque(vm, &args.args[1])?)
}

fn reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "reverse", 0, 0)?;
    let d = this(vm, &args, "reverse")?;
    d.items.borrow_mut().make_contiguous().reverse();
    Ok(Value::None)
}

fn rotate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "rotate", 0, 1)?;
    let n = match args.args.get(1) {
        Some(v) => vm.index_value(v)?,
        None => 1,
    };
    let d = this(vm, &args, "rotate")?;
    let mut items = d.items.borrow_mut();
    let len = items.len() as i64;
    if len > 1 {
        // Even a rotation by 0 invalidates iterators, as in CPython.
        d.touched();
        let k = n.rem_euclid(len) as usize;
        items.rotate_right(k);
    }
    Ok(Value::None)
}

fn len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "__len__", 0, 0)?;
    Ok(Value::Int(this(vm, &args, "__len__")?.len() as i64))
}

fn bool_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "__bool__", 0, 0)?;
    Ok(Value::bool(!this(vm, &args, "__bool__")?.is_empty()))
}

/// Position `key` in a deque of `len` items (negative counts from the end).
fn position(vm: &mut Vm, key: &Value, len: usize) -> PyResult<usize> {
    if !crate::types::int::is_int(key) {
        return Err(vm.type_error(format!(
            "sequence index must be integer, not '{}'",
            vm.type_name(key)
        )));
    }
    let i = vm.index_value(key)?;
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(vm.new_error("IndexError", "deque index out of range"));
    }
    Ok(j as usize)
}

/// `d[i]`, for the protocol fast path and `__getitem__`.
pub fn getitem(vm: &mut Vm, d: &DequeData, key: &Value) -> PyResult<Value> {
    let i = position(vm, key, d.len())?;
    Ok(d.items.borrow()[i].clone())
}

fn getitem_m(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "__getitem__", 1, 1)?;
    let d = this(vm, &args, "__getitem__")?;
    getitem(vm, d, &args.args[1])
}

fn setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "__setitem__", 2, 2)?;
    let d = this(vm, &args, "__setitem__")?;
    let i = position(vm, &args.args[1], d.len())?;
    let old = std::mem::replace(&mut d.items.borrow_mut()[i], args.args[2].clone());
    drop(old);
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "__delitem__", 1, 1)?;
    let d = this(vm, &args, "__delitem__")?;
    let i = position(vm, &args.args[1], d.len())?;
    d.touched();
    let old = d.items.borrow_mut().remove(i);
    drop(old);
    Ok(Value::None)
}

/// `x in d`: equality against a snapshot (comparisons may run Python).
pub fn contains(vm: &mut Vm, d: &DequeData, x: &Value) -> PyResult<bool> {
    let before = d.mutations.get();
    for it in d.snapshot() {
        if it.is(x) {
            return Ok(true);
        }
        let hit = vm.eq(&it, x)?;
        searched_unchanged(vm, d, before, "RuntimeError")?;
        if hit {
            return Ok(true);
        }
    }
    Ok(false)
}

fn contains_m(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "__contains__", 1, 1)?;
    let d = this(vm, &args, "__contains__")?;
    contains(vm, d, &args.args[1]).map(Value::bool)
}

fn iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "__iter__", 0, 0)?;
    Ok(iterator(vm, &args.args[0], false))
}

fn reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "__reversed__", 0, 0)?;
    Ok(iterator(vm, &args.args[0], true))
}

/// A forward or reverse iterator over deque `v`.
pub fn iterator(vm: &Vm, v: &Value, reverse: bool) -> Value {
    let mutations = data(v).map_or(0, |d| d.mutations.get());
    let name = if reverse {
        "_deque_reverse_iterator"
    } else {
        "_deque_iterator"
    };
    Value::Obj(PyObject::new(
        vm.types.iter_type(name),
        None,
        Payload::Iter(Box::new(RefCell::new(crate::object::IterState::Deque {
            deque: v.clone(),
            index: 0,
            mutations,
            reverse,
        }))),
    ))
}

/// The next item of a deque iterator: `None` at the end.
pub fn iter_next(
    vm: &Vm,
    deque: &Value,
    index: &mut usize,
    mutations: u64,
    reverse: bool,
) -> PyResult<Option<Value>> {
    let Some(d) = data(deque) else {
        return Ok(None);
    };
    if d.mutations.get() != mutations {
        return Err(vm.runtime_error("deque mutated during iteration"));
    }
    let items = d.items.borrow();
    let r = if reverse {
        items
            .len()
            .checked_sub(*index + 1)
            .map(|i| items[i].clone())
    } else {
        items.get(*index).cloned()
    };
    *index += 1;
    Ok(r)
}

/// `repr(d)`: `deque([...])`, `Sub([...], maxlen=n)`.
pub fn repr(vm: &mut Vm, v: &Value, d: &DequeData) -> PyResult<String> {
    let list = vm.new_list(d.snapshot());
    let inner = vm.repr_string(&list)?;
    let name = crate::types::typeobj::type_name(&vm.type_of(v));
    Ok(match d.maxlen.get() {
        Some(m) => format!("{name}({inner}, maxlen={m})"),
        None => format!("{name}({inner})"),
    })
}

fn repr_m(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "__repr__", 0, 0)?;
    let d = this(vm, &args, "__repr__")?;
    let me = args.args[0].clone();
    if vm.repr_stack.contains(&me.id()) {
        return Ok(vm.new_str("[...]"));
    }
    vm.repr_stack.push(me.id());
    let r = repr(vm, &me, d);
    vm.repr_stack.retain(|&x| x != me.id());
    r.map(|s| vm.new_string(s))
}

/// Rich comparison: deques compare as sequences with deques only.
fn compare(vm: &mut Vm, args: &Args, op: crate::bytecode::CmpOp) -> PyResult<Value> {
    let (Some(a), Some(b)) = (args.args.first().and_then(data), args.args.get(1)) else {
        return Ok(vm.not_implemented.clone());
    };
    let Some(b) = data(b) else {
        return Ok(vm.not_implemented.clone());
    };
    let (la, lb) = (vm.new_list(a.snapshot()), vm.new_list(b.snapshot()));
    vm.compare(op, &la, &lb)
}

macro_rules! comparison {
    ($fname:ident, $op:ident, $py:literal) => {
        fn $fname(vm: &mut Vm, args: Args) -> PyResult<Value> {
            args.check_method(vm, $py, 1, 1)?;
            compare(vm, &args, crate::bytecode::CmpOp::$op)
        }
    };
}
comparison!(eq, Eq, "__eq__");
comparison!(ne, Ne, "__ne__");
comparison!(lt, Lt, "__lt__");
comparison!(le, Le, "__le__");
comparison!(gt, Gt, "__gt__");
comparison!(ge, Ge, "__ge__");

/// A new deque of `like`'s class and maxlen holding `items`.
fn sibling(vm: &mut Vm, like: &Value, items: Vec<Value>) -> PyResult<Value> {
    let maxlen = data(like).and_then(|d| d.maxlen.get());
    let cls = vm.type_of(like);
    if Rc::ptr_eq(&cls, &vm.types.deque) {
        let d = DequeData::new(maxlen);
        for v in items {
            d.push_back(v);
        }
        return Ok(Value::Obj(PyObject::new(
            cls,
            None,
            Payload::Deque(Box::new(d)),
        )));
    }
    let list = vm.new_list(items);
    let mut call_args = vec![list];
    if let Some(m) = maxlen {
        call_args.push(Value::Int(m as i64));
    }
    vm.call(&Value::Obj(cls), call_args)
}

fn add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "__add__", 1, 1)?;
    let a = this(vm, &args, "__add__")?.snapshot();
    let Some(b) = data(&args.args[1]) else {
        return Err(vm.type_error(format!(
            "can only concatenate deque (not \"{}\") to deque",
            vm.type_name(&args.args[1])
        )));
    };
    let mut items = a;
    items.extend(b.snapshot());
    sibling(vm, &args.args[0], items)
}

fn repeat_count(vm: &mut Vm, n: &Value) -> PyResult<usize> {
    Ok(vm.index_value(n)?.max(0) as usize)
}

fn mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "__mul__", 1, 1)?;
    let a = this(vm, &args, "__mul__")?.snapshot();
    if !crate::types::int::is_int(&args.args[1]) {
        return Ok(vm.not_implemented.clone());
    }
    let n = repeat_count(vm, &args.args[1])?;
    if (a.len() as u128) * (n as u128) > crate::vm::errors::MAX_ALLOC {
        return Err(vm.memory_error());
    }
    let items: Vec<Value> = (0..n).flat_map(|_| a.iter().cloned()).collect();
    sibling(vm, &args.args[0], items)
}

fn iadd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "__iadd__", 1, 1)?;
    let items = crate::vm::ops::collect_iterable(vm, &args.args[1])?;
    let d = this(vm, &args, "__iadd__")?;
    for v in items {
        d.push_back(v);
    }
    Ok(args.args[0].clone())
}

fn imul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "__imul__", 1, 1)?;
    let n = repeat_count(vm, &args.args[1])?;
    let d = this(vm, &args, "__imul__")?;
    let a = d.snapshot();
    if (a.len() as u128) * (n as u128) > crate::vm::errors::MAX_ALLOC {
        return Err(vm.memory_error());
    }
    d.touched();
    d.items.borrow_mut().clear();
    for _ in 0..n {
        for v in &a {
            d.push_back(v.clone());
        }
    }
    Ok(args.args[0].clone())
}

/// `d.__reduce__()`: `(type(d), ((), maxlen) or (), state, iter(d))`,
/// as CPython's, so copy and deepcopy rebuild deques and subclasses.
fn reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "__reduce__", 0, 0)?;
    let d = this(vm, &args, "__reduce__")?;
    let me = &args.args[0];
    let cls = Value::Obj(vm.type_of(me));
    let ctor_args = match d.maxlen.get() {
        Some(m) => {
            let empty = vm.empty_tuple.clone();
            vm.new_tuple(vec![empty, Value::Int(m as i64)])
        }
        None => vm.empty_tuple.clone(),
    };
    let state = match me.as_obj().and_then(|o| o.inst_dict().cloned()) {
        Some(dict) if dict.dict_data().is_some_and(|t| !t.borrow().is_empty()) => Value::Obj(dict),
        _ => Value::None,
    };
    let items = iterator(vm, me, false);
    Ok(vm.new_tuple(vec![cls, ctor_args, state, items]))
}

pub static METHODS: &[NativeFunc] = &[
    native!(
        "__reduce__",
        reduce,
        "Return state information for pickling.",
        sig = "($self, /)"
    ),
    native!(
        "__init__",
        deque_init,
        "Initialize self.  See help(type(self)) for accurate signature.",
        sig = "($self, /, *args, **kwargs)"
    ),
    native!(
        "append",
        append,
        "Add an element to the right side of the deque.",
        sig = "($self, item, /)"
    )
    .with_fast(append_fast),
    native!(
        "appendleft",
        appendleft,
        "Add an element to the left side of the deque.",
        sig = "($self, item, /)"
    ),
    native!(
        "pop",
        pop,
        "Remove and return the rightmost element.",
        sig = "($self, /)"
    )
    .with_fast(pop_fast),
    native!(
        "popleft",
        popleft,
        "Remove and return the leftmost element.",
        sig = "($self, /)"
    )
    .with_fast(popleft_fast),
    native!(
        "extend",
        extend,
        "Extend the right side of the deque with elements from the iterable.",
        sig = "($self, iterable, /)"
    ),
    native!(
        "extendleft",
        extendleft,
        "Extend the left side of the deque with elements from the iterable.",
        sig = "($self, iterable, /)"
    ),
    native!(
        "clear",
        clear,
        "Remove all elements from the deque.",
        sig = "($self, /)"
    ),
    native!(
        "copy",
        copy,
        "Return a shallow copy of a deque.",
        sig = "($self, /)"
    ),
    native!(
        "__copy__",
        copy,
        "Return a shallow copy of a deque.",
        sig = "($self, /)"
    ),
    native!(
        "count",
        count,
        "Return number of occurrences of value.",
        sig = "($self, value, /)"
    ),
    native!(
        "index",
        index,
        "Return first index of value.\n\nRaises ValueError if the value is not present.",
        sig = "($self, value, [start, [stop]])"
    ),
    native!(
        "insert",
        insert,
        "Insert value before index.",
        sig = "($self, index, value, /)"
    ),
    native!(
        "remove",
        remove,
        "Remove first occurrence of value.",
        sig = "($self, value, /)"
    ),
    native!(
        "reverse",
        reverse,
        "Reverse *IN PLACE*.",
        sig = "($self, /)"
    ),
    native!(
        "rotate",
        rotate,
        "Rotate the deque n steps to the right.  If n is negative, rotates left.",
        sig = "($self, n=1, /)"
    ),
    native!("__len__", len, "Return len(self)."),
    native!("__bool__", bool_, "True if self else False"),
    native!("__getitem__", getitem_m, "Return self[key]."),
    native!("__setitem__", setitem, "Set self[key] to value."),
    native!("__delitem__", delitem, "Delete self[key]."),
    native!("__contains__", contains_m, "Return bool(key in self)."),
    native!("__iter__", iter, "Implement iter(self)."),
    native!(
        "__reversed__",
        reversed,
        "Return a reverse iterator over the deque.",
        sig = "($self, /)"
    ),
    native!("__repr__", repr_m, "Return repr(self)."),
    native!("__eq__", eq, "Return self==value."),
    native!("__ne__", ne, "Return self!=value."),
    native!("__lt__", lt, "Return self<value."),
    native!("__le__", le, "Return self<=value."),
    native!("__gt__", gt, "Return self>value."),
    native!("__ge__", ge, "Return self>=value."),
    native!("__add__", add, "Return self+value."),
    native!("__mul__", mul, "Return self*value."),
    native!("__rmul__", mul, "Return value*self."),
    native!("__iadd__", iadd, "Implement self+=value."),
    native!("__imul__", imul, "Implement self*=value."),
];

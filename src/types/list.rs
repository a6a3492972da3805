//! `list` methods, including a stable sort whose comparisons are Python's.

use crate::native;
use crate::object::{Payload, Value};
use crate::vm::native::{Args, NativeFunc};
use crate::vm::{PyErr, PyResult, Vm};
use std::cell::RefCell;

fn this<'a>(vm: &Vm, args: &'a Args, name: &str) -> PyResult<&'a RefCell<Vec<Value>>> {
    match args.args.first().and_then(|v| v.payload()) {
        Some(Payload::List(l)) => Ok(l),
        _ => Err(vm.type_error(format!(
            "descriptor '{name}' for 'list' objects doesn't apply to a '{}' object",
            args.args
                .first()
                .map(|v| vm.type_name(v))
                .unwrap_or_default()
        ))),
    }
}

fn list_append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "list.append", 1, 1)?;
    this(vm, &args, "append")?
        .borrow_mut()
        .push(args.args[1].clone());
    Ok(Value::None)
}

/// `list.append(x)` (see `FastFn`).
fn list_append_fast(_vm: &mut Vm, args: &[Value]) -> Option<Value> {
    let [l, x] = args else { return None };
    let Some(Payload::List(items)) = l.payload() else {
        return None;
    };
    items.borrow_mut().push(x.clone());
    Some(Value::None)
}

/// `list.pop()` and `list.pop(i)` with `i` in range (see `FastFn`).
fn list_pop_fast(_vm: &mut Vm, args: &[Value]) -> Option<Value> {
    let (l, i) = match args {
        [l] => (l, -1),
        [l, Value::Int(i)] => (l, *i),
        _ => return None,
    };
    let Some(Payload::List(items)) = l.payload() else {
        return None;
    };
    let mut items = items.borrow_mut();
    let len = items.len() as i64;
    let pos = if i < 0 { i + len } else { i };
    if pos < 0 || pos >= len {
        return None;
    }
    Some(items.remove(pos as usize))
}

fn list_extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "list.extend", 1, 1)?;
    let items = crate::vm::ops::collect_iterable(vm, &args.args[1])?;
    this(vm, &args, "extend")?.borrow_mut().extend(items);
    Ok(Value::None)
}

fn list_insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "insert", 2, 2)?;
    let i = vm.index_value(&args.args[1])?;
    let l = this(vm, &args, "insert")?;
    let len = l.borrow().len() as i64;
    let pos = if i < 0 { (i + len).max(0) } else { i.min(len) };
    l.borrow_mut().insert(pos as usize, args.args[2].clone());
    Ok(Value::None)
}

fn list_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "pop", 0, 1)?;
    let i = match args.args.get(1) {
        Some(v) => vm.index_value(v)?,
        None => -1,
    };
    let l = this(vm, &args, "pop")?;
    let len = l.borrow().len() as i64;
    if len == 0 {
        return Err(vm.index_error("pop from empty list"));
    }
    let pos = if i < 0 { i + len } else { i };
    if pos < 0 || pos >= len {
        return Err(vm.index_error("pop index out of range"));
    }
    Ok(l.borrow_mut().remove(pos as usize))
}

fn position(
    vm: &mut Vm,
    l: &RefCell<Vec<Value>>,
    x: &Value,
    start: usize,
    stop: usize,
) -> PyResult<Option<usize>> {
    let mut i = start;
    loop {
        let item = match l.borrow().get(i) {
            Some(v) if i < stop => v.clone(),
            _ => return Ok(None),
        };
        if item.is(x) || vm.eq(&item, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
}

fn list_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "list.remove", 1, 1)?;
    let l = this(vm, &args, "remove")?;
    match position(vm, l, &args.args[1], 0, usize::MAX)? {
        Some(i) => {
            l.borrow_mut().remove(i);
            Ok(Value::None)
        }
        None => Err(vm.value_error("list.remove(x): x not in list")),
    }
}

/// The `start` and `stop` of `index(x, start, stop)` (arguments 2 and 3
/// after self), clamped to a sequence of `len` items as slices are.
pub(crate) fn search_bounds(vm: &mut Vm, args: &Args, len: usize) -> PyResult<(usize, usize)> {
    let n = len as i64;
    let clamp = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    let start = match args.args.get(2) {
        Some(v) => clamp(vm.index_value(v)?),
        None => 0,
    };
    let stop = match args.args.get(3) {
        Some(v) => clamp(vm.index_value(v)?),
        None => len,
    };
    Ok((start, stop))
}

fn list_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "index", 1, 3)?;
    let l = this(vm, &args, "index")?;
    let len = l.borrow().len();
    let (start, stop) = search_bounds(vm, &args, len)?;
    match position(vm, l, &args.args[1], start, stop)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => {
            let r = vm.repr_string(&args.args[1])?;
            Err(vm.value_error(format!("{r} is not in list")))
        }
    }
}

fn list_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "list.count", 1, 1)?;
    let items = this(vm, &args, "count")?.borrow().clone();
    let mut n = 0;
    for it in &items {
        if it.is(&args.args[1]) || vm.eq(it, &args.args[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn list_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let items = std::mem::take(&mut *this(vm, &args, "clear")?.borrow_mut());
    // Release from the end, as CPython does (it decides the order in which
    // __del__ methods and weakref callbacks run).
    for item in items.into_iter().rev() {
        drop(item);
    }
    Ok(Value::None)
}

fn list_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let items = this(vm, &args, "copy")?.borrow().clone();
    Ok(vm.new_list(items))
}

fn list_reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "reverse")?.borrow_mut().reverse();
    Ok(Value::None)
}

/// Sort `items` stably by `key` with Python's `<`.
pub fn sort_values(
    vm: &mut Vm,
    items: &mut Vec<Value>,
    key: &Value,
    reverse: bool,
) -> PyResult<()> {
    let keys: Vec<Value> = if key.is_none() {
        items.clone()
    } else {
        let mut ks = Vec::with_capacity(items.len());
        for it in items.iter() {
            ks.push(vm.call(key, vec![it.clone()])?);
        }
        ks
    };
    let mut idx: Vec<usize> = (0..items.len()).collect();
    let mut err: Option<PyErr> = None;
    let mut less = |a: &Value, b: &Value, vm: &mut Vm| -> bool {
        if err.is_some() {
            return false;
        }
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            return x < y;
        }
        if let (Some(x), Some(y)) = (a.str_value(), b.str_value()) {
            return x < y;
        }
        match vm
            .compare(crate::bytecode::CmpOp::Lt, a, b)
            .and_then(|r| vm.truthy(&r))
        {
            Ok(b) => b,
            Err(e) => {
                err = Some(e);
                false
            }
        }
    };
    // Merge sort over indices so a failing comparison can stop cleanly.
    let n = idx.len();
    let mut buf = idx.clone();
    let mut width = 1;
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut i, mut j, mut k) = (start, mid, start);
            while i < mid && j < end {
                let take_right = if reverse {
                    less(&keys[idx[i]], &keys[idx[j]], vm)
                } else {
                    less(&keys[idx[j]], &keys[idx[i]], vm)
                };
                if take_right {
                    buf[k] = idx[j];
                    j += 1;
                } else {
                    buf[k] = idx[i];
                    i += 1;
                }
                k += 1;
            }
            while i < mid {
                buf[k] = idx[i];
                i += 1;
                k += 1;
            }
            while j < end {
                buf[k] = idx[j];
                j += 1;
                k += 1;
            }
            start = end;
        }
        std::mem::swap(&mut idx, &mut buf);
        width *= 2;
    }
    if let Some(e) = err {
        return Err(e);
    }
    let sorted: Vec<Value> = idx.into_iter().map(|i| items[i].clone()).collect();
    *items = sorted;
    Ok(())
}

fn list_sort(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    args.clinic_at_most(vm, "sort", 2)?;
    let key = args.take_kw("key").unwrap_or(Value::None);
    let reverse = match args.take_kw("reverse") {
        Some(r) => vm.truthy(&r)?,
        None => false,
    };
    args.no_unexpected_kwargs(vm, "sort")?;
    if args.args.len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let l = this(vm, &args, "sort")?;
    let mut items = std::mem::take(&mut *l.borrow_mut());
    let r = sort_values(vm, &mut items, &key, reverse);
    let l = this(vm, &args, "sort")?;
    let modified = !l.borrow().is_empty();
    *l.borrow_mut() = items;
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    r.map(|_| Value::None)
}

fn list_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "list", 0, 1)?;
    let items = match args.args.get(1) {
        Some(it) => crate::vm::ops::collect_iterable(vm, it)?,
        None => Vec::new(),
    };
    *this(vm, &args, "__init__")?.borrow_mut() = items;
    Ok(Value::None)
}

fn list_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(this(vm, &args, "__len__")?.borrow().len() as i64))
}

fn list_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (l, k) = (
        args.args[0].clone(),
        args.args.get(1).cloned().unwrap_or(Value::None),
    );
    let items = this(vm, &args, "__getitem__")?.borrow().clone();
    let tmp = vm.new_list(items);
    let _ = l;
    vm.getitem(&tmp, &k)
}

fn list_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let _ = this(vm, &args, "__setitem__")?;
    let plain = vm.new_list(Vec::new());
    if let (Some(Payload::List(src)), Some(Payload::List(dst))) =
        (args.args[0].payload(), plain.payload())
    {
        std::mem::swap(&mut *src.borrow_mut(), &mut *dst.borrow_mut());
        let r = vm.setitem(&plain, &args.args[1], args.args[2].clone());
        std::mem::swap(&mut *src.borrow_mut(), &mut *dst.borrow_mut());
        r?;
    }
    Ok(Value::None)
}

fn list_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let _ = this(vm, &args, "__iter__")?;
    let cls = vm.types.iter_type("list_iterator");
    Ok(Value::Obj(crate::object::PyObject::new(
        cls,
        None,
        Payload::Iter(Box::new(RefCell::new(crate::object::IterState::Seq {
            seq: args.args[0].clone(),
            index: 0,
        }))),
    )))
}

fn list_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let items = this(vm, &args, "__contains__")?.borrow().clone();
    for it in &items {
        if it.is(&args.args[1]) || vm.eq(it, &args.args[1])? {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

pub static METHODS: &[NativeFunc] = &[
    native!(
        "append",
        list_append,
        "Append an object to the end of the list.",
        sig = "($self, object, /)"
    )
    .with_fast(list_append_fast),
    native!(
        "extend",
        list_extend,
        "Extend the list with the items of an iterable.",
        sig = "($self, iterable, /)"
    ),
    native!(
        "insert",
        list_insert,
        "Insert an object before the given index.",
        sig = "($self, index, object, /)"
    ),
    native!(
        "pop",
        list_pop,
        "Remove and return the item at index (default last).",
        sig = "($self, index=-1, /)"
    )
    .with_fast(list_pop_fast),
    native!(
        "remove",
        list_remove,
        "Remove the first occurrence of a value.",
        sig = "($self, value, /)"
    ),
    native!(
        "index",
        list_index,
        "Return the first index of a value.",
        sig = "($self, value, start=0, stop=sys.maxsize, /)"
    ),
    native!(
        "count",
        list_count,
        "Return the number of occurrences of a value.",
        sig = "($self, value, /)"
    ),
    native!(
        "clear",
        list_clear,
        "Remove all items from the list.",
        sig = "($self, /)"
    ),
    native!(
        "copy",
        list_copy,
        "Return a shallow copy of the list.",
        sig = "($self, /)"
    ),
    native!(
        "reverse",
        list_reverse,
        "Reverse the list in place.",
        sig = "($self, /)"
    ),
    native!(
        "sort",
        list_sort,
        "Sort the list in place, stably, by key and in reverse if asked.",
        sig = "($self, /, *, key=None, reverse=False)"
    ),
    native!(
        "__init__",
        list_init,
        "Initialize the list from an iterable."
    ),
    native!("__len__", list_len, "Return len(self)."),
    native!(
        "__getitem__",
        list_getitem,
        "Return self[index].",
        sig = "($self, index, /)"
    ),
    native!("__setitem__", list_setitem, "Set self[index] to value."),
    native!("__iter__", list_iter, "Return an iterator over the list."),
    native!("__contains__", list_contains, "Return value in self."),
];

//! The built-in iterators (`list_iterator`, `range_iterator`, `zip`, ...)
//! and `range`'s methods.

use crate::native;
use crate::object::{IterState, Payload, Value};
use crate::vm::native::{Args, NativeFunc};
use crate::vm::{PyResult, Vm};
use std::cell::RefCell;

/// The next entry of a dict view iterator, as (key, value).
fn dict_step(
    vm: &Vm,
    dict: &crate::object::ObjRef,
    index: &mut usize,
    size: &mut usize,
) -> PyResult<Option<(Value, Value)>> {
    let Some(d) = dict.dict_data() else {
        return Ok(None);
    };
    let d = d.borrow();
    if d.len() != *size {
        *size = usize::MAX;
        drop(d);
        return Err(vm.runtime_error("dictionary changed size during iteration"));
    }
    while *index < d.slots() {
        let i = *index;
        *index += 1;
        if let Some(e) = d.entry_at(i) {
            return Ok(Some((e.key.clone(), e.value.clone())));
        }
    }
    Ok(None)
}

/// The next item of an iterator whose items are pairs (`enumerate`, a
/// two-way `zip`, `dict.items()`), as its two values: for a loop that
/// unpacks them at once, no tuple is made. None for other iterators.
pub fn iter_next_pair(
    vm: &mut Vm,
    st: &RefCell<IterState>,
) -> Option<PyResult<Option<(Value, Value)>>> {
    {
        let mut s = st.borrow_mut();
        if let IterState::DictKeys {
            dict,
            index,
            size,
            which: 2,
        } = &mut *s
        {
            return Some(dict_step(vm, dict, index, size));
        }
    }
    let state = std::mem::replace(&mut *st.borrow_mut(), IterState::Exhausted);
    let (r, state) = match state {
        IterState::Enumerate { iter, count } => match vm.next(&iter) {
            Ok(Some(v)) => (
                Ok(Some((Value::Int(count), v))),
                IterState::Enumerate {
                    iter,
                    count: count + 1,
                },
            ),
            other => (other.map(|_| None), IterState::Exhausted),
        },
        IterState::Zip {
            iters,
            strict: false,
        } if iters.len() == 2 => {
            let first = match vm.next(&iters[0]) {
                Ok(Some(a)) => vm.next(&iters[1]).map(|b| b.map(|b| (a, b))),
                other => other.map(|_| None),
            };
            match first {
                Ok(Some(pair)) => (
                    Ok(Some(pair)),
                    IterState::Zip {
                        iters,
                        strict: false,
                    },
                ),
                other => (other, IterState::Exhausted),
            }
        }
        other => {
            *st.borrow_mut() = other;
            return None;
        }
    };
    *st.borrow_mut() = state;
    Some(r)
}

pub fn iter_next(vm: &mut Vm, it: &Value, st: &RefCell<IterState>) -> PyResult<Option<Value>> {
    // Cases that need no Python code run under one borrow.
    {
        let mut s = st.borrow_mut();
        match &mut *s {
            IterState::Deque {
                deque,
                index,
                mutations,
                reverse,
            } => {
                let r = crate::types::deque::iter_next(vm, deque, index, *mutations, *reverse);
                if !matches!(r, Ok(Some(_))) {
                    *s = IterState::Exhausted;
                }
                return r;
            }
            IterState::Seq { seq, index } => match seq.payload() {
                Some(Payload::List(l)) => {
                    let r = l.borrow().get(*index).cloned();
                    if r.is_some() {
                        *index += 1;
                    } else {
                        *s = IterState::Exhausted;
                    }
                    return Ok(r);
                }
                Some(Payload::Tuple(t)) => {
                    let r = t.get(*index).cloned();
                    if r.is_some() {
                        *index += 1;
                    } else {
                        *s = IterState::Exhausted;
                    }
                    return Ok(r);
                }
                Some(Payload::Bytes(b)) => {
                    let r = b.get(*index).map(|&c| Value::Int(c as i64));
                    *index += 1;
                    return Ok(r);
                }
                Some(Payload::ByteArray(b)) => {
                    let r = b.borrow().get(*index).map(|&c| Value::Int(c as i64));
                    *index += 1;
                    return Ok(r);
                }
                _ => {}
            },
            IterState::Range { next, stop, step } => {
                if (*step > 0 && *next < *stop) || (*step < 0 && *next > *stop) {
                    let v = *next;
                    *next = next.saturating_add(*step);
                    return Ok(Some(Value::Int(v)));
                }
                return Ok(None);
            }
            IterState::Str { s: sv, byte_pos } => {
                let text = sv.str_value().unwrap_or("");
                let Some(c) = text[*byte_pos..].chars().next() else {
                    return Ok(None);
                };
                *byte_pos += c.len_utf8();
                let mut buf = [0u8; 4];
                return Ok(Some(vm.new_str(c.encode_utf8(&mut buf))));
            }
            IterState::DictKeys {
                dict,
                index,
                size,
                which,
            } => {
                let which = *which;
                return Ok(dict_step(vm, dict, index, size)?.map(|(k, v)| match which {
                    0 => k,
                    1 => v,
                    _ => vm.new_tuple(vec![k, v]),
                }));
            }
            IterState::Set { set, index, size } => {
                let step = |data: &crate::object::SetData,
                            index: &mut usize,
                            size: &mut usize|
                 -> Result<Option<Value>, ()> {
                    if data.len() != *size {
                        *size = usize::MAX;
                        return Err(());
                    }
                    while *index < data.slots() {
                        let i = *index;
                        *index += 1;
                        if let Some(k) = data.key_at(i) {
                            return Ok(Some(k.clone()));
                        }
                    }
                    Ok(None)
                };
                let r = match set.payload() {
                    Some(Payload::Set(cell)) => step(&cell.borrow(), index, size),
                    Some(Payload::FrozenSet(d)) => step(d, index, size),
                    _ => Ok(None),
                };
                return match r {
                    Ok(v) => Ok(v),
                    Err(()) => Err(vm.runtime_error("Set changed size during iteration")),
                };
            }
            IterState::Values { items, index } => {
                let r = items.get(*index).cloned();
                *index += 1;
                return Ok(r);
            }
            IterState::Exhausted => return Ok(None),
            _ => {}
        }
    }
    // `await future`: may raise (its exception, or StopIteration with the
    // result), so the state is updated with no borrow held.
    let future_step = match &*st.borrow() {
        IterState::FutureAwait { fut, yielded } => Some((fut.clone(), *yielded)),
        _ => None,
    };
    if let Some((fut, mut yielded)) = future_step {
        let r = crate::modules::asyncio::future::await_step(vm, &fut, &mut yielded);
        *st.borrow_mut() = match &r {
            Ok(Some(_)) => IterState::FutureAwait { fut, yielded },
            _ => IterState::Exhausted,
        };
        return r;
    }
    // `enumerate`: its pair, made a tuple.
    if matches!(&*st.borrow(), IterState::Enumerate { .. }) {
        return match iter_next_pair(vm, st) {
            Some(Ok(Some((i, v)))) => Ok(Some(vm.new_tuple(vec![i, v]))),
            Some(Err(e)) => Err(e),
            _ => Ok(None),
        };
    }
    // Cases that call back into Python: copy what we need, release the borrow.
    let state = std::mem::replace(&mut *st.borrow_mut(), IterState::Exhausted);
    let (result, state) = match state {
        IterState::Seq { seq, index } => {
            let r = match vm.getitem(&seq, &Value::Int(index as i64)) {
                Ok(v) => Ok(Some(v)),
                Err(e) if vm.err_is(&e, "IndexError") || vm.err_is(&e, "StopIteration") => Ok(None),
                Err(e) => Err(e),
            };
            let done = !matches!(r, Ok(Some(_)));
            (
                r,
                if done {
                    IterState::Exhausted
                } else {
                    IterState::Seq {
                        seq,
                        index: index + 1,
                    }
                },
            )
        }
        IterState::Zip { iters, strict } => {
            let mut items = Vec::with_capacity(iters.len());
            let mut res = Ok(None);
            let mut done = false;
            for (i, itr) in iters.iter().enumerate() {
                match vm.next(itr) {
                    Ok(Some(v)) => items.push(v),
                    Ok(None) => {
                        if strict && (i > 0 || iters[1..].iter().any(|_| false)) {
                            res = Err(vm.value_error(format!(
                                "zip() argument {} is shorter than argument{} {}",
                                i + 1,
                                if i == 1 { "" } else { "s" },
                                if i == 1 {
                                    "1".to_string()
                                } else {
                                    format!("1-{i}")
                                }
                            )));
                        } else if strict && i == 0 {
                            // Check the others are exhausted too.
                            for (j, other) in iters.iter().enumerate().skip(1) {
                                match vm.next(other) {
                                    Ok(Some(_)) => {
                                        res = Err(vm.value_error(format!(
                                            "zip() argument {} is longer than argument{} {}",
                                            j + 1,
                                            if j == 1 { "" } else { "s" },
                                            if j == 1 {
                                                "1".to_string()
                                            } else {
                                                format!("1-{j}")
                                            }
                                        )));
                                        break;
                                    }
                                    Ok(None) => {}
                                    Err(e) => {
                                        res = Err(e);
                                        break;
                                    }
                                }
                            }
                        }
                        done = true;
                        break;
                    }
                    Err(e) => {
                        res = Err(e);
                        done = true;
                        break;
                    }
                }
            }
            if done || iters.is_empty() {
                (res, IterState::Exhausted)
            } else {
                let t = vm.new_tuple(items);
                (Ok(Some(t)), IterState::Zip { iters, strict })
            }
        }
        IterState::Map { func, iters } => {
            let mut args = Vec::with_capacity(iters.len());
            let mut done = None;
            for itr in &iters {
                match vm.next(itr) {
                    Ok(Some(v)) => args.push(v),
                    Ok(None) => {
                        done = Some(Ok(None));
                        break;
                    }
                    Err(e) => {
                        done = Some(Err(e));
                        break;
                    }
                }
            }
            match done {
                Some(r) => (r, IterState::Exhausted),
                None => {
                    let r = vm.call(&func, args);
                    match r {
                        Ok(v) => (Ok(Some(v)), IterState::Map { func, iters }),
                        Err(e) => (Err(e), IterState::Map { func, iters }),
                    }
                }
            }
        }
        IterState::Filter {
            func,
            iter,
            keep_false,
        } => loop {
            match vm.next(&iter) {
                Ok(Some(v)) => {
                    let t = if func.is_none() {
                        vm.truthy(&v)
                    } else {
                        vm.call(&func, vec![v.clone()]).and_then(|r| vm.truthy(&r))
                    };
                    match t {
                        Ok(t) => {
                            if t != keep_false {
                                break (
                                    Ok(Some(v)),
                                    IterState::Filter {
                                        func,
                                        iter,
                                        keep_false,
                                    },
                                );
                            }
                        }
                        Err(e) => {
                            break (
                                Err(e),
                                IterState::Filter {
                                    func,
                                    iter,
                                    keep_false,
                                },
                            );
                        }
                    }
                }
                other => break (other, IterState::Exhausted),
            }
        },
        IterState::Reversed { seq, index } => {
            if index < 0 {
                (Ok(None), IterState::Exhausted)
            } else {
                match vm.getitem(&seq, &Value::Int(index as i64)) {
                    Ok(v) => (
                        Ok(Some(v)),
                        IterState::Reversed {
                            seq,
                            index: index - 1,
                        },
                    ),
                    Err(e) if vm.err_is(&e, "IndexError") => (Ok(None), IterState::Exhausted),
                    Err(e) => (Err(e), IterState::Exhausted),
                }
            }
        }
        IterState::Callable { func, sentinel } => match vm.call(&func, vec![]) {
            Ok(v) => {
                if v.is(&sentinel) || vm.eq(&v, &sentinel)? {
                    (Ok(None), IterState::Exhausted)
                } else {
                    (Ok(Some(v)), IterState::Callable { func, sentinel })
                }
            }
            Err(e) => (Err(e), IterState::Exhausted),
        },
        other => (Ok(None), other),
    };
    *st.borrow_mut() = state;
    let _ = it;
    result
}

fn iter_self(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.args[0].clone())
}

fn iter_next_m(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let it = args.args[0].clone();
    match vm.next(&it)? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(Value::None)),
    }
}

fn iter_length_hint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(Payload::Iter(st)) = args.args[0].payload() {
        let n = match &*st.borrow() {
            IterState::Seq { seq, index } => match seq.payload() {
                Some(Payload::List(l)) => l.borrow().len().saturating_sub(*index),
                Some(Payload::Tuple(t)) => t.len().saturating_sub(*index),
                _ => 0,
            },
            IterState::Range { next, stop, step } => {
                let r = crate::object::RangeData {
                    start: *next,
                    stop: *stop,
                    step: *step,
                };
                r.len() as usize
            }
            _ => 0,
        };
        return Ok(Value::Int(n as i64));
    }
    let _ = vm;
    Ok(Value::Int(0))
}

pub static ITER_METHODS: &[NativeFunc] = &[
    native!("__iter__", iter_self, "Return the iterator itself."),
    native!(
        "__next__",
        iter_next_m,
        "Return the next item, or raise StopIteration."
    ),
    native!(
        "__length_hint__",
        iter_length_hint,
        "Return an estimate of the number of items left.",
        sig = "($self, /)"
    ),
];

fn range_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if crate::types::int::as_i64(&args.args[1]).is_some() {
        let r = vm.contains(&args.args[0], &args.args[1])?;
        return Ok(Value::Int(r as i64));
    }
    match args.args[0].payload() {
        Some(Payload::Range(r)) => {
            crate::types::protocols::range_search(vm, r, &args.args[1], false)
                .map(|(n, _)| Value::Int(n))
        }
        _ => Ok(Value::Int(0)),
    }
}

fn range_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let (Some(Payload::Range(r)), Some(i)) = (
        args.args[0].payload(),
        crate::types::int::as_i64(&args.args[1]),
    ) {
        let ok = if r.step > 0 {
            i >= r.start && i < r.stop
        } else {
            i <= r.start && i > r.stop
        };
        if ok && (i - r.start) % r.step == 0 {
            return Ok(Value::Int((i - r.start) / r.step));
        }
        let s = vm.repr_string(&args.args[1])?;
        return Err(vm.value_error(format!("{s} is not in range")));
    }
    // Not an int: searched for by equality, as any sequence is.
    if let Some(Payload::Range(r)) = args.args[0].payload()
        && let (_, Some(k)) = crate::types::protocols::range_search(vm, r, &args.args[1], true)?
    {
        return Ok(Value::Int(k));
    }
    Err(vm.value_error("sequence.index(x): x not in sequence"))
}

pub static RANGE_METHODS: &[NativeFunc] = &[
    native!(
        "count",
        range_count,
        "Return the number of occurrences of a value.",
        sig = "($self, object, /)"
    ),
    native!(
        "index",
        range_index,
        "Return the index of a value, or raise ValueError.",
        sig = "($self, object, /)"
    ),
];

fn slice_indices_m(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "indices", 1, 1)?;
    let Some(Payload::Slice(sl)) = args.args[0].payload() else {
        return Err(vm.type_error("descriptor 'indices' requires a 'slice' object"));
    };
    let sl = (**sl).clone();
    let n = vm.index_value(&args.args[1])?;
    if n < 0 {
        return Err(vm.value_error("length should not be negative"));
    }
    let (a, b, c) = crate::types::protocols::slice_indices(vm, &sl, n as usize)?;
    Ok(vm.new_tuple(vec![Value::Int(a), Value::Int(b), Value::Int(c)]))
}

pub static SLICE_METHODS: &[NativeFunc] = &[native!(
    "indices",
    slice_indices_m,
    "Return (start, stop, stride) for a sequence of the given length.",
    sig = "($self, object, /)"
)];

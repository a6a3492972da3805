//! Operator and protocol fast paths for built-in types: the VM tries these
//! before the dunder protocol, so `[1] + [2]` or `d[k]` never look up a
//! method. Each returns None when the operands are not its business.

use crate::bytecode::{BinOp, CmpOp};
use crate::native;
use crate::object::{ObjRef, Payload, Value};
use crate::types::{float, int, str as pystr};
use crate::vm::native::{Args, NativeFunc};
use crate::vm::{PyResult, Vm};
use std::rc::Rc;

/// Does `v`'s class inherit `name` from its built-in base (no override)?
fn uses_builtin(vm: &Vm, v: &Value, name: &str) -> bool {
    let cls = vm.type_of(v);
    match cls.type_data() {
        Some(t) if !t.heap => true,
        Some(_) => crate::types::typeobj::lookup(&cls, name)
            .is_none_or(|m| matches!(m.payload(), Some(Payload::Native(_)))),
        None => true,
    }
}

pub fn builtin_binop(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if int::is_int(a) && int::is_int(b) {
        let (x, y) = (
            int::as_big(a).unwrap_or_default(),
            int::as_big(b).unwrap_or_default(),
        );
        return int::big_binop(vm, op, &x, &y).map(Some);
    }
    if let (Some(x), Some(y)) = (float::as_f64(a), float::as_f64(b)) {
        let af = !int::is_int(a) && !matches!(a.payload(), Some(Payload::Complex(..)));
        let bf = !int::is_int(b) && !matches!(b.payload(), Some(Payload::Complex(..)));
        if af || bf {
            let x = if af { x } else { int_to_f64(vm, a)? };
            let y = if bf { y } else { int_to_f64(vm, b)? };
            return float::float_binop(vm, op, x, y);
        }
    }
    if let Some(r) = complex_binop(vm, op, a, b)? {
        return Ok(Some(r));
    }
    // %-formatting takes any right operand, inline numbers included.
    if op == BinOp::Mod {
        match a.payload() {
            Some(Payload::Str(_)) => return pystr::percent_format(vm, a, b).map(Some),
            Some(Payload::Bytes(_) | Payload::ByteArray(_)) => {
                return crate::types::bytes::percent_format(vm, a, b).map(Some);
            }
            _ => {}
        }
    }
    let (Value::Obj(oa), Value::Obj(ob)) = (a, b) else {
        return seq_repeat(vm, op, a, b);
    };
    match (&oa.payload, &ob.payload, op) {
        (Payload::Str(x), Payload::Str(y), BinOp::Add) => {
            let mut s = String::with_capacity(x.as_str().len() + y.as_str().len());
            s.push_str(x.as_str());
            s.push_str(y.as_str());
            Ok(Some(vm.new_string(s)))
        }
        (Payload::List(x), Payload::List(y), BinOp::Add) => {
            let mut v = x.borrow().clone();
            v.extend(y.borrow().iter().cloned());
            Ok(Some(vm.new_list(v)))
        }
        (Payload::Tuple(x), Payload::Tuple(y), BinOp::Add) => {
            let mut v = x.to_vec();
            v.extend(y.iter().cloned());
            Ok(Some(vm.new_tuple(v)))
        }
        (Payload::Bytes(x), Payload::Bytes(y), BinOp::Add) => {
            let mut v = x.to_vec();
            v.extend_from_slice(y);
            Ok(Some(vm.new_bytes(v)))
        }
        (
            Payload::Bytes(_) | Payload::ByteArray(_),
            Payload::Bytes(_) | Payload::ByteArray(_) | Payload::MemoryView(_),
            BinOp::Add,
        ) => {
            let mut v = crate::types::bytes::bytes_of(vm, a)?;
            v.extend(crate::types::bytes::bytes_of(vm, b)?);
            Ok(Some(match &oa.payload {
                Payload::ByteArray(_) => crate::types::bytes::new_bytearray(vm, v),
                _ => vm.new_bytes(v),
            }))
        }
        (Payload::Dict(_), Payload::Dict(_), BinOp::Or) => {
            let d = crate::types::dict::dict_copy(vm, oa);
            crate::types::dict::dict_update_from(vm, &d, b, false)?;
            Ok(Some(d))
        }
        (Payload::DictView(_, w), _, BinOp::And | BinOp::Or | BinOp::Sub | BinOp::Xor)
            if *w != 1 =>
        {
            let left = crate::vm::ops::collect_iterable(vm, a)?;
            let right = crate::vm::ops::collect_iterable(vm, b)?;
            let l = crate::types::set::new_set_from(vm, left, false)?;
            let r = crate::types::set::new_set_from(vm, right, false)?;
            crate::types::set::set_binop(vm, op, &l, &r)
        }
        (Payload::Set(_) | Payload::FrozenSet(_), Payload::Set(_) | Payload::FrozenSet(_), _) => {
            crate::types::set::set_binop(vm, op, a, b)
        }
        (Payload::Str(_), _, BinOp::Mod) => pystr::percent_format(vm, a, b).map(Some),
        (Payload::Bytes(_) | Payload::ByteArray(_), _, BinOp::Mod) => {
            crate::types::bytes::percent_format(vm, a, b).map(Some)
        }
        _ => seq_repeat(vm, op, a, b),
    }
}

fn int_to_f64(vm: &Vm, v: &Value) -> PyResult<f64> {
    match int::as_big(v) {
        Some(b) => int::big_to_f64(vm, &b),
        None => Ok(float::as_f64(v).unwrap_or(0.0)),
    }
}

fn complex_parts(v: &Value) -> Option<(f64, f64)> {
    match v.payload() {
        Some(Payload::Complex(r, i)) => Some((*r, *i)),
        _ => float::as_f64(v).map(|f| (f, 0.0)),
    }
}

fn complex_binop(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let is_c = |v: &Value| matches!(v.payload(), Some(Payload::Complex(..)));
    if !is_c(a) && !is_c(b) {
        return Ok(None);
    }
    let (Some((ar, ai)), Some((br, bi))) = (complex_parts(a), complex_parts(b)) else {
        return Ok(None);
    };
    let (r, i) = match op {
        BinOp::Add => (ar + br, ai + bi),
        BinOp::Sub => (ar - br, ai - bi),
        BinOp::Mul => (ar * br - ai * bi, ar * bi + ai * br),
        BinOp::TrueDiv => {
            // Smith's method: scale by the larger part of the divisor,
            // which avoids overflow and matches CPython's rounding.
            let (abs_r, abs_i) = (br.abs(), bi.abs());
            if abs_r >= abs_i {
                if abs_r == 0.0 {
                    return Err(vm.zero_division("division by zero"));
                }
                let ratio = bi / br;
                let denom = br + bi * ratio;
                ((ar + ai * ratio) / denom, (ai - ar * ratio) / denom)
            } else if abs_i >= abs_r {
                let ratio = br / bi;
                let denom = br * ratio + bi;
                ((ar * ratio + ai) / denom, (ai * ratio - ar) / denom)
            } else {
                (f64::NAN, f64::NAN)
            }
        }
        BinOp::Pow => float::complex_pow(ar, ai, br, bi),
        _ => return Ok(None),
    };
    Ok(Some(float::new_complex(vm, r, i)))
}

fn seq_repeat(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if op != BinOp::Mul {
        return Ok(None);
    }
    let (seq, n) = if int::is_int(b) && !int::is_int(a) {
        (a, b)
    } else if int::is_int(a) && !int::is_int(b) {
        (b, a)
    } else {
        return Ok(None);
    };
    let Some(p) = seq.payload() else {
        return Ok(None);
    };
    if !matches!(
        p,
        Payload::Str(_)
            | Payload::List(_)
            | Payload::Tuple(_)
            | Payload::Bytes(_)
            | Payload::ByteArray(_)
    ) {
        return Ok(None);
    }
    let count = match int::as_i64(n) {
        Some(c) => c.max(0) as usize,
        None => {
            if int::as_big(n).is_some_and(|b| num_traits::Signed::is_negative(&b)) {
                0
            } else {
                return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"));
            }
        }
    };
    let unit = match p {
        Payload::Str(s) => s.as_str().len(),
        Payload::List(l) => l.borrow().len(),
        Payload::Tuple(t) => t.len(),
        Payload::Bytes(b) => b.len(),
        Payload::ByteArray(b) => b.borrow().len(),
        _ => 0,
    };
    let total = (unit as u128) * (count as u128);
    if total > crate::vm::errors::MAX_ALLOC {
        return Err(vm.memory_error());
    }
    Ok(Some(match p {
        Payload::Str(s) => vm.new_string(s.as_str().repeat(count)),
        Payload::List(l) => {
            let src = l.borrow();
            let mut v = Vec::with_capacity(src.len() * count);
            for _ in 0..count {
                v.extend(src.iter().cloned());
            }
            vm.new_list(v)
        }
        Payload::Tuple(t) => {
            let mut v = Vec::with_capacity(t.len() * count);
            for _ in 0..count {
                v.extend(t.iter().cloned());
            }
            vm.new_tuple(v)
        }
        Payload::Bytes(b) => vm.new_bytes(b.repeat(count)),
        Payload::ByteArray(b) => crate::types::bytes::new_bytearray(vm, b.borrow().repeat(count)),
        _ => return Ok(None),
    }))
}

fn ord_result(op: CmpOp, o: std::cmp::Ordering) -> bool {
    use std::cmp::Ordering::*;
    match op {
        CmpOp::Lt => o == Less,
        CmpOp::Le => o != Greater,
        CmpOp::Eq => o == Equal,
        CmpOp::Ne => o != Equal,
        CmpOp::Gt => o == Greater,
        CmpOp::Ge => o != Less,
    }
}

fn cmp_int_float(i: &malachite_bigint::BigInt, f: f64) -> Option<std::cmp::Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            std::cmp::Ordering::Less
        } else {
            std::cmp::Ordering::Greater
        });
    }
    let fl = f.floor();
    let fb = int::big_from_f64(fl);
    match i.cmp(&fb) {
        std::cmp::Ordering::Equal => {
            if f > fl {
                Some(std::cmp::Ordering::Less)
            } else {
                Some(std::cmp::Ordering::Equal)
            }
        }
        o => Some(o),
    }
}

pub fn fast_compare(vm: &mut Vm, op: CmpOp, a: &Value, b: &Value) -> PyResult<Option<bool>> {
    use Value::*;
    match (a, b) {
        (Int(x), Int(y)) => return Ok(Some(int::cmp_i64(op, *x, *y))),
        (Float(x), Float(y)) => return Ok(Some(op.holds(x.get(), y.get()))),
        (None, None) if matches!(op, CmpOp::Eq | CmpOp::Ne) => return Ok(Some(op == CmpOp::Eq)),
        _ => {}
    }
    let heap = |v: &Value| vm.type_of(v).type_data().is_some_and(|t| t.heap);
    if heap(a) || heap(b) {
        // Heap classes may override comparisons; only pure built-in data
        // layouts with inherited methods take the fast path.
        if !(uses_builtin(vm, a, op.dunder()) && uses_builtin(vm, b, op.swapped().dunder())) {
            return Ok(Option::None);
        }
    }
    compare_builtin_data(vm, op, a, b)
}

/// The comparison built-in data defines for `a` and `b`, whatever their
/// classes override: None when the built-in types have none.
fn compare_builtin_data(vm: &mut Vm, op: CmpOp, a: &Value, b: &Value) -> PyResult<Option<bool>> {
    use Value::*;
    // Weak references: equal referents while both live, else identity.
    if let (Some(Payload::WeakRef(x, _)), Some(Payload::WeakRef(y, _))) = (a.payload(), b.payload())
        && matches!(op, CmpOp::Eq | CmpOp::Ne)
    {
        let same = match (x.upgrade(), y.upgrade()) {
            (Some(p), Some(q)) => {
                let r = vm.compare(CmpOp::Eq, &Value::Obj(p), &Value::Obj(q))?;
                vm.truthy(&r)?
            }
            _ => a.is(b),
        };
        return Ok(Some(same == (op == CmpOp::Eq)));
    }
    // Complex numbers compare for equality with any number.
    if matches!(op, CmpOp::Eq | CmpOp::Ne)
        && (matches!(a.payload(), Some(Payload::Complex(..)))
            || matches!(b.payload(), Some(Payload::Complex(..))))
    {
        let parts = |v: &Value| match v.payload() {
            Some(Payload::Complex(r, i)) => Some((*r, *i)),
            _ => float::as_f64(v)
                .filter(|_| v.as_str().is_none())
                .map(|f| (f, 0.0)),
        };
        if let (Some(x), Some(y)) = (parts(a), parts(b)) {
            return Ok(Some((x == y) == (op == CmpOp::Eq)));
        }
    }
    // Numbers.
    let num = |v: &Value| {
        int::is_int(v)
            || float::as_f64(v).is_some() && !matches!(v.payload(), Some(Payload::Str(_)))
    };
    if num(a)
        && num(b)
        && !matches!(a.payload(), Some(Payload::Complex(..)))
        && !matches!(b.payload(), Some(Payload::Complex(..)))
    {
        let ord = match (int::as_big(a), int::as_big(b)) {
            (Some(x), Some(y)) => Some(x.cmp(&y)),
            (Some(x), Option::None) => cmp_int_float(&x, float::as_f64(b).unwrap_or(0.0)),
            (Option::None, Some(y)) => {
                cmp_int_float(&y, float::as_f64(a).unwrap_or(0.0)).map(|o| o.reverse())
            }
            _ => float::as_f64(a)
                .unwrap_or(0.0)
                .partial_cmp(&float::as_f64(b).unwrap_or(0.0)),
        };
        return Ok(Some(match ord {
            Some(o) => ord_result(op, o),
            Option::None => op == CmpOp::Ne,
        }));
    }
    let (Obj(oa), Obj(ob)) = (a, b) else {
        return Ok(eq_fallback(op, a, b));
    };
    match (&oa.payload, &ob.payload) {
        (Payload::Str(x), Payload::Str(y)) => Ok(Some(ord_result(op, x.as_str().cmp(y.as_str())))),
        (Payload::Bytes(x), Payload::Bytes(y)) => Ok(Some(ord_result(op, x.cmp(y)))),
        (Payload::Bytes(_) | Payload::ByteArray(_), Payload::Bytes(_) | Payload::ByteArray(_)) => {
            let x = crate::types::bytes::bytes_of(vm, a)?;
            let y = crate::types::bytes::bytes_of(vm, b)?;
            Ok(Some(ord_result(op, x.cmp(&y))))
        }
        // Tuples are immutable and kept alive by `a` and `b`: compare in place.
        (Payload::Tuple(x), Payload::Tuple(y)) => seq_compare(vm, op, x, y).map(Some),
        (Payload::List(x), Payload::List(y)) => {
            let (x, y) = (x.borrow().clone(), y.borrow().clone());
            seq_compare(vm, op, &x, &y).map(Some)
        }
        (Payload::Dict(_), Payload::Dict(_)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
            let eq = crate::types::dict::dict_eq(vm, oa, ob)?;
            Ok(Some(eq == (op == CmpOp::Eq)))
        }
        (Payload::Set(_) | Payload::FrozenSet(_), Payload::Set(_) | Payload::FrozenSet(_)) => {
            crate::types::set::set_compare(vm, op, a, b).map(Some)
        }
        // Keys and items views compare as sets with sets and other views.
        (Payload::DictView(..), _) | (_, Payload::DictView(..))
            if set_like(&oa.payload) && set_like(&ob.payload) =>
        {
            let mut as_set = |v: &Value| -> PyResult<Value> {
                if matches!(v.payload(), Some(Payload::DictView(..))) {
                    let items = crate::vm::ops::collect_iterable(vm, v)?;
                    crate::types::set::new_set_from(vm, items, false)
                } else {
                    Ok(v.clone())
                }
            };
            let (l, r) = (as_set(a)?, as_set(b)?);
            crate::types::set::set_compare(vm, op, &l, &r).map(Some)
        }
        // Slices compare as their (start, stop, step) tuples (immutable,
        // kept alive by `a` and `b`: in place, as tuples).
        (Payload::Slice(x), Payload::Slice(y)) => seq_compare(vm, op, &x[..], &y[..]).map(Some),
        (Payload::Range(x), Payload::Range(y)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
            let same = (x.is_empty() && y.is_empty())
                || (x.len() == y.len() && x.start == y.start && (x.len() == 1 || x.step == y.step));
            Ok(Some(same == (op == CmpOp::Eq)))
        }
        (Payload::BoundMethod(x), Payload::BoundMethod(y))
            if matches!(op, CmpOp::Eq | CmpOp::Ne) =>
        {
            let same = x.0.is(&y.0) && x.1.is(&y.1);
            Ok(Some(same == (op == CmpOp::Eq)))
        }
        (Payload::Native(x), Payload::Native(y)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
            let same_def = std::ptr::eq(x.def, y.def);
            let same_bound = match (&x.bound, &y.bound) {
                (Some(p), Some(q)) => p.is(q),
                (Option::None, Option::None) => true,
                _ => false,
            };
            Ok(Some((same_def && same_bound) == (op == CmpOp::Eq)))
        }
        (Payload::Complex(ar, ai), Payload::Complex(br, bi))
            if matches!(op, CmpOp::Eq | CmpOp::Ne) =>
        {
            Ok(Some((ar == br && ai == bi) == (op == CmpOp::Eq)))
        }
        _ => Ok(eq_fallback(op, a, b)),
    }
}

/// Whether the built-in type of `a` (the receiver of one of its rich
/// comparison slot wrappers) compares with `b` under `op`: CPython's
/// per-type rules, NotImplemented otherwise.
fn compares_with(op: CmpOp, a: &Value, b: &Value) -> bool {
    let equality = matches!(op, CmpOp::Eq | CmpOp::Ne);
    let float =
        |v: &Value| matches!(v, Value::Float(_)) || matches!(v.payload(), Some(Payload::Float(_)));
    let number = |v: &Value| int::is_int(v) || float(v);
    if float(a) {
        return number(b);
    }
    match (a.payload(), b.payload()) {
        (Some(Payload::Str(_)), Some(Payload::Str(_)))
        | (Some(Payload::Bytes(_)), Some(Payload::Bytes(_)))
        | (Some(Payload::ByteArray(_)), Some(Payload::Bytes(_) | Payload::ByteArray(_)))
        | (Some(Payload::Tuple(_)), Some(Payload::Tuple(_)))
        | (Some(Payload::List(_)), Some(Payload::List(_)))
        | (Some(Payload::Slice(_)), Some(Payload::Slice(_)))
        | (
            Some(Payload::Set(_) | Payload::FrozenSet(_)),
            Some(Payload::Set(_) | Payload::FrozenSet(_)),
        ) => true,
        (Some(Payload::Dict(_)), Some(Payload::Dict(_)))
        | (Some(Payload::Range(_)), Some(Payload::Range(_))) => equality,
        (Some(Payload::Complex(..)), other) => {
            equality && (number(b) || matches!(other, Some(Payload::Complex(..))))
        }
        _ => false,
    }
}

/// A rich comparison slot wrapper of a built-in type (`list.__eq__`,
/// `str.__lt__`, ...): the comparison of the receiver's built-in data,
/// never a subclass's override (what `super().__eq__(other)` reaches).
fn builtin_richcompare(vm: &mut Vm, args: Args, op: CmpOp) -> PyResult<Value> {
    args.check_method(vm, "expected", 1, 1)?;
    let (a, b) = (&args.args[0], &args.args[1]);
    if !compares_with(op, a, b) {
        return Ok(vm.not_implemented.clone());
    }
    Ok(match compare_builtin_data(vm, op, a, b)? {
        Some(r) => Value::bool(r),
        Option::None => vm.not_implemented.clone(),
    })
}

macro_rules! richcompare_slots {
    ($($fname:ident: $op:ident),*) => {
        $(fn $fname(vm: &mut Vm, args: Args) -> PyResult<Value> {
            builtin_richcompare(vm, args, CmpOp::$op)
        })*
    };
}

richcompare_slots!(slot_eq: Eq, slot_ne: Ne, slot_lt: Lt, slot_le: Le, slot_gt: Gt, slot_ge: Ge);

/// `__hash__` of a hashable built-in type: the hash of its built-in data.
fn slot_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "expected", 0, 0)?;
    let v = args.args[0].clone();
    match &v {
        Value::Obj(o) => match builtin_hash(vm, o)? {
            Some(h) => Ok(Value::Int(h)),
            Option::None => vm.hash(&v).map(Value::Int),
        },
        _ => vm.hash(&v).map(Value::Int),
    }
}

/// The six rich comparison slot wrappers of a built-in type's table.
pub static RICHCOMPARE_SLOTS: &[NativeFunc] = &[
    native!("__eq__", slot_eq, "Return self==value."),
    native!("__ne__", slot_ne, "Return self!=value."),
    native!("__lt__", slot_lt, "Return self<value."),
    native!("__le__", slot_le, "Return self<=value."),
    native!("__gt__", slot_gt, "Return self>value."),
    native!("__ge__", slot_ge, "Return self>=value."),
];

/// `__repr__` of a built-in type: the repr of its built-in data, what a
/// subclass's `super().__repr__()` reaches.
fn slot_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "expected", 0, 0)?;
    let v = args.args[0].clone();
    let data = match v {
        Value::Obj(_) => crate::types::repr::repr_object(vm, &v)?,
        _ => builtin_repr(vm, &v)?,
    };
    let s = match data {
        Some(s) => s,
        Option::None => crate::types::object::default_repr(vm, &v),
    };
    Ok(vm.new_string(s))
}

/// `__repr__` for the tables of built-in types that lack their own.
pub static REPR_SLOT: &[NativeFunc] = &[native!("__repr__", slot_repr, "Return repr(self).")];

/// `__str__` of bytes and bytearray: their data's repr, not a subclass's.
pub static STR_AS_REPR_SLOT: &[NativeFunc] = &[native!("__str__", slot_repr, "Return str(self).")];

/// `__hash__` for the tables of hashable built-in types.
pub static HASH_SLOT: &[NativeFunc] = &[native!("__hash__", slot_hash, "Return hash(self).")];

/// The xxHash-style combination CPython uses for tuples (`with_len`) and
/// slices.
fn xx_hash(vm: &mut Vm, items: &[Value], with_len: bool) -> PyResult<i64> {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc: u64 = P5;
    for it in items {
        let lane = vm.hash(it)? as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    if with_len {
        acc = acc.wrapping_add((items.len() as u64) ^ (P5 ^ 3527539));
    }
    Ok(if acc == u64::MAX {
        1546275796
    } else {
        acc as i64
    })
}

/// Sets, frozensets and the keys/items views of dicts.
fn set_like(p: &Payload) -> bool {
    match p {
        Payload::Set(_) | Payload::FrozenSet(_) => true,
        Payload::DictView(_, which) => *which != 1,
        _ => false,
    }
}

/// Built-in values of unrelated types are unequal; ordering is undefined.
fn eq_fallback(op: CmpOp, a: &Value, b: &Value) -> Option<bool> {
    let builtin_data = |v: &Value| match v {
        Value::Obj(o) => {
            matches!(
                o.payload,
                Payload::Str(_)
                    | Payload::Bytes(_)
                    | Payload::Tuple(_)
                    | Payload::List(_)
                    | Payload::Dict(_)
                    | Payload::Set(_)
                    | Payload::FrozenSet(_)
                    | Payload::Range(_)
            ) && o.class().type_data().is_some_and(|t| !t.heap)
        }
        _ => true,
    };
    if builtin_data(a) && builtin_data(b) && matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Some((op == CmpOp::Ne) != a.is(b) || (op == CmpOp::Eq && a.is(b)));
    }
    None
}

fn seq_compare(vm: &mut Vm, op: CmpOp, x: &[Value], y: &[Value]) -> PyResult<bool> {
    if matches!(op, CmpOp::Eq | CmpOp::Ne) && x.len() != y.len() {
        return Ok(op == CmpOp::Ne);
    }
    for (p, q) in x.iter().zip(y.iter()) {
        // Inline numbers decide without dispatch (NaN takes the general
        // path, where an item is equal to itself).
        match (p, q) {
            (Value::Int(a), Value::Int(b)) => {
                if a == b {
                    continue;
                }
                return Ok(match op {
                    CmpOp::Eq => false,
                    CmpOp::Ne => true,
                    _ => int::cmp_i64(op, *a, *b),
                });
            }
            (Value::Float(a), Value::Float(b)) if !a.get().is_nan() && !b.get().is_nan() => {
                let (a, b) = (a.get(), b.get());
                if a == b {
                    continue;
                }
                return Ok(match op {
                    CmpOp::Eq => false,
                    CmpOp::Ne => true,
                    CmpOp::Lt | CmpOp::Le => a < b,
                    CmpOp::Gt | CmpOp::Ge => a > b,
                });
            }
            _ => {}
        }
        if p.is(q) {
            continue;
        }
        if !vm.eq(p, q)? {
            return match op {
                CmpOp::Eq => Ok(false),
                CmpOp::Ne => Ok(true),
                _ => {
                    let r = vm.compare(op, p, q)?;
                    vm.truthy(&r)
                }
            };
        }
    }
    Ok(ord_result(op, x.len().cmp(&y.len())))
}

pub fn builtin_hash(vm: &mut Vm, o: &ObjRef) -> PyResult<Option<i64>> {
    Ok(Some(match &o.payload {
        Payload::Str(s) => s.hash(),
        Payload::Int(b) => int::hash_big(b),
        Payload::Float(f) => float::hash_float(*f),
        Payload::Bytes(b) => crate::object::str::hash_str(&String::from_utf8_lossy(b)),
        // CPython's xxHash-based tuple hash, so hash values match.
        Payload::Tuple(items) => xx_hash(vm, items, true)?,
        // Slices (hashable since 3.12) hash like a tuple of their three
        // parts, without the length step.
        Payload::Slice(parts) => xx_hash(vm, &parts[..], false)?,
        Payload::FrozenSet(s) => crate::types::set::frozenset_hash(s),
        Payload::WeakRef(w, cached) => match (cached.get(), w.upgrade()) {
            (h, _) if h != -1 => h,
            (_, Some(o)) => {
                let h = vm.hash(&Value::Obj(o))?;
                cached.set(h);
                h
            }
            (_, None) => return Err(vm.type_error("weak object has gone away")),
        },
        Payload::Complex(r, i) => {
            let h =
                float::hash_float(*r).wrapping_add(1000003i64.wrapping_mul(float::hash_float(*i)));
            if h == -1 { -2 } else { h }
        }
        Payload::Deque(_) => {
            return Err(vm.type_error("unhashable type: 'collections.deque'"));
        }
        Payload::List(_) | Payload::Dict(_) | Payload::Set(_) | Payload::ByteArray(_) => {
            return Err(vm.type_error(format!(
                "unhashable type: '{}'",
                crate::types::typeobj::type_name(o.class())
            )));
        }
        Payload::Range(r) => {
            crate::object::str::hash_str(&format!("range{}:{}:{}", r.start, r.stop, r.step))
        }
        // Methods hash by their function and the identity of their self
        // (which need not be hashable), matching their equality.
        Payload::BoundMethod(bm) => {
            let (f, s) = (bm.0.clone(), bm.1.clone());
            let h = vm.hash(&f)? ^ (s.id() as i64);
            if h == -1 { -2 } else { h }
        }
        Payload::Native(n) if n.bound.is_some() => {
            let slf = n.bound.as_ref().map_or(0, |b| b.id());
            let h = (slf as i64) ^ (std::ptr::from_ref(n.def) as usize as i64);
            if h == -1 { -2 } else { h }
        }
        _ => return Ok(None),
    }))
}

pub fn builtin_repr(vm: &mut Vm, v: &Value) -> PyResult<Option<String>> {
    match v {
        Value::None => return Ok(Some("None".to_string())),
        Value::Bool(b) => return Ok(Some(if b.get() { "True" } else { "False" }.to_string())),
        Value::Int(i) => return Ok(Some(i.to_string())),
        Value::Float(f) => return Ok(Some(float::float_repr(f.get()))),
        Value::Obj(_) => {}
    }
    if !uses_builtin(vm, v, "__repr__") {
        return Ok(None);
    }
    crate::types::repr::repr_object(vm, v)
}

/// A range searched for a value that is not an int, by `==` on each
/// member in order, as CPython's sequence search does: how many members
/// match (stopping at the first when `first`), and where the first is.
pub fn range_search(
    vm: &mut Vm,
    r: &crate::object::RangeData,
    item: &Value,
    first: bool,
) -> PyResult<(i64, Option<i64>)> {
    let (mut count, mut at) = (0, None);
    for k in 0..r.len() {
        if vm.eq(&Value::Int(r.get(k)), item)? {
            count += 1;
            at.get_or_insert(k);
            if first {
                break;
            }
        }
    }
    Ok((count, at))
}

pub fn builtin_contains(vm: &mut Vm, c: &Value, item: &Value) -> PyResult<Option<bool>> {
    let Some(p) = c.payload() else {
        return Ok(None);
    };
    match p {
        Payload::Deque(d) => crate::types::deque::contains(vm, d, item).map(Some),
        Payload::Str(s) => match item.str_value() {
            Some(i) => Ok(Some(s.as_str().contains(i))),
            None => Err(vm.type_error(format!(
                "'in <string>' requires string as left operand, not {}",
                vm.type_name(item)
            ))),
        },
        Payload::List(_) | Payload::Tuple(_) => {
            // By index, as CPython does: an `__eq__` that changes the list
            // changes what is left to compare, and nothing is copied.
            let mut i = 0;
            loop {
                let x = match p {
                    Payload::List(l) => l.borrow().get(i).cloned(),
                    Payload::Tuple(t) => t.get(i).cloned(),
                    _ => None,
                };
                let Some(x) = x else {
                    return Ok(Some(false));
                };
                let equal = match crate::object::dict::simple_eq(&x, item) {
                    Some(r) => r,
                    None => x.is(item) || vm.eq(&x, item)?,
                };
                if equal {
                    return Ok(Some(true));
                }
                i += 1;
            }
        }
        Payload::Dict(_) => {
            let o = c.as_obj().cloned();
            match o {
                Some(o) => crate::types::dict::dict_get(vm, &o, item).map(|r| Some(r.is_some())),
                None => Ok(None),
            }
        }
        Payload::DictView(d, which) => {
            let d = d.clone();
            match which {
                0 => crate::types::dict::dict_get(vm, &d, item).map(|r| Some(r.is_some())),
                1 => {
                    let vals = d
                        .dict_data()
                        .map(|t| t.borrow().values())
                        .unwrap_or_default();
                    for v in vals {
                        if v.is(item) || vm.eq(&v, item)? {
                            return Ok(Some(true));
                        }
                    }
                    Ok(Some(false))
                }
                _ => {
                    let Some(Payload::Tuple(kv)) = item.payload() else {
                        return Ok(Some(false));
                    };
                    if kv.len() != 2 {
                        return Ok(Some(false));
                    }
                    match crate::types::dict::dict_get(vm, &d, &kv[0])? {
                        Some(v) => Ok(Some(v.is(&kv[1]) || vm.eq(&v, &kv[1])?)),
                        None => Ok(Some(false)),
                    }
                }
            }
        }
        Payload::Set(_) | Payload::FrozenSet(_) => {
            crate::types::set::set_contains(vm, c, item).map(Some)
        }
        Payload::Range(r) => {
            if let Some(i) = int::as_i64(item) {
                let ok = if r.step > 0 {
                    i >= r.start && i < r.stop
                } else {
                    i <= r.start && i > r.stop
                };
                return Ok(Some(ok && (i - r.start) % r.step == 0));
            }
            // Anything else is compared with each member in turn, as
            // CPython's sequence search does (2.0 in range(3) is True).
            range_search(vm, r, item, true).map(|(n, _)| Some(n > 0))
        }
        Payload::Bytes(_) | Payload::ByteArray(_) => {
            let hay = crate::types::bytes::bytes_of(vm, c)?;
            // An int is a byte; anything else must be bytes-like.
            if int::is_int(item) || matches!(item, Value::Bool(_)) {
                return match vm.index_value(item) {
                    Ok(i) if (0..256).contains(&i) => Ok(Some(hay.contains(&(i as u8)))),
                    _ => Err(vm.value_error("byte must be in range(0, 256)")),
                };
            }
            let sub = match item.payload() {
                Some(Payload::Bytes(_) | Payload::ByteArray(_) | Payload::MemoryView(_)) => {
                    crate::types::bytes::bytes_of(vm, item)?
                }
                _ => {
                    return Err(vm.type_error(format!(
                        "a bytes-like object is required, not '{}'",
                        vm.type_name(item)
                    )));
                }
            };
            Ok(Some(
                sub.is_empty() || hay.windows(sub.len()).any(|w| w == &sub[..]),
            ))
        }
        _ => Ok(None),
    }
}

/// Normalize an index for a sequence of length `len`.
pub fn seq_index(vm: &mut Vm, key: &Value, len: usize, what: &str) -> PyResult<usize> {
    let i = match key {
        Value::Int(i) => *i,
        Value::Bool(b) => b.get() as i64,
        _ => {
            if key.payload().is_some_and(|p| matches!(p, Payload::Int(_))) {
                return Err(
                    vm.index_error("cannot fit 'int' into an index-sized integer".to_string())
                );
            }
            if vm.lookup_special(key, "__index__").is_some() {
                vm.index_value(key)?
            } else {
                return Err(vm.type_error(format!(
                    "{what} indices must be integers{}, not {}",
                    if what == "string" { "" } else { " or slices" },
                    if what == "string" {
                        format!("'{}'", vm.type_name(key))
                    } else {
                        vm.type_name(key)
                    }
                )));
            }
        }
    };
    let idx = if i < 0 { i + len as i64 } else { i };
    if idx < 0 || idx >= len as i64 {
        let msg = match what {
            "list" => "list index out of range",
            "tuple" => "tuple index out of range",
            "string" => "string index out of range",
            "range object" => "range object index out of range",
            "bytearray" => "bytearray index out of range",
            _ => "index out of range",
        };
        return Err(vm.index_error(msg));
    }
    Ok(idx as usize)
}

/// `slice.indices(len)`.
pub fn slice_indices(vm: &mut Vm, s: &[Value; 3], len: usize) -> PyResult<(i64, i64, i64)> {
    let len = len as i64;
    let step = if s[2].is_none() {
        1
    } else {
        vm.index_clamped(&s[2]).map_err(|_| {
            vm.type_error("slice indices must be integers or None or have an __index__ method")
        })?
    };
    if step == 0 {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    // As CPython, so that negating the step cannot overflow.
    let step = step.max(-i64::MAX);
    let conv = |vm: &mut Vm, v: &Value, default: i64| -> PyResult<i64> {
        if v.is_none() {
            return Ok(default);
        }
        let i = match int::as_big(v) {
            Some(b) => num_traits::ToPrimitive::to_i64(&b).unwrap_or(
                if num_traits::Signed::is_negative(&b) {
                    i64::MIN / 2
                } else {
                    i64::MAX / 2
                },
            ),
            None => vm.index_value(v).map_err(|_| {
                vm.type_error("slice indices must be integers or None or have an __index__ method")
            })?,
        };
        let lower = if step < 0 { -1 } else { 0 };
        let upper = if step < 0 { len - 1 } else { len };
        Ok(if i < 0 {
            (i + len).max(lower)
        } else {
            i.min(upper)
        })
    };
    let start = conv(vm, &s[0], if step < 0 { len - 1 } else { 0 })?;
    let stop = conv(vm, &s[1], if step < 0 { -1 } else { len })?;
    Ok((start, stop, step))
}

pub fn slice_positions(start: i64, stop: i64, step: i64) -> Vec<usize> {
    let mut out = Vec::new();
    let mut i = start;
    // (A step near the i64 range ends the walk instead of overflowing.)
    if step > 0 {
        while i < stop {
            out.push(i as usize);
            let Some(n) = i.checked_add(step) else { break };
            i = n;
        }
    } else {
        while i > stop {
            out.push(i as usize);
            let Some(n) = i.checked_add(step) else { break };
            i = n;
        }
    }
    out
}

pub fn builtin_getitem(vm: &mut Vm, c: &Value, key: &Value) -> PyResult<Option<Value>> {
    if !uses_builtin(vm, c, "__getitem__") {
        return Ok(None);
    }
    payload_getitem(vm, c, key)
}

/// `c[key]` on a built-in container's data, ignoring any override (the
/// `__getitem__` slot wrapper a subclass reaches through `super()`).
pub fn payload_getitem(vm: &mut Vm, c: &Value, key: &Value) -> PyResult<Option<Value>> {
    let Some(p) = c.payload() else {
        return Ok(None);
    };
    if let Payload::Deque(d) = p {
        return crate::types::deque::getitem(vm, d, key).map(Some);
    }
    let slice = match key.payload() {
        Some(Payload::Slice(s)) => Some((**s).clone()),
        _ => None,
    };
    match p {
        Payload::List(l) => {
            let len = l.borrow().len();
            if let Some(s) = slice {
                let (a, b, st) = slice_indices(vm, &s, len)?;
                let items = l.borrow();
                let v = slice_positions(a, b, st)
                    .into_iter()
                    .map(|i| items[i].clone())
                    .collect();
                drop(items);
                return Ok(Some(vm.new_list(v)));
            }
            let i = seq_index(vm, key, len, "list")?;
            Ok(l.borrow().get(i).cloned())
        }
        Payload::Tuple(t) => {
            if let Some(s) = slice {
                let (a, b, st) = slice_indices(vm, &s, t.len())?;
                let v = slice_positions(a, b, st)
                    .into_iter()
                    .map(|i| t[i].clone())
                    .collect();
                return Ok(Some(vm.new_tuple(v)));
            }
            let i = seq_index(vm, key, t.len(), "tuple")?;
            Ok(t.get(i).cloned())
        }
        Payload::Str(s) => {
            if let Some(sl) = slice {
                let (a, b, st) = slice_indices(vm, &sl, s.char_len())?;
                // A contiguous ASCII slice is a byte range.
                if st == 1 && s.is_ascii() {
                    let text = s.as_str();
                    let (a, b) = (
                        a.clamp(0, text.len() as i64) as usize,
                        b.clamp(0, text.len() as i64) as usize,
                    );
                    return Ok(Some(vm.new_str(if a < b { &text[a..b] } else { "" })));
                }
                let out: String = if s.is_ascii() {
                    let bytes = s.as_str().as_bytes();
                    slice_positions(a, b, st)
                        .into_iter()
                        .map(|i| bytes[i] as char)
                        .collect()
                } else {
                    let chars: Vec<char> = s.as_str().chars().collect();
                    slice_positions(a, b, st)
                        .into_iter()
                        .map(|i| chars[i])
                        .collect()
                };
                return Ok(Some(vm.new_string(out)));
            }
            let i = seq_index(vm, key, s.char_len(), "string")?;
            let ch = s.char_at(i).unwrap_or(' ');
            let mut buf = [0u8; 4];
            Ok(Some(vm.new_str(ch.encode_utf8(&mut buf))))
        }
        Payload::Dict(_) => {
            let o = c.as_obj().cloned();
            let Some(o) = o else { return Ok(None) };
            match crate::types::dict::dict_get(vm, &o, key)? {
                Some(v) => Ok(Some(v)),
                None => {
                    if o.class().type_data().is_some_and(|t| t.heap)
                        && let Some(r) = vm.call_special(c, "__missing__", vec![key.clone()])?
                    {
                        return Ok(Some(r));
                    }
                    Err(vm.key_error(key.clone()))
                }
            }
        }
        Payload::Range(r) => {
            let len = r.len() as usize;
            if let Some(s) = slice {
                let (a, b, st) = slice_indices(vm, &s, len)?;
                let nr = crate::object::RangeData {
                    start: r.get(a),
                    stop: r.get(b),
                    step: r.step * st,
                };
                return Ok(Some(Value::Obj(crate::object::PyObject::new(
                    vm.types.range.clone(),
                    None,
                    Payload::Range(nr),
                ))));
            }
            let i = seq_index(vm, key, len, "range object")?;
            Ok(Some(Value::Int(r.get(i as i64))))
        }
        Payload::Bytes(b) => {
            if let Some(s) = slice {
                let (a, e, st) = slice_indices(vm, &s, b.len())?;
                let v = slice_positions(a, e, st)
                    .into_iter()
                    .map(|i| b[i])
                    .collect();
                return Ok(Some(vm.new_bytes(v)));
            }
            let i = seq_index(vm, key, b.len(), "index")?;
            Ok(Some(Value::Int(b[i] as i64)))
        }
        Payload::ByteArray(b) => {
            let len = b.borrow().len();
            if let Some(s) = slice {
                let (a, e, st) = slice_indices(vm, &s, len)?;
                let data = b.borrow();
                let v = slice_positions(a, e, st)
                    .into_iter()
                    .filter_map(|i| data.get(i).copied())
                    .collect();
                drop(data);
                return Ok(Some(crate::types::bytes::new_bytearray(vm, v)));
            }
            let i = seq_index(vm, key, len, "bytearray")?;
            match b.borrow().get(i) {
                Some(&byte) => Ok(Some(Value::Int(byte as i64))),
                None => Err(vm.index_error("bytearray index out of range".to_string())),
            }
        }
        _ => Ok(None),
    }
}

pub fn builtin_setitem(vm: &mut Vm, c: &Value, key: &Value, v: &Value) -> PyResult<bool> {
    if !uses_builtin(vm, c, "__setitem__") {
        return Ok(false);
    }
    payload_setitem(vm, c, key, v)
}

/// `c[key] = v` on a built-in container's own data, whatever its class
/// defines (slot wrappers, `super().__setitem__`); false if `c` holds
/// no such data.
pub fn payload_setitem(vm: &mut Vm, c: &Value, key: &Value, v: &Value) -> PyResult<bool> {
    let Some(p) = c.payload() else {
        return Ok(false);
    };
    match p {
        Payload::List(l) => {
            if let Some(Payload::Slice(s)) = key.payload() {
                let s = (**s).clone();
                let items = crate::vm::ops::collect_iterable(vm, v)?;
                let len = l.borrow().len();
                let (a, b, st) = slice_indices(vm, &s, len)?;
                if st == 1 {
                    let b = b.max(a);
                    l.borrow_mut().splice(a as usize..b as usize, items);
                } else {
                    let pos = slice_positions(a, b, st);
                    if pos.len() != items.len() {
                        return Err(vm.value_error(format!(
                            "attempt to assign sequence of size {} to extended slice of size {}",
                            items.len(),
                            pos.len()
                        )));
                    }
                    let mut lb = l.borrow_mut();
                    for (i, it) in pos.into_iter().zip(items) {
                        lb[i] = it;
                    }
                }
                return Ok(true);
            }
            let len = l.borrow().len();
            let i = seq_index(vm, key, len, "list").map_err(|e| {
                if vm.err_is(&e, "IndexError") {
                    vm.index_error("list assignment index out of range")
                } else {
                    e
                }
            })?;
            l.borrow_mut()[i] = v.clone();
            Ok(true)
        }
        Payload::Dict(_) => {
            let Some(o) = c.as_obj().cloned() else {
                return Ok(false);
            };
            crate::types::dict::dict_set(vm, &o, key.clone(), v.clone())?;
            Ok(true)
        }
        Payload::ByteArray(b) => {
            let len = b.borrow().len();
            if let Some(Payload::Slice(s)) = key.payload() {
                let s = (**s).clone();
                let data: Vec<u8> = match v.payload() {
                    Some(Payload::Bytes(_) | Payload::ByteArray(_) | Payload::MemoryView(_)) => {
                        crate::types::bytes::bytes_of(vm, v)?
                    }
                    _ if crate::types::int::is_int(v) => {
                        return Err(vm.type_error(
                            "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                        ));
                    }
                    _ => {
                        let items = crate::vm::ops::collect_iterable(vm, v)?;
                        let mut out = Vec::with_capacity(items.len());
                        for it in &items {
                            let x = vm.index_value(it)?;
                            if !(0..256).contains(&x) {
                                return Err(vm.value_error("byte must be in range(0, 256)"));
                            }
                            out.push(x as u8);
                        }
                        out
                    }
                };
                let (a, e, st) = slice_indices(vm, &s, len)?;
                if st == 1 {
                    let e = e.max(a);
                    b.borrow_mut().splice(a as usize..e as usize, data);
                } else {
                    let pos = slice_positions(a, e, st);
                    if pos.len() != data.len() {
                        return Err(vm.value_error(format!(
                            "attempt to assign bytes of size {} to extended slice of size {}",
                            data.len(),
                            pos.len()
                        )));
                    }
                    let mut bb = b.borrow_mut();
                    for (i, x) in pos.into_iter().zip(data) {
                        bb[i] = x;
                    }
                }
                return Ok(true);
            }
            let i = seq_index(vm, key, len, "bytearray").map_err(|e| {
                if vm.err_is(&e, "IndexError") {
                    vm.index_error("bytearray index out of range")
                } else {
                    e
                }
            })?;
            let x = vm.index_value(v)?;
            if !(0..256).contains(&x) {
                return Err(vm.value_error("byte must be in range(0, 256)"));
            }
            b.borrow_mut()[i] = x as u8;
            Ok(true)
        }
        _ => Ok(false),
    }
}

pub fn builtin_delitem(vm: &mut Vm, c: &Value, key: &Value) -> PyResult<bool> {
    if !uses_builtin(vm, c, "__delitem__") {
        return Ok(false);
    }
    payload_delitem(vm, c, key)
}

/// `del c[key]` on a built-in container's own data (see `payload_setitem`).
pub fn payload_delitem(vm: &mut Vm, c: &Value, key: &Value) -> PyResult<bool> {
    let Some(p) = c.payload() else {
        return Ok(false);
    };
    match p {
        Payload::List(l) => {
            let len = l.borrow().len();
            if let Some(Payload::Slice(s)) = key.payload() {
                let s = (**s).clone();
                let (a, b, st) = slice_indices(vm, &s, len)?;
                let pos = slice_positions(a, b, st);
                let removed = remove_positions(&mut l.borrow_mut(), &pos);
                drop(removed);
                return Ok(true);
            }
            let i = seq_index(vm, key, len, "list").map_err(|e| {
                if vm.err_is(&e, "IndexError") {
                    vm.index_error("list assignment index out of range")
                } else {
                    e
                }
            })?;
            l.borrow_mut().remove(i);
            Ok(true)
        }
        Payload::ByteArray(b) => {
            let len = b.borrow().len();
            if let Some(Payload::Slice(s)) = key.payload() {
                let s = (**s).clone();
                let (a, e, st) = slice_indices(vm, &s, len)?;
                let pos = slice_positions(a, e, st);
                remove_positions(&mut b.borrow_mut(), &pos);
                return Ok(true);
            }
            let i = seq_index(vm, key, len, "bytearray").map_err(|e| {
                if vm.err_is(&e, "IndexError") {
                    vm.index_error("bytearray index out of range")
                } else {
                    e
                }
            })?;
            b.borrow_mut().remove(i);
            Ok(true)
        }
        Payload::Dict(_) => {
            let Some(o) = c.as_obj().cloned() else {
                return Ok(false);
            };
            match crate::types::dict::dict_remove(vm, &o, key)? {
                Some(_) => Ok(true),
                None => Err(vm.key_error(key.clone())),
            }
        }
        _ => Ok(false),
    }
}

pub fn is_mapping(vm: &Vm, v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::Dict(_)))
        || vm.lookup_special(v, "keys").is_some()
            && vm.lookup_special(v, "__getitem__").is_some()
            && !matches!(v.payload(), Some(Payload::Str(_)))
}

pub fn is_sequence(vm: &Vm, v: &Value) -> bool {
    match v.payload() {
        Some(Payload::List(_)) | Some(Payload::Tuple(_)) | Some(Payload::Range(_)) => true,
        Some(Payload::Str(_))
        | Some(Payload::Bytes(_))
        | Some(Payload::ByteArray(_))
        | Some(Payload::Dict(_)) => false,
        _ => {
            let cls = vm.type_of(v);
            cls.type_data().is_some_and(|t| {
                t.mro.borrow().iter().any(|c| {
                    crate::types::typeobj::type_name(c) == "deque"
                        || crate::types::typeobj::lookup(c, "__abc_sequence__").is_some()
                })
            })
        }
    }
}

pub fn match_keys(vm: &mut Vm, subject: &Value, keys: &Value) -> PyResult<Value> {
    let keys = crate::vm::ops::collect_iterable(vm, keys)?;
    let mut values = Vec::new();
    for k in keys {
        let r = if let Some(Payload::Dict(_)) = subject.payload() {
            let o = subject.as_obj().cloned();
            match o {
                Some(o) => crate::types::dict::dict_get(vm, &o, &k)?,
                None => None,
            }
        } else {
            match vm.getattr_opt(subject, "get")? {
                Some(get) => {
                    let sentinel = vm.method_null.clone();
                    let r = vm.call(&get, vec![k.clone(), sentinel.clone()])?;
                    if r.is(&sentinel) { None } else { Some(r) }
                }
                None => None,
            }
        };
        match r {
            Some(v) => values.push(v),
            None => return Ok(Value::None),
        }
    }
    Ok(vm.new_tuple(values))
}

pub fn match_class(
    vm: &mut Vm,
    subject: &Value,
    cls: &Value,
    npos: usize,
    names: &Value,
) -> PyResult<Value> {
    let Some(c) = cls.as_obj().filter(|o| o.type_data().is_some()).cloned() else {
        return Err(vm.type_error("called match pattern must be a class"));
    };
    if !vm.isinstance(subject, &c) {
        return Ok(Value::None);
    }
    let mut out = Vec::new();
    if npos > 0 {
        let self_match = {
            let k = crate::types::typeobj::base_kind(&c);
            use crate::object::BaseKind::*;
            matches!(
                k,
                Int | Bool
                    | Float
                    | Str
                    | Bytes
                    | ByteArray
                    | Tuple
                    | List
                    | Dict
                    | Set
                    | FrozenSet
            ) && !c.type_data().is_some_and(|t| {
                t.heap && crate::types::typeobj::lookup(&c, "__match_args__").is_some()
            })
        };
        if self_match {
            if npos > 1 {
                return Err(vm.type_error(format!(
                    "{}() accepts 1 positional sub-pattern ({npos} given)",
                    crate::types::typeobj::type_name(&c)
                )));
            }
            out.push(subject.clone());
        } else {
            let ma = crate::types::typeobj::lookup(&c, "__match_args__");
            let Some(ma) = ma else {
                return Err(vm.type_error(format!(
                    "{}() accepts 0 positional sub-patterns ({npos} given)",
                    crate::types::typeobj::type_name(&c)
                )));
            };
            let ma = crate::vm::ops::collect_iterable(vm, &ma)?;
            if npos > ma.len() {
                return Err(vm.type_error(format!(
                    "{}() accepts {} positional sub-pattern{} ({npos} given)",
                    crate::types::typeobj::type_name(&c),
                    ma.len(),
                    if ma.len() == 1 { "" } else { "s" }
                )));
            }
            for name in ma.iter().take(npos) {
                match vm.getattr_opt(subject, name.str_value().unwrap_or(""))? {
                    Some(v) => out.push(v),
                    None => return Ok(Value::None),
                }
            }
        }
    }
    for n in crate::vm::ops::collect_iterable(vm, names)? {
        match vm.getattr_opt(subject, n.str_value().unwrap_or(""))? {
            Some(v) => out.push(v),
            None => return Ok(Value::None),
        }
    }
    let _ = Rc::strong_count(&c);
    Ok(vm.new_tuple(out))
}

/// Remove the items at `positions` (a slice's, in any order) in one pass,
/// keeping the others in order; returns the removed items. A contiguous
/// run is one `drain`, so `del lst[:k]` costs what the shift costs.
fn remove_positions<T>(items: &mut Vec<T>, positions: &[usize]) -> Vec<T> {
    let (Some(&lo), Some(&hi)) = (positions.iter().min(), positions.iter().max()) else {
        return Vec::new();
    };
    if hi - lo + 1 == positions.len() && hi < items.len() {
        return items.drain(lo..=hi).collect();
    }
    let mut doomed = vec![false; items.len()];
    for &p in positions {
        if let Some(d) = doomed.get_mut(p) {
            *d = true;
        }
    }
    let mut removed = Vec::with_capacity(positions.len());
    let mut kept = Vec::with_capacity(items.len().saturating_sub(positions.len()));
    for (item, gone) in items.drain(..).zip(doomed) {
        if gone {
            removed.push(item);
        } else {
            kept.push(item);
        }
    }
    *items = kept;
    removed
}

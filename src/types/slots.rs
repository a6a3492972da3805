//! Slot wrappers: the protocol dunders of built-in types (`int.__add__`,
//! `str.__len__`, `range.__iter__`, ...) as attributes, so that duck-typing
//! checks, `super().__add__(x)` in subclasses and `map(str.__len__, xs)`
//! work. Each wrapper works on the receiver's built-in data directly and
//! never re-dispatches to an override, so a subclass calling up cannot
//! recurse. The operator fast paths (`types::protocols`) stay the way the
//! VM itself evaluates `a + b`; these are the same code reached by name.

use crate::bytecode::BinOp;
use crate::native;
use crate::object::{Payload, PyObject, Value};
use crate::types::{float, int, protocols};
use crate::vm::native::{Args, NativeFunc};
use crate::vm::{PyResult, Vm};
use std::cell::RefCell;

/// The length of a built-in container's data, whatever its class.
pub fn payload_len(v: &Value) -> Option<usize> {
    match v.payload()? {
        Payload::Str(s) => Some(s.char_len()),
        Payload::List(l) => Some(l.borrow().len()),
        Payload::Tuple(t) => Some(t.len()),
        Payload::Dict(d) => Some(d.borrow().len()),
        Payload::Set(s) => Some(s.borrow().len()),
        Payload::FrozenSet(s) => Some(s.len()),
        Payload::Bytes(b) => Some(b.len()),
        Payload::ByteArray(b) => Some(b.borrow().len()),
        Payload::DictView(d, _) => d.dict_data().map(|t| t.borrow().len()),
        Payload::Range(r) => Some(r.len() as usize),
        Payload::Deque(d) => Some(d.len()),
        _ => None,
    }
}

/// Slot wrappers take exactly `n` operands besides self, and say so as
/// CPython does ("expected 1 argument, got 0").
fn expect_operands(vm: &Vm, args: &Args, n: usize) -> PyResult<()> {
    let got = args.args.len().saturating_sub(1);
    if got == n && args.kwargs.is_empty() {
        return Ok(());
    }
    if !args.kwargs.is_empty() {
        return Err(vm.type_error("wrapper takes no keyword arguments"));
    }
    let plural = if n == 1 { "" } else { "s" };
    Err(vm.type_error(format!("expected {n} argument{plural}, got {got}")))
}

fn unsupported(vm: &Vm, v: &Value, what: &str) -> crate::vm::PyErr {
    vm.type_error(format!("'{}' object {what}", vm.type_name(v)))
}

fn slot_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "__len__", 1, 1)?;
    match payload_len(&args.args[0]) {
        Some(n) => Ok(Value::Int(n as i64)),
        None => Err(unsupported(vm, &args.args[0], "has no len()")),
    }
}

fn slot_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "__getitem__", 2, 2)?;
    match protocols::payload_getitem(vm, &args.args[0], &args.args[1])? {
        Some(v) => Ok(v),
        None => Err(unsupported(vm, &args.args[0], "is not subscriptable")),
    }
}

fn slot_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "__contains__", 2, 2)?;
    match protocols::builtin_contains(vm, &args.args[0], &args.args[1])? {
        Some(b) => Ok(Value::bool(b)),
        None => Err(unsupported(vm, &args.args[0], "is not a container")),
    }
}

fn slot_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "__iter__", 1, 1)?;
    match vm.builtin_iter_state(&args.args[0]) {
        Some((name, st)) => Ok(Value::Obj(PyObject::new(
            vm.types.iter_type(name),
            None,
            Payload::Iter(Box::new(RefCell::new(st))),
        ))),
        None => Err(unsupported(vm, &args.args[0], "is not iterable")),
    }
}

/// Whether a numeric receiver's slot handles `other` (the numeric tower:
/// int takes ints, float takes ints and floats, complex all three). A
/// slot that declines returns NotImplemented, as CPython's do.
fn accepts(me: &Value, other: &Value) -> bool {
    let is_complex = |v: &Value| matches!(v.payload(), Some(Payload::Complex(..)));
    let is_real = |v: &Value| float::as_f64(v).is_some() && !is_complex(v);
    if int::is_int(me) {
        int::is_int(other)
    } else if is_complex(me) {
        is_real(other) || is_complex(other)
    } else if is_real(me) {
        is_real(other)
    } else {
        true
    }
}

fn binary(vm: &mut Vm, args: Args, op: BinOp, reflected: bool) -> PyResult<Value> {
    expect_operands(vm, &args, 1)?;
    let (me, other) = (&args.args[0], &args.args[1]);
    if !accepts(me, other) {
        return Ok(vm.not_implemented.clone());
    }
    let (a, b) = if reflected { (other, me) } else { (me, other) };
    if let Some(r) = protocols::builtin_binop(vm, op, a, b)? {
        return Ok(r);
    }
    // (A sequence's + and * called by name decline here where CPython's
    // raise: the operators reach these wrappers too, and must still try
    // the other operand's reflected method.)
    Ok(vm.not_implemented.clone())
}

/// One forward and one reflected wrapper per operator.
macro_rules! binary_slots {
    ($($fwd:ident, $rev:ident, $op:expr;)*) => {
        $(
            fn $fwd(vm: &mut Vm, args: Args) -> PyResult<Value> {
                binary(vm, args, $op, false)
            }
            fn $rev(vm: &mut Vm, args: Args) -> PyResult<Value> {
                binary(vm, args, $op, true)
            }
        )*
    };
}

binary_slots! {
    add, radd, BinOp::Add;
    sub, rsub, BinOp::Sub;
    mul, rmul, BinOp::Mul;
    truediv, rtruediv, BinOp::TrueDiv;
    floordiv, rfloordiv, BinOp::FloorDiv;
    modulo, rmodulo, BinOp::Mod;
    power, rpower, BinOp::Pow;
    lshift, rlshift, BinOp::LShift;
    rshift, rrshift, BinOp::RShift;
    and, rand, BinOp::And;
    or, ror, BinOp::Or;
    xor, rxor, BinOp::Xor;
}

/// `-x`, `+x`, `~x` and `abs(x)` on a number's own data.
fn unary(vm: &mut Vm, args: Args, name: &str) -> PyResult<Value> {
    expect_operands(vm, &args, 0)?;
    let v = &args.args[0];
    if let Some(big) = int::as_big(v) {
        let r = match name {
            "__neg__" => -big,
            "__pos__" => big,
            "__invert__" => !big,
            _ => {
                if big < malachite_bigint::BigInt::from(0) {
                    -big
                } else {
                    big
                }
            }
        };
        return Ok(int::from_big(vm, r));
    }
    if let Some(Payload::Complex(a, b)) = v.payload() {
        return Ok(match name {
            "__neg__" => float::new_complex(vm, -a, -b),
            "__pos__" => float::new_complex(vm, *a, *b),
            "__abs__" => Value::float(a.hypot(*b)),
            _ => vm.not_implemented.clone(),
        });
    }
    if let Some(f) = float::as_f64(v) {
        return Ok(match name {
            "__neg__" => Value::float(-f),
            "__pos__" => Value::float(f),
            "__abs__" => Value::float(f.abs()),
            _ => vm.not_implemented.clone(),
        });
    }
    Ok(vm.not_implemented.clone())
}

fn neg(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "__neg__")
}
fn pos(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "__pos__")
}
fn invert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "__invert__")
}
fn absolute(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "__abs__")
}

/// Truth of a number, range or None from its data.
fn truth(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "__bool__", 1, 1)?;
    let v = &args.args[0];
    Ok(Value::bool(match v.payload() {
        Some(Payload::Complex(a, b)) => *a != 0.0 || *b != 0.0,
        Some(Payload::Range(r)) => !r.is_empty(),
        _ => match float::as_f64(v) {
            Some(f) => f != 0.0,
            None => !v.is_none(),
        },
    }))
}

const NEG: NativeFunc = native!("__neg__", neg, "-self");
const POS: NativeFunc = native!("__pos__", pos, "+self");
const INVERT: NativeFunc = native!("__invert__", invert, "~self");
const ABS: NativeFunc = native!("__abs__", absolute, "abs(self)");
const BOOL: NativeFunc = native!("__bool__", truth, "True if self else False");
/// `list.__iadd__`: extend in place, return self.
fn list_iadd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    expect_operands(vm, &args, 1)?;
    let items = crate::vm::ops::collect_iterable(vm, &args.args[1])?;
    match args.args[0].payload() {
        Some(Payload::List(l)) => l.borrow_mut().extend(items),
        _ => return Err(unsupported(vm, &args.args[0], "is not a list")),
    }
    Ok(args.args[0].clone())
}

/// `list.__reversed__`: a reverse iterator over the list's data.
fn list_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    expect_operands(vm, &args, 0)?;
    let n = payload_len(&args.args[0]).unwrap_or(0) as isize;
    Ok(Value::Obj(PyObject::new(
        vm.types.iter_type("list_reverseiterator"),
        None,
        Payload::Iter(Box::new(RefCell::new(crate::object::IterState::Reversed {
            seq: args.args[0].clone(),
            index: n - 1,
        }))),
    )))
}

/// A repetition count as CPython's sequence repeat takes it: an index,
/// OverflowError past the i64 range, negative meaning zero.
pub fn repeat_count(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if let Some(b) = int::as_big(v)
        && int::big_to_i64(&b).is_none()
    {
        return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"));
    }
    Ok(vm.index_value(v)?.max(0))
}

/// `l *= n` for a list `l`: its items repeated in place (an empty list
/// stays empty however large `n` is).
pub fn list_repeat_in_place(vm: &mut Vm, l: &Value, n: &Value) -> PyResult<()> {
    let n = repeat_count(vm, n)?;
    let Some(Payload::List(cell)) = l.payload() else {
        return Err(unsupported(vm, l, "is not a list"));
    };
    let base = cell.borrow().clone();
    vm.check_alloc(
        (base.len() as i64).saturating_mul(n),
        std::mem::size_of::<Value>(),
    )?;
    let times = if base.is_empty() { 0 } else { n as usize };
    let mut items = Vec::with_capacity(base.len() * times);
    for _ in 0..times {
        items.extend(base.iter().cloned());
    }
    // The old items are released after the borrow ends.
    let old = std::mem::replace(&mut *cell.borrow_mut(), items);
    drop(old);
    Ok(())
}

/// `list.__imul__`: repeat in place, return self.
fn list_imul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    expect_operands(vm, &args, 1)?;
    list_repeat_in_place(vm, &args.args[0], &args.args[1])?;
    Ok(args.args[0].clone())
}

/// `__delitem__` of a built-in mutable sequence or mapping: `del self[key]`.
fn slot_delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    expect_operands(vm, &args, 1)?;
    if !protocols::payload_delitem(vm, &args.args[0], &args.args[1])? {
        return Err(unsupported(
            vm,
            &args.args[0],
            "does not support item deletion",
        ));
    }
    Ok(Value::None)
}

/// `set.__ior__`, `__iand__`, `__isub__`, `__ixor__`: the operation on
/// the set's own data, in place; NotImplemented for a non-set operand.
fn set_inplace(vm: &mut Vm, args: Args, op: BinOp) -> PyResult<Value> {
    expect_operands(vm, &args, 1)?;
    let (a, b) = (&args.args[0], &args.args[1]);
    if !matches!(a.payload(), Some(Payload::Set(_))) {
        return Err(unsupported(vm, a, "is not a set"));
    }
    if crate::types::set::binop_in_place(vm, op, a, b)? {
        Ok(a.clone())
    } else {
        Ok(vm.not_implemented.clone())
    }
}
fn set_ior(vm: &mut Vm, args: Args) -> PyResult<Value> {
    set_inplace(vm, args, BinOp::Or)
}
fn set_iand(vm: &mut Vm, args: Args) -> PyResult<Value> {
    set_inplace(vm, args, BinOp::And)
}
fn set_isub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    set_inplace(vm, args, BinOp::Sub)
}
fn set_ixor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    set_inplace(vm, args, BinOp::Xor)
}

/// `dict.__ior__`: update in place from a mapping or pairs, return self.
fn dict_ior(vm: &mut Vm, args: Args) -> PyResult<Value> {
    expect_operands(vm, &args, 1)?;
    crate::types::dict::dict_update_from(vm, &args.args[0], &args.args[1], false)?;
    Ok(args.args[0].clone())
}

/// `dict.__reversed__`: the keys, last inserted first.
fn dict_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    expect_operands(vm, &args, 0)?;
    let keys: Vec<Value> = match args.args[0].payload() {
        Some(Payload::Dict(d)) => d.borrow().iter().map(|e| e.key.clone()).collect(),
        _ => return Err(unsupported(vm, &args.args[0], "is not a dict")),
    };
    let list = vm.new_list(keys.into_iter().rev().collect());
    vm.get_iter(&list)
}

const IADD: NativeFunc = native!("__iadd__", list_iadd, "Implement self+=value.");
const IMUL: NativeFunc = native!("__imul__", list_imul, "Implement self*=value.");
const DELITEM: NativeFunc = native!("__delitem__", slot_delitem, "Delete self[key].");
const IOR_SET: NativeFunc = native!("__ior__", set_ior, "Return self|=value.");
const IAND_SET: NativeFunc = native!("__iand__", set_iand, "Return self&=value.");
const ISUB_SET: NativeFunc = native!("__isub__", set_isub, "Return self-=value.");
const IXOR_SET: NativeFunc = native!("__ixor__", set_ixor, "Return self^=value.");
const IOR_DICT: NativeFunc = native!("__ior__", dict_ior, "Return self|=value.");
const REVERSED_DICT: NativeFunc = native!(
    "__reversed__",
    dict_reversed,
    "Return a reverse iterator over the dict keys.",
    sig = "($self, /)"
);
const REVERSED: NativeFunc = native!(
    "__reversed__",
    list_reversed,
    "Return a reverse iterator over the list.",
    sig = "($self, /)"
);
const LEN: NativeFunc = native!("__len__", slot_len, "Return len(self).");
const GETITEM: NativeFunc = native!("__getitem__", slot_getitem, "Return self[key].");
const CONTAINS: NativeFunc = native!("__contains__", slot_contains, "Return bool(key in self).");
const ITER: NativeFunc = native!("__iter__", slot_iter, "Implement iter(self).");
const ADD: NativeFunc = native!("__add__", add, "Return self+value.");
const RADD: NativeFunc = native!("__radd__", radd, "Return value+self.");
const SUB: NativeFunc = native!("__sub__", sub, "Return self-value.");
const RSUB: NativeFunc = native!("__rsub__", rsub, "Return value-self.");
const MUL: NativeFunc = native!("__mul__", mul, "Return self*value.");
const RMUL: NativeFunc = native!("__rmul__", rmul, "Return value*self.");
const TRUEDIV: NativeFunc = native!("__truediv__", truediv, "Return self/value.");
const RTRUEDIV: NativeFunc = native!("__rtruediv__", rtruediv, "Return value/self.");
const FLOORDIV: NativeFunc = native!("__floordiv__", floordiv, "Return self//value.");
const RFLOORDIV: NativeFunc = native!("__rfloordiv__", rfloordiv, "Return value//self.");
const MOD: NativeFunc = native!("__mod__", modulo, "Return self%value.");
const RMOD: NativeFunc = native!("__rmod__", rmodulo, "Return value%self.");
const POW: NativeFunc = native!("__pow__", power, "Return pow(self, value, mod).");
const RPOW: NativeFunc = native!("__rpow__", rpower, "Return pow(value, self, mod).");
const LSHIFT: NativeFunc = native!("__lshift__", lshift, "Return self<<value.");
const RLSHIFT: NativeFunc = native!("__rlshift__", rlshift, "Return value<<self.");
const RSHIFT: NativeFunc = native!("__rshift__", rshift, "Return self>>value.");
const RRSHIFT: NativeFunc = native!("__rrshift__", rrshift, "Return value>>self.");
const AND: NativeFunc = native!("__and__", and, "Return self&value.");
const RAND: NativeFunc = native!("__rand__", rand, "Return value&self.");
const OR: NativeFunc = native!("__or__", or, "Return self|value.");
const ROR: NativeFunc = native!("__ror__", ror, "Return value|self.");
const XOR: NativeFunc = native!("__xor__", xor, "Return self^value.");
const RXOR: NativeFunc = native!("__rxor__", rxor, "Return value^self.");

pub static INT_SLOTS: &[NativeFunc] = &[
    ADD, RADD, SUB, RSUB, MUL, RMUL, TRUEDIV, RTRUEDIV, FLOORDIV, RFLOORDIV, MOD, RMOD, POW, RPOW,
    LSHIFT, RLSHIFT, RSHIFT, RRSHIFT, AND, RAND, OR, ROR, XOR, RXOR, NEG, POS, INVERT, ABS,
];
pub static FLOAT_SLOTS: &[NativeFunc] = &[
    ADD, RADD, SUB, RSUB, MUL, RMUL, TRUEDIV, RTRUEDIV, FLOORDIV, RFLOORDIV, MOD, RMOD, POW, RPOW,
    NEG, POS, ABS, BOOL,
];
pub static COMPLEX_SLOTS: &[NativeFunc] = &[
    ADD, RADD, SUB, RSUB, MUL, RMUL, TRUEDIV, RTRUEDIV, POW, RPOW, NEG, POS, ABS, BOOL,
];
pub static STR_SLOTS: &[NativeFunc] = &[ADD, MUL, RMUL, GETITEM, LEN, CONTAINS, ITER];
pub static BYTES_SLOTS: &[NativeFunc] = &[ADD, MUL, RMUL, MOD, GETITEM, LEN, CONTAINS, ITER];
pub static LIST_SLOTS: &[NativeFunc] = &[ADD, MUL, RMUL, IADD, IMUL, DELITEM, REVERSED];
pub static TUPLE_SLOTS: &[NativeFunc] = &[ADD, MUL, RMUL, CONTAINS, ITER];
pub static DICT_SLOTS: &[NativeFunc] = &[OR, ROR, IOR_DICT, REVERSED_DICT];
pub static SET_SLOTS: &[NativeFunc] = &[ITER, SUB, RSUB, OR, ROR, AND, RAND, XOR, RXOR];
pub static SET_INPLACE_SLOTS: &[NativeFunc] = &[IOR_SET, IAND_SET, ISUB_SET, IXOR_SET];
pub static RANGE_SLOTS: &[NativeFunc] = &[GETITEM, LEN, CONTAINS, ITER, BOOL];
pub static NONE_SLOTS: &[NativeFunc] = &[BOOL];

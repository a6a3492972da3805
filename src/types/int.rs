//! `int` and `bool`: i64 inline with transparent promotion to big
//! integers (malachite), CPython's hashing, division and shift rules.

use crate::bytecode::{BinOp, CmpOp};
use crate::native;
use crate::object::{Payload, PyObject, Value};
use crate::vm::native::{Args, NativeFunc};
use crate::vm::{PyResult, Vm};
use malachite_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

const HASH_MODULUS: u64 = (1u64 << 61) - 1;

pub fn hash_i64(i: i64) -> i64 {
    let h = if i >= 0 {
        (i as u64 % HASH_MODULUS) as i64
    } else {
        -(((i as i128).unsigned_abs() as u64 % HASH_MODULUS) as i64)
    };
    if h == -1 { -2 } else { h }
}

pub fn hash_big(b: &BigInt) -> i64 {
    let m = BigInt::from(HASH_MODULUS);
    let r = b.abs().mod_floor(&m).to_i64().unwrap_or(0);
    let h = if b.is_negative() { -r } else { r };
    if h == -1 { -2 } else { h }
}

pub fn hash_value(v: &Value) -> i64 {
    match as_big(v) {
        Some(b) => hash_big(&b),
        None => 0,
    }
}

/// The integer value of an int, bool or int-subclass instance.
pub fn as_big(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(b.get() as i64)),
        Value::Obj(o) => match &o.payload {
            Payload::Int(b) => Some(b.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// An i64 view of an int-like value, if it fits.
pub fn as_i64(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(b.get() as i64),
        Value::Obj(o) => match &o.payload {
            Payload::Int(b) => b.to_i64(),
            _ => None,
        },
        _ => None,
    }
}

pub fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_)) || matches!(v.payload(), Some(Payload::Int(_)))
}

pub fn big_to_i64(b: &BigInt) -> Option<i64> {
    b.to_i64()
}

pub fn from_big(vm: &Vm, b: BigInt) -> Value {
    match b.to_i64() {
        Some(i) => Value::Int(i),
        None => Value::Obj(PyObject::new(vm.types.int.clone(), None, Payload::Int(b))),
    }
}

#[inline]
pub fn cmp_i64(op: CmpOp, x: i64, y: i64) -> bool {
    op.holds(x, y)
}

/// The common small-int cases, with no allocation and no error.
#[inline]
pub fn small_binop_fast(op: BinOp, x: i64, y: i64) -> Option<Value> {
    match op {
        BinOp::Add => x.checked_add(y).map(Value::Int),
        BinOp::Sub => x.checked_sub(y).map(Value::Int),
        BinOp::Mul => x.checked_mul(y).map(Value::Int),
        BinOp::FloorDiv if y != 0 && !(x == i64::MIN && y == -1) => {
            let q = x / y;
            Some(Value::Int(if x % y != 0 && ((x < 0) != (y < 0)) {
                q - 1
            } else {
                q
            }))
        }
        BinOp::Mod if y != 0 && !(x == i64::MIN && y == -1) => {
            let r = x % y;
            Some(Value::Int(if r != 0 && ((r < 0) != (y < 0)) {
                r + y
            } else {
                r
            }))
        }
        BinOp::And => Some(Value::Int(x & y)),
        BinOp::Or => Some(Value::Int(x | y)),
        BinOp::Xor => Some(Value::Int(x ^ y)),
        // Negative counts raise; big ones go the long way.
        BinOp::RShift if (0..64).contains(&y) => Some(Value::Int(x >> y)),
        BinOp::RShift if y >= 64 => Some(Value::Int(if x < 0 { -1 } else { 0 })),
        BinOp::LShift if (0..63).contains(&y) && (x << y) >> y == x => Some(Value::Int(x << y)),
        _ => None,
    }
}

pub fn small_binop(vm: &mut Vm, op: BinOp, x: i64, y: i64) -> PyResult<Value> {
    if let Some(v) = small_binop_fast(op, x, y) {
        return Ok(v);
    }
    match op {
        BinOp::TrueDiv => {
            if y == 0 {
                return Err(vm.zero_division("division by zero"));
            }
            if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
                return Ok(Value::float(x as f64 / y as f64));
            }
            big_binop(vm, op, &BigInt::from(x), &BigInt::from(y))
        }
        BinOp::Pow if (0..64).contains(&y) => match (x as i128).checked_pow(y as u32) {
            Some(r) if r >= i64::MIN as i128 && r <= i64::MAX as i128 => Ok(Value::Int(r as i64)),
            _ => big_binop(vm, op, &BigInt::from(x), &BigInt::from(y)),
        },
        BinOp::LShift if (0..63).contains(&y) && x.unsigned_abs() < (1u64 << (62 - y)) => {
            Ok(Value::Int(x << y))
        }
        BinOp::RShift if y >= 0 => Ok(Value::Int(if y >= 64 {
            if x < 0 { -1 } else { 0 }
        } else {
            x >> y
        })),
        _ => big_binop(vm, op, &BigInt::from(x), &BigInt::from(y)),
    }
}

pub fn big_binop(vm: &mut Vm, op: BinOp, a: &BigInt, b: &BigInt) -> PyResult<Value> {
    let r = match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => {
            check_size(vm, a.bits() + b.bits())?;
            a * b
        }
        BinOp::FloorDiv | BinOp::Mod => {
            if b.is_zero() {
                return Err(vm.zero_division(if op == BinOp::Mod {
                    "integer modulo by zero"
                } else {
                    "integer division or modulo by zero"
                }));
            }
            if op == BinOp::FloorDiv {
                a.div_floor(b)
            } else {
                a.mod_floor(b)
            }
        }
        BinOp::TrueDiv => {
            if b.is_zero() {
                return Err(vm.zero_division("division by zero"));
            }
            return big_truediv(vm, a, b).map(Value::float);
        }
        BinOp::Pow => {
            if b.is_negative() {
                let base = big_to_f64(vm, a)?;
                let exp = big_to_f64(vm, b)?;
                if base == 0.0 {
                    return Err(vm.zero_division("0.0 cannot be raised to a negative power"));
                }
                return Ok(Value::float(base.powf(exp)));
            }
            let Some(e) = b.to_u32() else {
                if a.is_zero() || a.is_one() {
                    return Ok(from_big(vm, a.clone()));
                }
                return Err(vm.memory_error());
            };
            check_size(vm, a.bits().saturating_mul(e as u64))?;
            a.pow(e)
        }
        BinOp::LShift => {
            if b.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            let Some(s) = b.to_u64() else {
                return Err(vm.overflow_error("too many digits in integer"));
            };
            check_size(vm, a.bits().saturating_add(s))?;
            a << s
        }
        BinOp::RShift => {
            if b.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            let s = b.to_u64().unwrap_or(u64::MAX).min(a.bits() + 1);
            a >> s
        }
        BinOp::And => a & b,
        BinOp::Or => a | b,
        BinOp::Xor => a ^ b,
        BinOp::MatMul => {
            return Err(vm.type_error("unsupported operand type(s) for @: 'int' and 'int'"));
        }
    };
    Ok(from_big(vm, r))
}

/// Refuse results so large that building them would exhaust memory.
fn check_size(vm: &Vm, bits: u64) -> PyResult<()> {
    if bits > (1u64 << 36) {
        return Err(vm.memory_error());
    }
    Ok(())
}

pub fn big_to_f64(vm: &Vm, b: &BigInt) -> PyResult<f64> {
    match b.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(vm.overflow_error("int too large to convert to float")),
    }
}

fn big_truediv(vm: &Vm, a: &BigInt, b: &BigInt) -> PyResult<f64> {
    if let (Some(x), Some(y)) = (a.to_f64(), b.to_f64())
        && x.is_finite()
        && y.is_finite()
        && x.abs() < 9.0e15
        && y.abs() < 9.0e15
    {
        return Ok(x / y);
    }
    // Scale so the quotient keeps 64 significant bits, then convert.
    let shift = 64i64 - (a.bits() as i64 - b.bits() as i64);
    let q = if shift > 0 {
        (a << (shift as u64)) / b
    } else {
        a / (b << ((-shift) as u64))
    };
    let f = q.to_f64().unwrap_or(f64::INFINITY) * 2f64.powi(-shift as i32);
    if !f.is_finite() {
        return Err(vm.overflow_error("integer division result too large for a float"));
    }
    Ok(f)
}

/// `int(text, base)` parsing with Python's literal rules.
/// The first code point of each run of ten Unicode decimal digits
/// (category Nd, zero to nine) in the Unicode 15.1 database CPython 3.13
/// uses.
const DECIMAL_ZEROS: [u32; 68] = [
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
    0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
    0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650,
    0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x11F50, 0x16A60, 0x16AC0,
    0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E4F0, 0x1E950,
    0x1FBF0,
];

/// The value of a Unicode decimal digit, if `c` is one.
pub fn decimal_value(c: char) -> Option<u32> {
    let c = c as u32;
    let i = DECIMAL_ZEROS.partition_point(|&z| z <= c).checked_sub(1)?;
    let d = c - DECIMAL_ZEROS[i];
    (d < 10).then_some(d)
}

/// Text for the number parsers, as CPython prepares it: any Unicode
/// decimal digit becomes its ASCII digit and any Unicode space a space
/// (`int('١٢')` is 12). ASCII text is returned as it is.
pub fn decimal_to_ascii(text: &str) -> std::borrow::Cow<'_, str> {
    if text.is_ascii() {
        return std::borrow::Cow::Borrowed(text);
    }
    text.chars()
        .map(|c| match decimal_value(c) {
            Some(d) => char::from(b'0' + d as u8),
            None if c.is_whitespace() => ' ',
            None => c,
        })
        .collect()
}

pub fn parse_int(vm: &Vm, text: &str, base: u32) -> PyResult<Value> {
    // The common case: a short run of decimal digits, with an optional
    // sign (at most 18 digits cannot overflow an i64).
    if base == 10 {
        let t = text.as_bytes();
        let (neg, digits) = match t.first() {
            Some(b'-') => (true, &t[1..]),
            Some(b'+') => (false, &t[1..]),
            _ => (false, t),
        };
        if !digits.is_empty() && digits.len() <= 18 && digits.iter().all(u8::is_ascii_digit) {
            let n = digits
                .iter()
                .fold(0i64, |n, d| n * 10 + i64::from(d - b'0'));
            return Ok(Value::Int(if neg { -n } else { n }));
        }
    }
    let err = || {
        let shown = crate::types::str::repr_str(text);
        vm.value_error(format!(
            "invalid literal for int() with base {base}: {shown}"
        ))
    };
    let ascii = decimal_to_ascii(text);
    let t = ascii.trim();
    let (neg, rest) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let mut base = base;
    let mut digits = rest;
    let lower = rest.to_ascii_lowercase();
    let prefixed = |p: &str| lower.starts_with(p);
    if base == 0
        || base == 16 && prefixed("0x")
        || base == 8 && prefixed("0o")
        || base == 2 && prefixed("0b")
    {
        if prefixed("0x") {
            base = 16;
            digits = &rest[2..];
        } else if prefixed("0o") {
            base = 8;
            digits = &rest[2..];
        } else if prefixed("0b") {
            base = 2;
            digits = &rest[2..];
        } else if base == 0 {
            base = 10;
            if rest.len() > 1
                && rest.starts_with('0')
                && rest.bytes().any(|c| c != b'0' && c != b'_')
            {
                return Err(err());
            }
        }
        if digits.starts_with('_') {
            digits = &digits[1..];
        }
    }
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
    {
        return Err(err());
    }
    let clean: String = digits.chars().filter(|&c| c != '_').collect();
    if !clean.chars().all(|c| c.is_digit(base)) {
        return Err(err());
    }
    if base == 10 && clean.len() > vm.int_max_str_digits && vm.int_max_str_digits > 0 {
        return Err(vm.value_error(format!(
            "Exceeds the limit ({} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            vm.int_max_str_digits,
            clean.len()
        )));
    }
    if let Ok(v) = i64::from_str_radix(&clean, base) {
        return Ok(Value::Int(if neg { -v } else { v }));
    }
    let Some(b) = BigInt::parse_bytes(clean.as_bytes(), base) else {
        return Err(err());
    };
    Ok(from_big(vm, if neg { -b } else { b }))
}

pub fn int_repr(vm: &Vm, v: &Value) -> PyResult<String> {
    match v {
        Value::Int(i) => Ok(i.to_string()),
        Value::Bool(b) => Ok(if b.get() { "True" } else { "False" }.to_string()),
        _ => {
            let b = as_big(v).unwrap_or_default();
            let s = b.to_string();
            let digits = s.trim_start_matches('-').len();
            if vm.int_max_str_digits > 0 && digits > vm.int_max_str_digits {
                return Err(vm.value_error(format!(
                    "Exceeds the limit ({} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
                    vm.int_max_str_digits
                )));
            }
            Ok(s)
        }
    }
}

fn self_int(vm: &Vm, args: &Args) -> PyResult<BigInt> {
    args.args
        .first()
        .and_then(as_big)
        .ok_or_else(|| vm.type_error("descriptor requires an 'int' object"))
}

fn int_bit_length(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = self_int(vm, &args)?;
    Ok(Value::Int(b.bits() as i64))
}

fn int_bit_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = self_int(vm, &args)?;
    let s = b.abs().to_str_radix(2);
    Ok(Value::Int(s.bytes().filter(|&c| c == b'1').count() as i64))
}

fn int_conjugate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = self_int(vm, &args)?;
    Ok(from_big(vm, b))
}

fn int_as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = self_int(vm, &args)?;
    let v = from_big(vm, b);
    Ok(vm.new_tuple(vec![v, Value::Int(1)]))
}

fn int_is_integer(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::TRUE)
}

fn int_to_bytes(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    args.clinic_at_most(vm, "to_bytes", 3)?;
    positional_at_most(vm, &args, "to_bytes", 2)?;
    let b = self_int(vm, &args)?;
    let length = args
        .take_kw("length")
        .or_else(|| args.args.get(1).cloned())
        .unwrap_or(Value::Int(1));
    let order = args
        .take_kw("byteorder")
        .or_else(|| args.args.get(2).cloned());
    let signed = match args.take_kw("signed") {
        Some(s) => vm.truthy(&s)?,
        None => false,
    };
    args.no_unexpected_kwargs(vm, "to_bytes")?;
    let len = vm.index_value(&length)?;
    if len < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    vm.check_alloc(len, 1)?;
    let len = len as usize;
    let little = little_endian(vm, order.as_ref(), "to_bytes")?;
    if b.is_negative() && !signed {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = b.to_signed_bytes_le();
    if !signed && bytes.len() > 1 && bytes.last() == Some(&0) {
        bytes.pop();
    }
    if bytes.len() > len {
        return Err(vm.overflow_error("int too big to convert"));
    }
    let fill = if b.is_negative() { 0xFF } else { 0 };
    bytes.resize(len, fill);
    if !little {
        bytes.reverse();
    }
    Ok(vm.new_bytes(bytes))
}

/// The `byteorder` argument of `to_bytes`/`from_bytes` ("big" by default).
fn little_endian(vm: &Vm, order: Option<&Value>, fname: &str) -> PyResult<bool> {
    let Some(order) = order else { return Ok(false) };
    match order.str_value() {
        Some("little") => Ok(true),
        Some("big") => Ok(false),
        Some(_) => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
        None => Err(vm.type_error(format!(
            "{fname}() argument 'byteorder' must be str, not {}",
            vm.arg_type_name(order)
        ))),
    }
}

/// What `int.from_bytes` reads: a bytes-like object, or any iterable of
/// ints in range(256), as `bytes(x)` would take it.
fn from_bytes_source(vm: &mut Vm, data: &Value) -> PyResult<Vec<u8>> {
    if let Ok(b) = crate::types::bytes::bytes_of(vm, data) {
        return Ok(b);
    }
    if data.as_str().is_some() || vm.lookup_special(data, "__iter__").is_none() {
        return Err(vm.type_error(format!(
            "cannot convert '{}' object to bytes",
            vm.type_name(data)
        )));
    }
    let items = crate::vm::ops::collect_iterable(vm, data)?;
    let mut out = Vec::with_capacity(items.len());
    for it in &items {
        let n = vm.index_value(it)?;
        if !(0..256).contains(&n) {
            return Err(vm.value_error("bytes must be in range(0, 256)"));
        }
        out.push(n as u8);
    }
    Ok(out)
}

/// `length`/`bytes` and `byteorder` may be positional; `signed` only by
/// keyword.
fn positional_at_most(vm: &Vm, args: &Args, name: &str, max: usize) -> PyResult<()> {
    let n = args.args.len().saturating_sub(1);
    if n > max {
        return Err(vm.type_error(format!(
            "{name}() takes at most {max} positional arguments ({n} given)"
        )));
    }
    Ok(())
}

fn int_from_bytes(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    args.clinic_at_most(vm, "from_bytes", 3)?;
    positional_at_most(vm, &args, "from_bytes", 2)?;
    let Some(data) = args.take_kw("bytes").or_else(|| args.args.get(1).cloned()) else {
        return Err(vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
    };
    let order = args
        .take_kw("byteorder")
        .or_else(|| args.args.get(2).cloned());
    let signed = match args.take_kw("signed") {
        Some(s) => vm.truthy(&s)?,
        None => false,
    };
    let mut bytes = from_bytes_source(vm, &data)?;
    let little = little_endian(vm, order.as_ref(), "from_bytes")?;
    if !little {
        bytes.reverse();
    }
    let v = if signed {
        BigInt::from_signed_bytes_le(&bytes)
    } else {
        BigInt::from_bytes_le(malachite_bigint::Sign::Plus, &bytes)
    };
    Ok(from_big(vm, v))
}

fn int_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = self_int(vm, &args)?;
    Ok(from_big(vm, b))
}

fn int_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.args.first().cloned().unwrap_or(Value::Int(0));
    let spec = args.args.get(1).cloned().unwrap_or_else(|| vm.new_str(""));
    crate::builtins::format(vm, &v, &spec)
}

fn int_getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = self_int(vm, &args)?;
    let v = from_big(vm, b);
    Ok(vm.new_tuple(vec![v]))
}

macro_rules! int_cmp {
    ($fname:ident, $op:expr) => {
        fn $fname(vm: &mut Vm, args: Args) -> PyResult<Value> {
            args.check_method(vm, "expected", 1, 1)?;
            let b = args.args[1].clone();
            // Only ints: `int.__eq__(1, 1.0)` is NotImplemented, as in
            // CPython (the `==` operator then asks float).
            let Some(y) = as_big(&b) else {
                return Ok(vm.not_implemented.clone());
            };
            let x = as_big(&args.args[0]).unwrap_or_default();
            Ok(Value::bool($op.holds(x, y)))
        }
    };
}
int_cmp!(int_eq, CmpOp::Eq);
int_cmp!(int_ne, CmpOp::Ne);
int_cmp!(int_lt, CmpOp::Lt);
int_cmp!(int_le, CmpOp::Le);
int_cmp!(int_gt, CmpOp::Gt);
int_cmp!(int_ge, CmpOp::Ge);

fn int_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = self_int(vm, &args)?;
    Ok(Value::Int(hash_big(&b)))
}

fn int_repr_native(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = self_int(vm, &args)?;
    let v = from_big(vm, b);
    let s = int_repr(vm, &v)?;
    Ok(vm.new_string(s))
}

fn int_bool(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = self_int(vm, &args)?;
    Ok(Value::bool(!b.is_zero()))
}

fn int_float(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = self_int(vm, &args)?;
    big_to_f64(vm, &b).map(Value::float)
}

pub static METHODS: &[NativeFunc] = &[
    native!(
        "bit_length",
        int_bit_length,
        "Number of bits needed to represent self in binary, without sign and leading zeros.",
        sig = "($self, /)"
    ),
    native!(
        "bit_count",
        int_bit_count,
        "Number of ones in the binary representation of the absolute value.",
        sig = "($self, /)"
    ),
    native!(
        "conjugate",
        int_conjugate,
        "Return self, the complex conjugate of any int.",
        sig = "($self, /)"
    ),
    native!(
        "as_integer_ratio",
        int_as_integer_ratio,
        "Return a pair of integers whose ratio equals the original int.",
        sig = "($self, /)"
    ),
    native!(
        "is_integer",
        int_is_integer,
        "Return True; every int is an integer.",
        sig = "($self, /)"
    ),
    native!(
        "to_bytes",
        int_to_bytes,
        "Return an array of bytes representing the integer.",
        sig = "($self, /, length=1, byteorder='big', *, signed=False)"
    ),
    native!(
        "from_bytes",
        int_from_bytes,
        "Return the integer represented by the given array of bytes.",
        sig = "($type, /, bytes, byteorder='big', *, signed=False)",
        classmethod
    ),
    native!(
        "__index__",
        int_index,
        "Return self converted to an integer, for use as an index."
    ),
    native!("__int__", int_index, "Return int(self)."),
    native!("__float__", int_float, "Return float(self)."),
    native!(
        "__format__",
        int_format,
        "Format self according to a format spec.",
        sig = "($self, format_spec, /)"
    ),
    native!(
        "__getnewargs__",
        int_getnewargs,
        "Return the arguments that recreate this int.",
        sig = "($self, /)"
    ),
    native!("__eq__", int_eq, "Return self==value."),
    native!("__ne__", int_ne, "Return self!=value."),
    native!("__lt__", int_lt, "Return self<value."),
    native!("__le__", int_le, "Return self<=value."),
    native!("__gt__", int_gt, "Return self>value."),
    native!("__ge__", int_ge, "Return self>=value."),
    native!("__hash__", int_hash, "Return hash(self)."),
    native!("__repr__", int_repr_native, "Return repr(self)."),
    native!("__bool__", int_bool, "True if self else False."),
];

pub static BOOL_METHODS: &[NativeFunc] = &[];

/// `int.__new__` for `int(x)`, `int(s, base)` and int subclasses.
pub fn construct(
    vm: &mut Vm,
    cls: &crate::object::ObjRef,
    args: &[Value],
    kwargs: &[(Value, Value)],
) -> PyResult<Value> {
    let mut base: Option<Value> = args.get(1).cloned();
    for (k, v) in kwargs {
        if k.str_value() == Some("base") {
            base = Some(v.clone());
        } else {
            return Err(vm.type_error(format!(
                "int() got an unexpected keyword argument '{}'",
                k.str_value().unwrap_or("")
            )));
        }
    }
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "int expected at most 2 arguments, got {}",
            args.len()
        )));
    }
    let v = match args.first() {
        None => Value::Int(0),
        Some(x) => match &base {
            Some(b) => {
                let b = vm.index_value(b)?;
                if b != 0 && !(2..=36).contains(&b) {
                    return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
                }
                match x.str_value() {
                    Some(s) => parse_int(vm, s, b as u32)?,
                    None => match x.payload() {
                        Some(Payload::Bytes(bs)) => {
                            let s = String::from_utf8_lossy(bs).to_string();
                            parse_int(vm, &s, b as u32)?
                        }
                        _ => {
                            return Err(
                                vm.type_error("int() can't convert non-string with explicit base")
                            );
                        }
                    },
                }
            }
            None => to_int(vm, x)?,
        },
    };
    if std::rc::Rc::ptr_eq(cls, &vm.types.int) {
        return Ok(v);
    }
    let b = as_big(&v).unwrap_or_default();
    let dict = if cls.type_data().is_some_and(|t| t.has_dict) {
        Some(vm.new_dict_obj(crate::object::Dict::new()))
    } else {
        None
    };
    Ok(Value::Obj(PyObject::new(
        cls.clone(),
        dict,
        Payload::Int(b),
    )))
}

/// `int(x)` for a single argument.
pub fn to_int(vm: &mut Vm, x: &Value) -> PyResult<Value> {
    match x {
        Value::Int(_) => Ok(x.clone()),
        Value::Bool(b) => Ok(Value::Int(b.get() as i64)),
        Value::Float(f) => float_to_int(vm, f.get()),
        _ => {
            if let Some(b) = as_big(x) {
                return Ok(from_big(vm, b));
            }
            if let Some(s) = x.str_value() {
                return parse_int(vm, s, 10);
            }
            if let Some(Payload::Float(f)) = x.payload() {
                return float_to_int(vm, *f);
            }
            if let Some(Payload::Bytes(bs)) = x.payload() {
                let s = String::from_utf8_lossy(bs).to_string();
                return parse_int(vm, &s, 10);
            }
            for name in ["__int__", "__index__"] {
                if let Some(r) = vm.call_special(x, name, vec![])? {
                    if !is_int(&r) {
                        return Err(vm.type_error(format!(
                            "{name} returned non-int (type {})",
                            vm.type_name(&r)
                        )));
                    }
                    return Ok(r);
                }
            }
            if let Some(r) = vm.call_special(x, "__trunc__", vec![])? {
                return Ok(r);
            }
            Err(vm.type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                vm.type_name(x)
            )))
        }
    }
}

pub fn float_to_int(vm: &Vm, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 9.2e18 {
        return Ok(Value::Int(t as i64));
    }
    Ok(from_big(vm, big_from_f64(t)))
}

pub fn big_from_f64(f: f64) -> BigInt {
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1075;
    let mant = (bits & ((1 << 52) - 1)) | (1 << 52);
    let m = BigInt::from(mant);
    let r = if exp >= 0 {
        m << (exp as u64)
    } else {
        m >> ((-exp) as u64)
    };
    if f < 0.0 { -r } else { r }
}

pub fn one() -> BigInt {
    BigInt::one()
}

//! `float` and `complex`: CPython's repr (shortest round-trip digits,
//! scientific outside 1e-4..1e16), hashing, and division/modulo rules.

use crate::bytecode::BinOp;
use crate::native;
use crate::object::{Payload, PyObject, Value};
use crate::vm::native::{Args, NativeFunc};
use crate::vm::{PyResult, Vm};

const MODULUS: u64 = (1u64 << 61) - 1;

fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 || !v.is_finite() {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale up first.
        let (m, e) = frexp(v * 2f64.powi(54));
        return (m, e - 54);
    }
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, e)
}

pub fn hash_float(v: f64) -> i64 {
    if v.is_nan() {
        return 0;
    }
    if v.is_infinite() {
        return if v > 0.0 { 314159 } else { -314159 };
    }
    let (mut m, mut e) = frexp(v);
    let mut sign = 1i64;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (61 - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 {
        e % 61
    } else {
        61 - 1 - ((-1 - e) % 61)
    } as u32;
    x = ((x << e) & MODULUS) | (x >> (61 - e));
    let h = (x as i64) * sign;
    if h == -1 { -2 } else { h }
}

/// `repr(float)`.
pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".to_string();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf" } else { "-inf" }.to_string();
    }
    if f == 0.0 {
        return if f.is_sign_negative() { "-0.0" } else { "0.0" }.to_string();
    }
    let s = format!("{:e}", f);
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let neg = mant.starts_with('-');
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    if (-4..16).contains(&exp) {
        if exp >= 0 {
            let e = exp as usize;
            if digits.len() <= e + 1 {
                out.push_str(&digits);
                out.push_str(&"0".repeat(e + 1 - digits.len()));
                out.push_str(".0");
            } else {
                out.push_str(&digits[..e + 1]);
                out.push('.');
                out.push_str(&digits[e + 1..]);
            }
        } else {
            out.push_str("0.");
            out.push_str(&"0".repeat((-exp - 1) as usize));
            out.push_str(&digits);
        }
    } else {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push('e');
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.abs()));
    }
    out
}

pub fn new_complex(vm: &Vm, re: f64, im: f64) -> Value {
    Value::Obj(PyObject::new(
        vm.types.complex.clone(),
        None,
        Payload::Complex(re, im),
    ))
}

fn complex_part(f: f64) -> String {
    let r = float_repr(f);
    r.strip_suffix(".0").map(|s| s.to_string()).unwrap_or(r)
}

pub fn complex_repr(re: f64, im: f64) -> String {
    if re == 0.0 && !re.is_sign_negative() {
        return format!("{}j", complex_part(im));
    }
    let sign = if im < 0.0
        || (im == 0.0 && im.is_sign_negative())
        || (im.is_nan() && im.is_sign_negative())
    {
        "-"
    } else {
        "+"
    };
    format!("({}{}{}j)", complex_part(re), sign, complex_part(im.abs()))
}

/// Python's float modulo: the result takes the divisor's sign.
pub fn py_fmod(x: f64, y: f64) -> f64 {
    let m = x % y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) { m + y } else { m }
    } else {
        0.0f64.copysign(y)
    }
}

pub fn py_floordiv(x: f64, y: f64) -> f64 {
    let m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 && ((y < 0.0) != (m < 0.0)) {
        div -= 1.0;
    }
    if div != 0.0 {
        let floor = div.floor();
        if div - floor > 0.5 {
            floor + 1.0
        } else {
            floor
        }
    } else {
        0.0f64.copysign(x / y)
    }
}

pub fn float_binop(vm: &mut Vm, op: BinOp, x: f64, y: f64) -> PyResult<Option<Value>> {
    Ok(Some(Value::float(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv => {
            if y == 0.0 {
                return Err(vm.zero_division("float division by zero"));
            }
            x / y
        }
        BinOp::FloorDiv => {
            if y == 0.0 {
                return Err(vm.zero_division("float floor division by zero"));
            }
            py_floordiv(x, y)
        }
        BinOp::Mod => {
            if y == 0.0 {
                return Err(vm.zero_division("float modulo by zero"));
            }
            py_fmod(x, y)
        }
        BinOp::Pow => {
            if x == 0.0 && y < 0.0 {
                return Err(vm.zero_division("0.0 cannot be raised to a negative power"));
            }
            if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
                let (re, im) = complex_pow(x, 0.0, y, 0.0);
                return Ok(Some(new_complex(vm, re, im)));
            }
            let r = x.powf(y);
            if r.is_infinite() && x.is_finite() && y.is_finite() {
                return Err(vm.overflow_error("(34, 'Numerical result out of range')"));
            }
            r
        }
        _ => return Ok(None),
    })))
}

pub fn complex_pow(ar: f64, ai: f64, br: f64, bi: f64) -> (f64, f64) {
    if bi == 0.0 && br == br.trunc() && br.abs() <= 100.0 {
        let mul = |(a, b): (f64, f64), (c, d): (f64, f64)| (a * c - b * d, a * d + b * c);
        let mut n = br.abs() as u32;
        let mut result = (1.0, 0.0);
        let mut base = (ar, ai);
        while n > 0 {
            if n & 1 == 1 {
                result = mul(result, base);
            }
            base = mul(base, base);
            n >>= 1;
        }
        if br < 0.0 {
            let d = result.0 * result.0 + result.1 * result.1;
            return (result.0 / d, -result.1 / d);
        }
        return result;
    }
    if br == 0.0 && bi == 0.0 {
        return (1.0, 0.0);
    }
    if ar == 0.0 && ai == 0.0 {
        return (0.0, 0.0);
    }
    let vabs = ar.hypot(ai);
    let mut len = vabs.powf(br);
    let at = ai.atan2(ar);
    let mut phase = at * br;
    if bi != 0.0 {
        len /= (at * bi).exp();
        phase += bi * vabs.ln();
    }
    (len * phase.cos(), len * phase.sin())
}

pub fn as_f64(v: &Value) -> Option<f64> {
    match v {
        Value::Float(f) => Some(f.get()),
        Value::Int(i) => Some(*i as f64),
        Value::Bool(b) => Some(b.get() as i64 as f64),
        Value::Obj(o) => match &o.payload {
            Payload::Float(f) => Some(*f),
            Payload::Int(b) => num_traits::ToPrimitive::to_f64(b),
            _ => None,
        },
        _ => None,
    }
}

/// `float(x)`.
pub fn to_float(vm: &mut Vm, x: &Value) -> PyResult<f64> {
    if let Some(s) = x.str_value() {
        return parse_float(vm, s);
    }
    match x {
        Value::Float(f) => return Ok(f.get()),
        Value::Int(i) => return Ok(*i as f64),
        Value::Bool(b) => return Ok(b.get() as i64 as f64),
        _ => {}
    }
    if let Some(Payload::Float(f)) = x.payload() {
        return Ok(*f);
    }
    if let Some(b) = crate::types::int::as_big(x) {
        return crate::types::int::big_to_f64(vm, &b);
    }
    if let Some(r) = vm.call_special(x, "__float__", vec![])? {
        return as_f64(&r).ok_or_else(|| vm.type_error("__float__ returned non-float"));
    }
    if let Some(r) = vm.call_special(x, "__index__", vec![])? {
        return as_f64(&r).ok_or_else(|| vm.type_error("__index__ returned non-int"));
    }
    Err(vm.type_error(format!(
        "float() argument must be a string or a real number, not '{}'",
        vm.type_name(x)
    )))
}

pub fn parse_float(vm: &Vm, s: &str) -> PyResult<f64> {
    let ascii = crate::types::int::decimal_to_ascii(s);
    let t = ascii.trim();
    let lower = t.to_ascii_lowercase();
    let (sign, body) = match lower.as_bytes().first() {
        Some(b'-') => (-1.0, &lower[1..]),
        Some(b'+') => (1.0, &lower[1..]),
        _ => (1.0, &lower[..]),
    };
    match body {
        "inf" | "infinity" => return Ok(sign * f64::INFINITY),
        "nan" => return Ok(f64::NAN),
        _ => {}
    }
    let valid = !body.is_empty()
        && !body.starts_with('_')
        && !body.ends_with('_')
        && !body.contains("__")
        && body
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | '+' | '-' | '_'));
    let clean: String = body.chars().filter(|&c| c != '_').collect();
    match clean.parse::<f64>() {
        Ok(f) if valid => Ok(sign * f),
        _ => Err(vm.value_error(format!(
            "could not convert string to float: {}",
            crate::types::str::repr_str(s)
        ))),
    }
}

fn self_float(vm: &Vm, args: &Args) -> PyResult<f64> {
    args.args
        .first()
        .and_then(as_f64)
        .ok_or_else(|| vm.type_error("descriptor requires a 'float' object"))
}

fn float_is_integer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = self_float(vm, &args)?;
    Ok(Value::bool(f.is_finite() && f.fract() == 0.0))
}

fn float_as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = self_float(vm, &args)?;
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
    }
    if f.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    let (mut m, mut e) = frexp(f);
    for _ in 0..300 {
        if m == m.floor() {
            break;
        }
        m *= 2.0;
        e -= 1;
    }
    let mut num = crate::types::int::big_from_f64(m);
    let mut den = crate::types::int::one();
    if e > 0 {
        num <<= e as u64;
    } else {
        den <<= (-e) as u64;
    }
    let n = crate::types::int::from_big(vm, num);
    let d = crate::types::int::from_big(vm, den);
    Ok(vm.new_tuple(vec![n, d]))
}

fn float_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = self_float(vm, &args)?;
    Ok(vm.new_string(hex_repr(f)))
}

/// `float.hex()`: 13 hex digits of mantissa and a binary exponent.
pub fn hex_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".to_string();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf" } else { "-inf" }.to_string();
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1u64 << 52) - 1);
    let (lead, e) = if exp == 0 {
        (0, -1022)
    } else {
        (1, exp - 1023)
    };
    format!(
        "{sign}0x{lead}.{mant:013x}p{}{}",
        if e < 0 { "-" } else { "+" },
        e.abs()
    )
}

fn float_fromhex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.args.get(1).and_then(|v| v.str_value()).is_none() {
        return Err(vm.type_error("bad argument type for built-in operation"));
    }
    let s = args
        .args
        .get(1)
        .and_then(|v| v.str_value())
        .unwrap_or("")
        .trim()
        .to_lowercase();
    let err = || vm.value_error("invalid hexadecimal floating-point string");
    let (neg, body) = match s.strip_prefix('-') {
        Some(b) => (true, b.to_string()),
        None => (false, s.trim_start_matches('+').to_string()),
    };
    if body == "inf" || body == "infinity" {
        return Ok(Value::float(if neg {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        }));
    }
    if body == "nan" {
        return Ok(Value::float(f64::NAN));
    }
    let body = body.strip_prefix("0x").unwrap_or(&body);
    let (mant, exp) = match body.split_once('p') {
        Some((m, e)) => (m, e.parse::<i64>().map_err(|_| err())?),
        None => (body, 0),
    };
    let (ip, fp) = mant.split_once('.').unwrap_or((mant, ""));
    if ip.is_empty() && fp.is_empty() {
        return Err(err());
    }
    let mut value = 0.0f64;
    for c in ip.chars() {
        value = value * 16.0 + c.to_digit(16).ok_or_else(err)? as f64;
    }
    let mut scale = 1.0 / 16.0;
    for c in fp.chars() {
        value += c.to_digit(16).ok_or_else(err)? as f64 * scale;
        scale /= 16.0;
    }
    let r = value * 2f64.powi(exp as i32);
    Ok(Value::float(if neg { -r } else { r }))
}

fn float_conjugate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    self_float(vm, &args).map(Value::float)
}

fn float_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.args.first().cloned().unwrap_or(Value::float(0.0));
    let spec = args.args.get(1).cloned().unwrap_or_else(|| vm.new_str(""));
    crate::builtins::format(vm, &v, &spec)
}

fn float_repr_native(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = self_float(vm, &args)?;
    Ok(vm.new_string(float_repr(f)))
}

fn float_int(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = self_float(vm, &args)?;
    crate::types::int::float_to_int(vm, f)
}

fn float_float(vm: &mut Vm, args: Args) -> PyResult<Value> {
    self_float(vm, &args).map(Value::float)
}

fn float_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = self_float(vm, &args)?;
    Ok(Value::Int(hash_float(f)))
}

fn complex_conjugate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "conjugate", 0, 0)?;
    match args.args[0].payload() {
        Some(Payload::Complex(r, i)) => Ok(Value::Obj(crate::object::PyObject::new(
            vm.types.complex.clone(),
            None,
            Payload::Complex(*r, -*i),
        ))),
        _ => Err(vm.type_error("descriptor 'conjugate' requires a 'complex' object")),
    }
}

pub static COMPLEX_METHODS: &[NativeFunc] = &[native!(
    "conjugate",
    complex_conjugate,
    "Return the complex conjugate: the same real part, the imaginary part negated.",
    sig = "($self, /)"
)];

pub static METHODS: &[NativeFunc] = &[
    native!(
        "is_integer",
        float_is_integer,
        "Return True if the float is an integer.",
        sig = "($self, /)"
    ),
    native!(
        "as_integer_ratio",
        float_as_integer_ratio,
        "Return a pair of integers whose ratio is exactly the float.",
        sig = "($self, /)"
    ),
    native!(
        "hex",
        float_hex,
        "Return a hexadecimal representation of the float.",
        sig = "($self, /)"
    ),
    native!(
        "fromhex",
        float_fromhex,
        "Create a float from a hexadecimal string.",
        sig = "($type, string, /)",
        classmethod
    ),
    native!(
        "conjugate",
        float_conjugate,
        "Return self, the complex conjugate of any float.",
        sig = "($self, /)"
    ),
    native!(
        "__format__",
        float_format,
        "Format the float according to a format spec.",
        sig = "($self, format_spec, /)"
    ),
    native!("__repr__", float_repr_native, "Return repr(self)."),
    native!(
        "__int__",
        float_int,
        "Return int(self), truncating toward zero."
    ),
    native!("__float__", float_float, "Return float(self)."),
    native!("__hash__", float_hash, "Return hash(self)."),
];

pub fn construct(vm: &mut Vm, cls: &crate::object::ObjRef, args: &[Value]) -> PyResult<Value> {
    if args.len() > 1 {
        return Err(vm.type_error(format!(
            "float expected at most 1 argument, got {}",
            args.len()
        )));
    }
    let f = match args.first() {
        Some(x) => to_float(vm, x)?,
        None => 0.0,
    };
    if std::rc::Rc::ptr_eq(cls, &vm.types.float) {
        return Ok(Value::float(f));
    }
    let dict = Some(vm.new_attr_dict(0));
    Ok(Value::Obj(PyObject::new(
        cls.clone(),
        dict,
        Payload::Float(f),
    )))
}

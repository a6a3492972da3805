//! The rest of `math`: inverse hyperbolics, the error and gamma functions,
//! and the floating-point toolbox (`frexp`, `ldexp`, `fma`, `nextafter`,
//! `ulp`, `remainder`, `sumprod`). Where CPython calls the platform's C
//! math library (erf, erfc, exp2, cbrt, the inverse hyperbolics) we call
//! the same symbols. Two known gaps in the last bit: `cbrt` resolves to
//! the Rust toolchain's built-in copy rather than glibc's (cbrt(27) is
//! 3.0 here, 3.0000000000000004 in CPython), and `gamma`/`lgamma` come from
//! the `libm` crate while CPython has its own Lanczos code.

use crate::native;
use crate::object::Value;
use crate::types::float::as_f64;
use crate::vm::native::{Args, NativeFunc};
use crate::vm::{PyResult, Vm};

// SAFETY: these are the C99 <math.h> functions of the system math library,
// which the Rust standard library already links on every target we build
// for; each takes and returns a plain double, has no preconditions and
// touches no memory, so calling them is safe (hence `safe fn`). The golden
// program tests/programs/modules/math_special.py exercises every one.
unsafe extern "C" {
    #[link_name = "erf"]
    safe fn c_erf(x: f64) -> f64;
    #[link_name = "erfc"]
    safe fn c_erfc(x: f64) -> f64;
    #[link_name = "cbrt"]
    safe fn c_cbrt(x: f64) -> f64;
    #[link_name = "exp2"]
    safe fn c_exp2(x: f64) -> f64;
    #[link_name = "acosh"]
    safe fn c_acosh(x: f64) -> f64;
    #[link_name = "asinh"]
    safe fn c_asinh(x: f64) -> f64;
    #[link_name = "atanh"]
    safe fn c_atanh(x: f64) -> f64;
}

fn real(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if let Some(b) = crate::types::int::as_big(v) {
        use num_traits::ToPrimitive;
        return b
            .to_f64()
            .filter(|f| f.is_finite())
            .ok_or_else(|| vm.overflow_error("int too large to convert to float"));
    }
    if let Some(f) = as_f64(v) {
        return Ok(f);
    }
    if let Some(r) = vm.call_special(v, "__float__", vec![])? {
        return as_f64(&r).ok_or_else(|| vm.type_error("__float__ returned non-float"));
    }
    Err(vm.type_error(format!("must be real number, not {}", vm.type_name(v))))
}

fn domain(vm: &Vm) -> crate::vm::PyErr {
    vm.value_error("math domain error")
}

fn range(vm: &Vm) -> crate::vm::PyErr {
    vm.overflow_error("math range error")
}

/// A one-argument function with a domain test; infinite results from
/// finite arguments are a range error.
fn unary(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    f: fn(f64) -> f64,
    ok: fn(f64) -> bool,
) -> PyResult<Value> {
    args.check(vm, name, 1, 1)?;
    let x = real(vm, &args.args[0])?;
    if !ok(x) {
        return Err(domain(vm));
    }
    let r = f(x);
    if r.is_infinite() && x.is_finite() {
        return Err(range(vm));
    }
    Ok(Value::Float(r))
}

fn is_nonpositive_integer(x: f64) -> bool {
    x <= 0.0 && x == x.floor()
}

fn acosh(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(
        vm,
        &args,
        "acosh",
        |x| c_acosh(x),
        |x| x >= 1.0 || x.is_nan(),
    )
}
fn asinh(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, &args, "asinh", |x| c_asinh(x), |_| true)
}
fn atanh(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(
        vm,
        &args,
        "atanh",
        |x| c_atanh(x),
        |x| (x > -1.0 && x < 1.0) || x.is_nan(),
    )
}
fn cbrt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, &args, "cbrt", |x| c_cbrt(x), |_| true)
}
fn erf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, &args, "erf", |x| c_erf(x), |_| true)
}
fn erfc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, &args, "erfc", |x| c_erfc(x), |_| true)
}
fn exp2(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, &args, "exp2", |x| c_exp2(x), |_| true)
}
fn gamma(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, &args, "gamma", libm::tgamma, |x| {
        !(is_nonpositive_integer(x) || x == f64::NEG_INFINITY)
    })
}
fn lgamma(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "lgamma", 1, 1)?;
    let x = real(vm, &args.args[0])?;
    if x.is_infinite() {
        return Ok(Value::Float(f64::INFINITY));
    }
    if is_nonpositive_integer(x) {
        return Err(domain(vm));
    }
    let r = libm::lgamma(x);
    if r.is_infinite() {
        return Err(range(vm));
    }
    Ok(Value::Float(r))
}

fn frexp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "frexp", 1, 1)?;
    let x = real(vm, &args.args[0])?;
    let (m, e) = if x == 0.0 || !x.is_finite() {
        (x, 0)
    } else {
        libm::frexp(x)
    };
    Ok(vm.new_tuple(vec![Value::Float(m), Value::Int(e as i64)]))
}

fn ldexp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "ldexp", 2, 2)?;
    let x = real(vm, &args.args[0])?;
    let i = &args.args[1];
    if !crate::types::int::is_int(i) {
        return Err(vm.type_error("Expected an int as second argument to ldexp."));
    }
    // Exponents beyond i32 saturate: the result is 0 or infinite anyway.
    let e = crate::types::int::as_big(i)
        .map(|b| {
            use num_traits::ToPrimitive;
            b.to_i64()
                .unwrap_or(if b.sign() == malachite_bigint::Sign::Minus {
                    i64::MIN
                } else {
                    i64::MAX
                })
        })
        .unwrap_or(0)
        .clamp(i32::MIN as i64, i32::MAX as i64) as i32;
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = libm::ldexp(x, e);
    if r.is_infinite() {
        return Err(range(vm));
    }
    Ok(Value::Float(r))
}

fn fma(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "fma", 3, 3)?;
    let x = real(vm, &args.args[0])?;
    let y = real(vm, &args.args[1])?;
    let z = real(vm, &args.args[2])?;
    let r = x.mul_add(y, z);
    if r.is_nan() && !x.is_nan() && !y.is_nan() && !z.is_nan() {
        return Err(vm.value_error("invalid operation in fma"));
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() && z.is_finite() {
        return Err(vm.overflow_error("overflow in fma"));
    }
    Ok(Value::Float(r))
}

fn remainder(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "remainder", 2, 2)?;
    let x = real(vm, &args.args[0])?;
    let y = real(vm, &args.args[1])?;
    if x.is_nan() || y.is_nan() {
        return Ok(Value::Float(f64::NAN));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain(vm));
    }
    Ok(Value::Float(libm::remainder(x, y)))
}

fn nextafter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.bind(vm, "nextafter", false, &["x", "y", "steps"], 2, 2)?;
    let x = real(vm, p[0].as_ref().unwrap_or(&Value::None))?;
    let y = real(vm, p[1].as_ref().unwrap_or(&Value::None))?;
    let steps = match &p[2] {
        None | Some(Value::None) => 1,
        Some(s) => {
            let n = vm.index_value(s)?;
            if n < 0 {
                return Err(vm.value_error("steps must be a non-negative integer"));
            }
            n
        }
    };
    let mut r = x;
    for _ in 0..steps.min(1 << 24) {
        let next = libm::nextafter(r, y);
        if next == r {
            break;
        }
        r = next;
    }
    Ok(Value::Float(r))
}

fn ulp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "ulp", 1, 1)?;
    let x = real(vm, &args.args[0])?.abs();
    if !x.is_finite() {
        return Ok(Value::Float(x));
    }
    let up = libm::nextafter(x, f64::INFINITY);
    if up.is_infinite() {
        return Ok(Value::Float(x - libm::nextafter(x, 0.0)));
    }
    Ok(Value::Float(up - x))
}

fn sumprod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "sumprod", 2, 2)?;
    let p = crate::vm::ops::collect_iterable(vm, &args.args[0])?;
    let q = crate::vm::ops::collect_iterable(vm, &args.args[1])?;
    if p.len() != q.len() {
        return Err(vm.value_error("Inputs are not the same length"));
    }
    let mut acc = Value::Int(0);
    for (a, b) in p.iter().zip(&q) {
        let prod = vm.binary_op(crate::bytecode::BinOp::Mul, a, b)?;
        acc = vm.binary_op(crate::bytecode::BinOp::Add, &acc, &prod)?;
    }
    Ok(acc)
}

pub static EXTRA: &[NativeFunc] = &[
    native!(
        "acosh",
        acosh,
        "Return the inverse hyperbolic cosine of x.",
        sig = "($module, x, /)"
    ),
    native!(
        "asinh",
        asinh,
        "Return the inverse hyperbolic sine of x.",
        sig = "($module, x, /)"
    ),
    native!(
        "atanh",
        atanh,
        "Return the inverse hyperbolic tangent of x.",
        sig = "($module, x, /)"
    ),
    native!(
        "cbrt",
        cbrt,
        "Return the cube root of x.",
        sig = "($module, x, /)"
    ),
    native!(
        "erf",
        erf,
        "Return the error function at x.",
        sig = "($module, x, /)"
    ),
    native!(
        "erfc",
        erfc,
        "Return the complementary error function at x: 1 - erf(x), accurate for large x.",
        sig = "($module, x, /)"
    ),
    native!(
        "exp2",
        exp2,
        "Return 2 raised to the power of x.",
        sig = "($module, x, /)"
    ),
    native!(
        "gamma",
        gamma,
        "Return the Gamma function at x.",
        sig = "($module, x, /)"
    ),
    native!(
        "lgamma",
        lgamma,
        "Return the natural logarithm of the absolute value of the Gamma function at x.",
        sig = "($module, x, /)"
    ),
    native!(
        "frexp",
        frexp,
        "Return (m, e) with x == m * 2**e and 0.5 <= abs(m) < 1 (or m == 0).",
        sig = "($module, x, /)"
    ),
    native!(
        "ldexp",
        ldexp,
        "Return x * 2**i, exactly.",
        sig = "($module, x, i, /)"
    ),
    native!(
        "fma",
        fma,
        "Return x * y + z with a single rounding.",
        sig = "($module, x, y, z, /)"
    ),
    native!(
        "remainder",
        remainder,
        "Return the IEEE 754 remainder of x by y: x - n*y with n the integer nearest x/y.",
        sig = "($module, x, y, /)"
    ),
    native!(
        "nextafter",
        nextafter,
        "Return the next float after x towards y (steps times).",
        sig = "($module, x, y, /, *, steps=None)"
    ),
    native!(
        "ulp",
        ulp,
        "Return the value of the least significant bit of the float x.",
        sig = "($module, x, /)"
    ),
    native!(
        "sumprod",
        sumprod,
        "Return the sum of products of values from two equal-length iterables.",
        sig = "($module, p, q, /)"
    ),
];

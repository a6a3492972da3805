//! The rest of `math`: inverse hyperbolics, the error and gamma functions,
//! and the floating-point toolbox (`frexp`, `ldexp`, `fma`, `nextafter`,
//! `ulp`, `remainder`, `sumprod`). Where CPython calls the platform's C
//! math library (erf, erfc, exp2, cbrt, the inverse hyperbolics) we call
//! the same functions, so results agree to the bit. `gamma` and `lgamma`
//! use the Lanczos approximation (N = 13, g = 6.0247..., the coefficients
//! published with Boost) evaluated in the same order as CPython, for the
//! same reason.

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
    #[link_name = "exp2"]
    safe fn c_exp2(x: f64) -> f64;
    #[link_name = "acosh"]
    safe fn c_acosh(x: f64) -> f64;
    #[link_name = "asinh"]
    safe fn c_asinh(x: f64) -> f64;
    #[link_name = "atanh"]
    safe fn c_atanh(x: f64) -> f64;
}

/// The C library's `cbrt`. The Rust toolchain links a `cbrt` of its own
/// into the binary, which rounds differently (cbrt(27.0) is 3.0 there,
/// 3.0000000000000004 in glibc and so in CPython) and shadows glibc's in
/// a static link; glibc (2.27 on) also exports the same function as
/// `cbrtf64`, a name nothing else defines.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn c_cbrt(x: f64) -> f64 {
    // SAFETY: as for the functions above: glibc's `_Float64
    // cbrtf64(_Float64)` is `double cbrt(double)` under another name.
    // Exercised by tests/programs/modules/math_gamma_exact.py.
    unsafe extern "C" {
        #[link_name = "cbrtf64"]
        safe fn glibc_cbrt(x: f64) -> f64;
    }
    glibc_cbrt(x)
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn c_cbrt(x: f64) -> f64 {
    x.cbrt()
}

// The constants are kept as published; the compiler rounds each to the
// nearest double, which is the value the computation needs.
#[allow(clippy::excessive_precision)]
const LANCZOS_G: f64 = 6.024_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)]
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)]
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
/// The denominator x(x+1)...(x+11) as polynomial coefficients.
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];

/// The Lanczos rational function for x > 0: Horner in x for small x, in
/// 1/x for large x (to avoid overflow).
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// sin(pi * x), exact at integers and half-integers.
fn sin_pi(x: f64) -> f64 {
    let y = x.abs() % 2.0;
    let n = (2.0 * y).round() as i64;
    let pi = std::f64::consts::PI;
    let r = match n {
        0 => (pi * y).sin(),
        1 => (pi * (y - 0.5)).cos(),
        2 => (pi * (1.0 - y)).sin(),
        3 => -(pi * (y - 1.5)).cos(),
        _ => (pi * (y - 2.0)).sin(),
    };
    1.0f64.copysign(x) * r
}

/// Gamma for finite x that is not zero or a negative integer.
fn lanczos_gamma(x: f64) -> f64 {
    const EXACT: [f64; 23] = [
        1.0,
        1.0,
        2.0,
        6.0,
        24.0,
        120.0,
        720.0,
        5040.0,
        40320.0,
        362880.0,
        3628800.0,
        39916800.0,
        479001600.0,
        6227020800.0,
        87178291200.0,
        1307674368000.0,
        20922789888000.0,
        355687428096000.0,
        6402373705728000.0,
        121645100408832000.0,
        2432902008176640000.0,
        51090942171709440000.0,
        1124000727777607680000.0,
    ];
    if x == x.floor() && x > 0.0 && x <= 23.0 {
        return EXACT[x as usize - 1];
    }
    let ax = x.abs();
    if ax < 1e-20 {
        return 1.0 / x;
    }
    if ax > 200.0 {
        return if x < 0.0 {
            0.0 / sin_pi(x)
        } else {
            f64::INFINITY
        };
    }
    let y = ax + LANCZOS_G_MINUS_HALF;
    // The rounding error made forming y, turned into a relative correction.
    let err = if ax > LANCZOS_G_MINUS_HALF {
        (y - ax) - LANCZOS_G_MINUS_HALF
    } else {
        (y - LANCZOS_G_MINUS_HALF) - ax
    };
    let z = err * LANCZOS_G / y;
    let half_pow = |r: f64, grow: bool| -> f64 {
        if ax < 140.0 {
            let p = y.powf(ax - 0.5);
            if grow { r * p } else { r / p }
        } else {
            let p = y.powf(ax / 2.0 - 0.25);
            if grow { r * p * p } else { r / p / p }
        }
    };
    if x < 0.0 {
        let mut r = -std::f64::consts::PI / sin_pi(ax) / ax * y.exp() / lanczos_sum(ax);
        r -= z * r;
        half_pow(r, false)
    } else {
        let mut r = lanczos_sum(ax) / y.exp();
        r += z * r;
        half_pow(r, true)
    }
}

/// log|Gamma(x)| for finite x that is not zero or a negative integer.
fn lanczos_lgamma(x: f64) -> f64 {
    if x == x.floor() && (x == 1.0 || x == 2.0) {
        return 0.0;
    }
    let ax = x.abs();
    if ax < 1e-20 {
        return -ax.ln();
    }
    let mut r = lanczos_sum(ax).ln() - LANCZOS_G;
    r += (ax - 0.5) * ((ax + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        let log_pi = 1.144_729_885_849_400_2;
        r = log_pi - sin_pi(ax).abs().ln() - ax.ln() - r;
    }
    r
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
    Ok(Value::float(r))
}

/// Gamma over every x the domain check lets through (inf stays inf).
fn lanczos_gamma_total(x: f64) -> f64 {
    if !x.is_finite() {
        return x;
    }
    lanczos_gamma(x)
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
    unary(vm, &args, "cbrt", c_cbrt, |_| true)
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
    unary(vm, &args, "gamma", lanczos_gamma_total, |x| {
        !(is_nonpositive_integer(x) || x == f64::NEG_INFINITY)
    })
}
fn lgamma(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "lgamma", 1, 1)?;
    let x = real(vm, &args.args[0])?;
    if x.is_infinite() {
        return Ok(Value::float(f64::INFINITY));
    }
    if is_nonpositive_integer(x) {
        return Err(domain(vm));
    }
    let r = lanczos_lgamma(x);
    if r.is_infinite() {
        return Err(range(vm));
    }
    Ok(Value::float(r))
}

fn frexp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "frexp", 1, 1)?;
    let x = real(vm, &args.args[0])?;
    let (m, e) = if x == 0.0 || !x.is_finite() {
        (x, 0)
    } else {
        libm::frexp(x)
    };
    Ok(vm.new_tuple(vec![Value::float(m), Value::Int(e as i64)]))
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
        return Ok(Value::float(x));
    }
    let r = libm::ldexp(x, e);
    if r.is_infinite() {
        return Err(range(vm));
    }
    Ok(Value::float(r))
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
    Ok(Value::float(r))
}

fn remainder(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "remainder", 2, 2)?;
    let x = real(vm, &args.args[0])?;
    let y = real(vm, &args.args[1])?;
    if x.is_nan() || y.is_nan() {
        return Ok(Value::float(f64::NAN));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain(vm));
    }
    Ok(Value::float(libm::remainder(x, y)))
}

fn nextafter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.args.len() != 2 {
        return Err(vm.type_error(format!(
            "nextafter() takes exactly 2 positional arguments ({} given)",
            args.args.len()
        )));
    }
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
    Ok(Value::float(r))
}

fn ulp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "ulp", 1, 1)?;
    let x = real(vm, &args.args[0])?.abs();
    if !x.is_finite() {
        return Ok(Value::float(x));
    }
    let up = libm::nextafter(x, f64::INFINITY);
    if up.is_infinite() {
        return Ok(Value::float(x - libm::nextafter(x, 0.0)));
    }
    Ok(Value::float(up - x))
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

/// The Euclidean norm of `xs` (`math.hypot`, `math.dist`), correctly
/// rounded in all but rare cases, as CPython's is, so that results agree
/// to the last bit (chaining two-argument `hypot` calls rounds at every
/// step and is off by one unit in about 1 in 300 cases). The magnitudes
/// are scaled by a power of two so the largest lies in [0.5, 1) (no
/// overflow or underflow in the squares), the squares are summed exactly
/// as double-doubles (an FMA gives each product's rounding error), and the
/// square root gets one Newton correction from the exact residual.
pub fn vector_norm(xs: &[f64]) -> f64 {
    let mut max = 0.0f64;
    let mut nan = false;
    for &x in xs {
        let a = x.abs();
        if a.is_nan() {
            nan = true;
        } else if a > max {
            max = a;
        }
    }
    // An infinity wins over a NaN, as in C's hypot.
    if max.is_infinite() {
        return f64::INFINITY;
    }
    if nan {
        return f64::NAN;
    }
    if max == 0.0 || xs.len() == 1 {
        return max;
    }
    let (_, exp) = libm::frexp(max);
    let (mut hi, mut lo) = (0.0f64, 0.0f64);
    for &x in xs {
        let y = libm::ldexp(x.abs(), -exp);
        let square = y * y;
        let square_err = y.mul_add(y, -square);
        // Knuth's two-sum: hi + square exactly as sum + err.
        let sum = hi + square;
        let back = sum - hi;
        let err = (hi - (sum - back)) + (square - back);
        hi = sum;
        lo += err + square_err;
    }
    let total = hi + lo;
    lo -= total - hi;
    hi = total;
    let root = hi.sqrt();
    let residual = (-root).mul_add(root, hi) + lo;
    libm::ldexp(root + residual / (2.0 * root), exp)
}

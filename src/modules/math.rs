//! Native modules made on first import: `math`, `gc`, `time`.

use crate::native;
use crate::object::{ObjRef, Value};
use crate::types::float::as_f64;
use crate::vm::native::{Args, NativeFunc};
use crate::vm::{PyResult, Vm};
use num_traits::{One, Signed, ToPrimitive, Zero};

pub fn create(vm: &mut Vm, name: &str) -> Option<ObjRef> {
    match name {
        "math" => {
            let m = super::native_module(vm, "math", MATH);
            super::add_functions(vm, &m, super::math_extra::EXTRA);
            if let Some(d) = crate::types::module::module_dict(&m) {
                vm.dict_set_str(&d, "pi", Value::float(std::f64::consts::PI));
                vm.dict_set_str(&d, "e", Value::float(std::f64::consts::E));
                vm.dict_set_str(&d, "tau", Value::float(std::f64::consts::TAU));
                vm.dict_set_str(&d, "inf", Value::float(f64::INFINITY));
                vm.dict_set_str(&d, "nan", Value::float(f64::NAN));
            }
            Some(m)
        }
        "gc" => Some(super::gc::module(vm)),
        "time" => Some(super::clock::module(vm)),
        "_anext" => Some(super::native_module(vm, "_anext", ANEXT)),
        "_weakref" => {
            let m = super::native_module(vm, "_weakref", crate::types::weakref::MODULE);
            if let Some(d) = crate::types::module::module_dict(&m) {
                let reference_type = Value::Obj(vm.types.weakref.clone());
                vm.dict_set_str(&d, "ref", reference_type.clone());
                vm.dict_set_str(&d, "ReferenceType", reference_type);
            }
            Some(m)
        }
        "_re" => Some(super::native_module(vm, "_re", super::regex::FUNCS)),
        "_os" => Some(super::native_module(vm, "_os", super::os::FUNCS)),
        "_hashlib" => Some(super::native_module(vm, "_hashlib", super::hashlib::FUNCS)),
        "_heapq" => Some(super::native_module(vm, "_heapq", super::heapq::FUNCS)),
        "_operator" => Some(super::native_module(
            vm,
            "_operator",
            super::operator::FUNCS,
        )),
        "_asyncio" => Some(super::asyncio::module(vm)),
        "_collections" => {
            let m = super::native_module(vm, "_collections", &[]);
            if let Some(d) = crate::types::module::module_dict(&m) {
                let deque = Value::Obj(vm.types.deque.clone());
                vm.dict_set_str(&d, "deque", deque);
            }
            Some(m)
        }
        _ => None,
    }
}

fn num(vm: &mut Vm, args: &Args, i: usize, _fname: &str) -> PyResult<f64> {
    let v = args.args.get(i).cloned().unwrap_or(Value::None);
    real(vm, &v)
}

/// A real number argument as a float (ints converted, `__float__` called).
fn real(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if let Some(b) = crate::types::int::as_big(v) {
        return b
            .to_f64()
            .filter(|f| f.is_finite())
            .ok_or_else(|| vm.overflow_error("int too large to convert to float"));
    }
    match as_f64(v) {
        Some(f) => Ok(f),
        None => {
            if let Some(r) = vm.call_special(v, "__float__", vec![])? {
                return as_f64(&r).ok_or_else(|| vm.type_error("__float__ returned non-float"));
            }
            Err(vm.type_error(format!("must be real number, not {}", vm.type_name(v))))
        }
    }
}

fn domain(vm: &Vm) -> crate::vm::PyErr {
    vm.value_error("math domain error")
}

/// A one-argument float function, and its call shortcut (`FastFn`) for
/// a float or int argument whose result needs no error.
macro_rules! unary {
    ($fname:ident, $fast:ident, $pyname:literal, $f:expr, $check:expr) => {
        fn $fname(vm: &mut Vm, args: Args) -> PyResult<Value> {
            args.check(vm, $pyname, 1, 1)?;
            let x = num(vm, &args, 0, $pyname)?;
            let check: fn(f64) -> bool = $check;
            if !check(x) {
                return Err(domain(vm));
            }
            let f: fn(f64) -> f64 = $f;
            let r = f(x);
            if r.is_infinite() && x.is_finite() {
                return Err(vm.overflow_error("math range error"));
            }
            Ok(Value::float(r))
        }

        fn $fast(_vm: &mut Vm, args: &[Value]) -> Option<Value> {
            let x = match args {
                [Value::Float(x)] => x.get(),
                [Value::Int(i)] => *i as f64,
                _ => return None,
            };
            let check: fn(f64) -> bool = $check;
            let f: fn(f64) -> f64 = $f;
            let r = f(x);
            (check(x) && !(r.is_infinite() && x.is_finite())).then_some(Value::float(r))
        }
    };
}
unary!(sqrt, sqrt_fast, "sqrt", f64::sqrt, |x| x >= 0.0
    || x.is_nan());
unary!(exp, exp_fast, "exp", f64::exp, |_| true);
unary!(sin, sin_fast, "sin", f64::sin, |x| !x.is_infinite());
unary!(cos, cos_fast, "cos", f64::cos, |x| !x.is_infinite());
unary!(tan, tan_fast, "tan", f64::tan, |x| !x.is_infinite());
unary!(asin, asin_fast, "asin", f64::asin, |x| (-1.0..=1.0)
    .contains(&x)
    || x.is_nan());
unary!(acos, acos_fast, "acos", f64::acos, |x| (-1.0..=1.0)
    .contains(&x)
    || x.is_nan());
unary!(atan, atan_fast, "atan", f64::atan, |_| true);
unary!(sinh, sinh_fast, "sinh", f64::sinh, |_| true);
unary!(cosh, cosh_fast, "cosh", f64::cosh, |_| true);
unary!(tanh, tanh_fast, "tanh", f64::tanh, |_| true);
unary!(fabs, fabs_fast, "fabs", f64::abs, |_| true);
unary!(log2, log2_fast, "log2", f64::log2, |x| x > 0.0
    || x.is_nan());
unary!(log10, log10_fast, "log10", f64::log10, |x| x > 0.0
    || x.is_nan());
unary!(log1p, log1p_fast, "log1p", f64::ln_1p, |x| x > -1.0
    || x.is_nan());
unary!(expm1, expm1_fast, "expm1", f64::exp_m1, |_| true);
unary!(degrees, degrees_fast, "degrees", f64::to_degrees, |_| true);
unary!(radians, radians_fast, "radians", f64::to_radians, |_| true);

fn log(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "log", 1, 2)?;
    let v = args.args[0].clone();
    let ln = |vm: &mut Vm, v: &Value| -> PyResult<f64> {
        if let Some(b) = crate::types::int::as_big(v) {
            if !b.is_positive() {
                return Err(vm.value_error("math domain error"));
            }
            if let Some(f) = b.to_f64().filter(|f| f.is_finite()) {
                return Ok(f.ln());
            }
            let bits = b.bits();
            let shifted = (&b >> (bits - 60)).to_f64().unwrap_or(1.0);
            return Ok(shifted.ln() + (bits - 60) as f64 * std::f64::consts::LN_2);
        }
        let x = as_f64(v).ok_or_else(|| {
            vm.type_error(format!("must be real number, not {}", vm.type_name(v)))
        })?;
        if x <= 0.0 {
            return Err(vm.value_error("math domain error"));
        }
        Ok(x.ln())
    };
    let a = ln(vm, &v)?;
    match args.args.get(1) {
        Some(b) => {
            let lb = ln(vm, b)?;
            if lb == 0.0 {
                return Err(vm.zero_division("division by zero"));
            }
            Ok(Value::float(a / lb))
        }
        None => Ok(Value::float(a)),
    }
}

fn atan2(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "atan2", 2, 2)?;
    let y = num(vm, &args, 0, "atan2")?;
    let x = num(vm, &args, 1, "atan2")?;
    Ok(Value::float(y.atan2(x)))
}

fn pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "pow", 2, 2)?;
    let x = num(vm, &args, 0, "pow")?;
    let y = num(vm, &args, 1, "pow")?;
    if x == 0.0 && y < 0.0 {
        return Err(domain(vm));
    }
    if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
        return Err(domain(vm));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(vm.overflow_error("math range error"));
    }
    Ok(Value::float(r))
}

fn hypot(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "hypot")?;
    let mut xs = Vec::with_capacity(args.args.len());
    for i in 0..args.args.len() {
        xs.push(num(vm, &args, i, "hypot")?);
    }
    Ok(Value::float(super::math_extra::vector_norm(&xs)))
}

fn copysign(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "copysign", 2, 2)?;
    let x = num(vm, &args, 0, "copysign")?;
    let y = num(vm, &args, 1, "copysign")?;
    Ok(Value::float(x.copysign(y)))
}

fn rounding(vm: &mut Vm, args: Args, name: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    args.check(vm, name, 1, 1)?;
    let v = args.args[0].clone();
    if crate::types::int::is_int(&v) {
        return Ok(crate::types::int::from_big(
            vm,
            crate::types::int::as_big(&v).unwrap_or_default(),
        ));
    }
    if as_f64(&v).is_none() {
        let dunder = format!("__{name}__");
        if let Some(r) = vm.call_special(&v, &dunder, vec![])? {
            return Ok(r);
        }
    }
    let x = num(vm, &args, 0, name)?;
    crate::types::int::float_to_int(vm, f(x))
}
fn floor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    rounding(vm, args, "floor", f64::floor)
}
fn ceil(vm: &mut Vm, args: Args) -> PyResult<Value> {
    rounding(vm, args, "ceil", f64::ceil)
}
fn trunc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    rounding(vm, args, "trunc", f64::trunc)
}

fn isnan(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "isnan", 1, 1)?;
    Ok(Value::bool(num(vm, &args, 0, "isnan")?.is_nan()))
}
fn isinf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "isinf", 1, 1)?;
    Ok(Value::bool(num(vm, &args, 0, "isinf")?.is_infinite()))
}
fn isfinite(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "isfinite", 1, 1)?;
    Ok(Value::bool(num(vm, &args, 0, "isfinite")?.is_finite()))
}

/// Argument clinic's count of a module function's arguments, keywords
/// included: "name() takes at most N arguments (M given)".
fn clinic_total(vm: &Vm, args: &Args, name: &str, max: usize) -> PyResult<()> {
    let n = args.args.len() + args.kwargs.len();
    if n > max {
        return Err(vm.type_error(format!(
            "{name}() takes at most {max} arguments ({n} given)"
        )));
    }
    Ok(())
}

fn isclose(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    clinic_total(vm, &args, "isclose", 4)?;
    for (i, name) in ["a", "b"].iter().enumerate() {
        if args.args.len() <= i && !args.kwargs.iter().any(|(k, _)| k.str_value() == Some(name)) {
            return Err(vm.type_error(format!(
                "isclose() missing required argument '{name}' (pos {})",
                i + 1
            )));
        }
    }
    let rel = args
        .take_kw("rel_tol")
        .map(|v| as_f64(&v).unwrap_or(1e-9))
        .unwrap_or(1e-9);
    let abs = args
        .take_kw("abs_tol")
        .map(|v| as_f64(&v).unwrap_or(0.0))
        .unwrap_or(0.0);
    let a = num(vm, &args, 0, "isclose")?;
    let b = num(vm, &args, 1, "isclose")?;
    if a == b {
        return Ok(Value::TRUE);
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::FALSE);
    }
    let d = (a - b).abs();
    Ok(Value::bool(
        d <= (rel * b.abs()).max(rel * a.abs()) || d <= abs,
    ))
}

fn int_arg(vm: &mut Vm, v: &Value, fname: &str) -> PyResult<malachite_bigint::BigInt> {
    match crate::types::int::as_big(v) {
        Some(b) => Ok(b),
        None => {
            if let Value::Float(_) = v {
                return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
            }
            let i = vm.index_value(v)?;
            let _ = fname;
            Ok(malachite_bigint::BigInt::from(i))
        }
    }
}

fn factorial(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "factorial", 1, 1)?;
    let n = int_arg(vm, &args.args[0], "factorial")?;
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let n = n.to_u64().unwrap_or(0);
    let mut r = malachite_bigint::BigInt::one();
    for i in 2..=n {
        r *= malachite_bigint::BigInt::from(i);
    }
    Ok(crate::types::int::from_big(vm, r))
}

fn gcd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "gcd")?;
    use num_integer::Integer;
    let mut acc = malachite_bigint::BigInt::zero();
    for a in &args.args {
        let b = int_arg(vm, a, "gcd")?;
        acc = acc.gcd(&b);
    }
    Ok(crate::types::int::from_big(vm, acc))
}

fn lcm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "lcm")?;
    use num_integer::Integer;
    let mut acc = malachite_bigint::BigInt::one();
    for a in &args.args {
        let b = int_arg(vm, a, "lcm")?;
        if b.is_zero() {
            return Ok(Value::Int(0));
        }
        acc = acc.lcm(&b);
    }
    Ok(crate::types::int::from_big(vm, acc))
}

fn isqrt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "isqrt", 1, 1)?;
    let n = int_arg(vm, &args.args[0], "isqrt")?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(crate::types::int::from_big(vm, n.sqrt()))
}

fn comb(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "comb", 2, 2)?;
    let n = int_arg(vm, &args.args[0], "comb")?;
    let k = int_arg(vm, &args.args[1], "comb")?;
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = k
        .to_u64()
        .unwrap_or(0)
        .min((n.clone() - k.clone()).to_u64().unwrap_or(0));
    let mut r = malachite_bigint::BigInt::one();
    for i in 0..k {
        r = r * (n.clone() - malachite_bigint::BigInt::from(i))
            / malachite_bigint::BigInt::from(i + 1);
    }
    Ok(crate::types::int::from_big(vm, r))
}

fn perm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "perm", 1, 2)?;
    let n = int_arg(vm, &args.args[0], "perm")?;
    let k = match args.args.get(1) {
        Some(v) if !v.is_none() => int_arg(vm, v, "perm")?,
        // perm(n) is factorial(n), and says so when n is negative.
        _ if n.is_negative() => {
            return Err(vm.value_error("factorial() not defined for negative values"));
        }
        _ => n.clone(),
    };
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let mut r = malachite_bigint::BigInt::one();
    let k = k.to_u64().unwrap_or(0);
    for i in 0..k {
        r *= n.clone() - malachite_bigint::BigInt::from(i);
    }
    Ok(crate::types::int::from_big(vm, r))
}

fn prod(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    clinic_total(vm, &args, "prod", 2)?;
    if args.args.is_empty() {
        return Err(vm.type_error("prod() takes exactly 1 positional argument (0 given)"));
    }
    let start = args.take_kw("start").unwrap_or(Value::Int(1));
    let items = crate::vm::ops::collect_iterable(vm, args.args.first().unwrap_or(&Value::None))?;
    let mut acc = start;
    for it in items {
        acc = vm.binary_op(crate::bytecode::BinOp::Mul, &acc, &it)?;
    }
    Ok(acc)
}

fn fsum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let items = crate::vm::ops::collect_iterable(vm, args.args.first().unwrap_or(&Value::None))?;
    // Shewchuk's algorithm: exact partial sums.
    let mut partials: Vec<f64> = Vec::new();
    for it in items {
        let mut x = as_f64(&it).ok_or_else(|| {
            vm.type_error(format!("must be real number, not {}", vm.type_name(&it)))
        })?;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        partials.push(x);
    }
    Ok(Value::float(partials.iter().sum()))
}

fn modf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = num(vm, &args, 0, "modf")?;
    // C's modf: the fraction keeps the sign (modf(-1.0) is (-0.0, -1.0))
    // and an infinity has none.
    let frac = if x.is_infinite() {
        0.0f64.copysign(x)
    } else {
        x.fract().copysign(x)
    };
    Ok(vm.new_tuple(vec![Value::float(frac), Value::float(x.trunc())]))
}

fn fmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "fmod", 2, 2)?;
    let x = num(vm, &args, 0, "fmod")?;
    let y = num(vm, &args, 1, "fmod")?;
    if y == 0.0 {
        return Err(domain(vm));
    }
    Ok(Value::float(x % y))
}

fn dist(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "dist", 2, 2)?;
    let p = crate::vm::ops::collect_iterable(vm, &args.args[0])?;
    let q = crate::vm::ops::collect_iterable(vm, &args.args[1])?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut diffs = Vec::with_capacity(p.len());
    for (a, b) in p.iter().zip(q.iter()) {
        diffs.push(real(vm, a)? - real(vm, b)?);
    }
    Ok(Value::float(super::math_extra::vector_norm(&diffs)))
}

static MATH: &[NativeFunc] = &[
    native!(
        "sqrt",
        sqrt,
        "Return the square root of x.",
        sig = "($module, x, /)"
    )
    .with_fast(sqrt_fast),
    native!(
        "exp",
        exp,
        "Return e raised to the power of x.",
        sig = "($module, x, /)"
    )
    .with_fast(exp_fast),
    native!(
        "log",
        log,
        "Return the logarithm of x to the given base (default e)."
    ),
    native!("log2", log2, "Return the base-2 logarithm of x.").with_fast(log2_fast),
    native!("log10", log10, "Return the base-10 logarithm of x.").with_fast(log10_fast),
    native!(
        "log1p",
        log1p,
        "Return the natural logarithm of 1+x, accurate near zero."
    )
    .with_fast(log1p_fast),
    native!("expm1", expm1, "Return exp(x)-1, accurate near zero.").with_fast(expm1_fast),
    native!("sin", sin, "Return the sine of x (radians).").with_fast(sin_fast),
    native!("cos", cos, "Return the cosine of x (radians).").with_fast(cos_fast),
    native!("tan", tan, "Return the tangent of x (radians).").with_fast(tan_fast),
    native!("asin", asin, "Return the arc sine of x, in radians.").with_fast(asin_fast),
    native!("acos", acos, "Return the arc cosine of x, in radians.").with_fast(acos_fast),
    native!("atan", atan, "Return the arc tangent of x, in radians.").with_fast(atan_fast),
    native!(
        "atan2",
        atan2,
        "Return the arc tangent of y/x, in radians, using the signs of both.",
        sig = "($module, y, x, /)"
    ),
    native!("sinh", sinh, "Return the hyperbolic sine of x.").with_fast(sinh_fast),
    native!("cosh", cosh, "Return the hyperbolic cosine of x.").with_fast(cosh_fast),
    native!("tanh", tanh, "Return the hyperbolic tangent of x.").with_fast(tanh_fast),
    native!(
        "fabs",
        fabs,
        "Return the absolute value of x as a float.",
        sig = "($module, x, /)"
    )
    .with_fast(fabs_fast),
    native!(
        "degrees",
        degrees,
        "Convert an angle from radians to degrees."
    )
    .with_fast(degrees_fast),
    native!(
        "radians",
        radians,
        "Convert an angle from degrees to radians."
    )
    .with_fast(radians_fast),
    native!(
        "pow",
        pow,
        "Return x raised to the power y, as floats.",
        sig = "($module, x, y, /)"
    ),
    native!(
        "hypot",
        hypot,
        "Return the Euclidean norm of the coordinates."
    ),
    native!(
        "copysign",
        copysign,
        "Return x with the sign of y.",
        sig = "($module, x, y, /)"
    ),
    native!(
        "floor",
        floor,
        "Return the largest integer <= x.",
        sig = "($module, x, /)"
    ),
    native!(
        "ceil",
        ceil,
        "Return the smallest integer >= x.",
        sig = "($module, x, /)"
    ),
    native!(
        "trunc",
        trunc,
        "Truncate x toward zero to an integer.",
        sig = "($module, x, /)"
    ),
    native!(
        "isnan",
        isnan,
        "Return True if x is a NaN.",
        sig = "($module, x, /)"
    ),
    native!(
        "isinf",
        isinf,
        "Return True if x is positive or negative infinity.",
        sig = "($module, x, /)"
    ),
    native!(
        "isfinite",
        isfinite,
        "Return True if x is neither infinite nor NaN.",
        sig = "($module, x, /)"
    ),
    native!(
        "isclose",
        isclose,
        "Return True if a and b are close to each other.",
        sig = "($module, /, a, b, *, rel_tol=1e-09, abs_tol=0.0)"
    ),
    native!(
        "factorial",
        factorial,
        "Return n factorial.",
        sig = "($module, n, /)"
    ),
    native!(
        "gcd",
        gcd,
        "Return the greatest common divisor of the integers.",
        sig = "($module, /, *integers)"
    ),
    native!(
        "lcm",
        lcm,
        "Return the least common multiple of the integers."
    ),
    native!(
        "isqrt",
        isqrt,
        "Return the integer part of the square root of n."
    ),
    native!(
        "comb",
        comb,
        "Return the number of ways to choose k items from n."
    ),
    native!(
        "perm",
        perm,
        "Return the number of ordered arrangements of k items from n."
    ),
    native!(
        "prod",
        prod,
        "Return the product of the iterable's items times start."
    ),
    native!(
        "fsum",
        fsum,
        "Return an accurate floating-point sum of the values.",
        one_arg
    ),
    native!(
        "modf",
        modf,
        "Return the fractional and integer parts of x.",
        one_arg
    ),
    native!("fmod", fmod, "Return x modulo y, as C's fmod."),
    native!(
        "dist",
        dist,
        "Return the Euclidean distance between two points."
    ),
];

/// `types.coroutine` support: a copy of a generator function whose code
/// is flagged as an iterable coroutine, so `await` accepts its generators.
fn mark_iterable_coroutine(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = args.args.first().cloned().unwrap_or(Value::None);
    let Some(crate::object::Payload::Function(fd)) = f.payload() else {
        return Ok(f);
    };
    let flags = fd.code.code.flags;
    if flags & crate::bytecode::code_flags::GENERATOR == 0 {
        return Ok(f);
    }
    let mut code = (*fd.code.code).clone();
    code.flags |= crate::bytecode::code_flags::ITERABLE_COROUTINE;
    let rt = crate::object::CodeRt {
        shape: crate::object::CallShape::of(&code),
        code: std::rc::Rc::new(code),
        instrs: fd.code.instrs.clone(),
        consts: fd.code.consts.clone(),
        names: fd.code.names.clone(),
        object: std::cell::RefCell::new(std::rc::Weak::new()),
        global_cache: std::cell::RefCell::new(Vec::new()),
        attr_sites: std::cell::RefCell::new(Vec::new()),
        finalize_queue: fd.code.finalize_queue.clone(),
    };
    let nf = crate::object::FunctionData {
        code: std::rc::Rc::new(rt),
        globals: fd.globals.clone(),
        builtins: fd.builtins.clone(),
        name: std::cell::RefCell::new(fd.name.borrow().clone()),
        qualname: std::cell::RefCell::new(fd.qualname.borrow().clone()),
        defaults: std::cell::RefCell::new(fd.defaults.borrow().clone()),
        kwdefaults: std::cell::RefCell::new(fd.kwdefaults.borrow().clone()),
        closure: fd.closure.clone(),
        doc: std::cell::RefCell::new(fd.doc.borrow().clone()),
        module: std::cell::RefCell::new(fd.module.borrow().clone()),
        annotations: std::cell::RefCell::new(fd.annotations.borrow().clone()),
        dict: std::cell::OnceCell::new(),
        renamed: std::cell::Cell::new(fd.renamed.get()),
    };
    Ok(Value::Obj(crate::object::PyObject::new(
        vm.types.function.clone(),
        None,
        crate::object::Payload::Function(Box::new(nf)),
    )))
}

/// `float_bits(x, size)`: the IEEE 754 bits of x as an int, for sizes 2
/// (half), 4 (single) and 8 (double); OverflowError when x does not fit.
fn float_bits(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "float_bits", 2, 2)?;
    let x = num(vm, &args, 0, "float_bits")?;
    let size = vm.index_value(&args.args[1])?;
    let bits: u64 = match size {
        8 => x.to_bits(),
        4 => {
            let f = x as f32;
            if f.is_infinite() && x.is_finite() {
                return Err(vm.overflow_error("float too large to pack with f format"));
            }
            f.to_bits() as u64
        }
        2 => match half_bits(x) {
            Some(b) => b as u64,
            None => return Err(vm.overflow_error("float too large to pack with e format")),
        },
        _ => return Err(vm.value_error("size must be 2, 4 or 8")),
    };
    Ok(crate::types::int::from_big(vm, bits.into()))
}

/// IEEE half precision, rounding half to even; None on overflow.
fn half_bits(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    let a = x.abs();
    if a.is_nan() {
        return Some(sign | 0x7e00);
    }
    if a.is_infinite() {
        return Some(sign | 0x7c00);
    }
    if a == 0.0 {
        return Some(sign);
    }
    // Find the binade (exponent e, with 10 fraction bits the ulp is
    // 2**(e-10); subnormals share e = -14), then round half to even.
    let mut e = (a.log2().floor() as i32).max(-14);
    let q = loop {
        let q = a / 2f64.powi(e - 10);
        if q >= 2048.0 {
            e += 1;
        } else if q < 1024.0 && e > -14 {
            e -= 1;
        } else {
            break q;
        }
    };
    let mut r = q.round();
    if q - q.floor() == 0.5 && r % 2.0 == 1.0 {
        r -= 1.0;
    }
    let mut m = r as u64;
    if m >= 2048 {
        m = 1024;
        e += 1;
    }
    if e > 15 {
        return None;
    }
    if m < 1024 {
        return Some(sign | m as u16);
    }
    Some(sign | (((e + 15) as u16) << 10) | (m as u16 & 0x3ff))
}

/// `bits_float(bits, size)`: the float whose IEEE 754 bits are given.
fn bits_float(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "bits_float", 2, 2)?;
    let bits = crate::types::int::as_big(&args.args[0])
        .and_then(|b| b.to_u64())
        .unwrap_or(0);
    let size = vm.index_value(&args.args[1])?;
    Ok(Value::float(match size {
        8 => f64::from_bits(bits),
        4 => f32::from_bits(bits as u32) as f64,
        _ => {
            let h = bits as u16;
            let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
            let e = ((h >> 10) & 0x1f) as i32;
            let m = (h & 0x3ff) as f64;
            sign * match e {
                0 => m * 2f64.powi(-24),
                31 if m == 0.0 => f64::INFINITY,
                31 => f64::NAN,
                _ => (1.0 + m / 1024.0) * 2f64.powi(e - 15),
            }
        }
    }))
}

static ANEXT: &[NativeFunc] = &[
    native!(
        "float_bits",
        float_bits,
        "Return the IEEE 754 bits of a float packed in 2, 4 or 8 bytes, as an int."
    ),
    native!(
        "bits_float",
        bits_float,
        "Return the float whose IEEE 754 bits (2, 4 or 8 bytes wide) are given."
    ),
    native!(
        "mark_iterable_coroutine",
        mark_iterable_coroutine,
        "Return a copy of a generator function whose generators can be awaited."
    ),
    native!(
        "format_exception",
        format_exception,
        "Return the report the interpreter prints for an uncaught exception.",
        sig = "($module, exc, chain=True, /)"
    ),
    native!(
        "caller",
        caller,
        "Return (filename, lineno) of the frame depth levels up the Python stack (0: the caller).",
        sig = "($module, depth=0, /)"
    ),
    native!(
        "format_exception_only",
        format_exception_only,
        "Return the last line(s) of an exception report: type, message, notes.",
        sig = "($module, exc, /)"
    ),
];

fn caller(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "caller", 0, 1)?;
    let depth = match args.args.first() {
        Some(Value::Int(d)) if *d >= 0 => *d as usize,
        Some(_) => return Err(vm.type_error("caller() depth must be a non-negative int")),
        None => 0,
    };
    let found = vm
        .frames
        .len()
        .checked_sub(depth + 1)
        .and_then(|i| vm.frames.get(i))
        .map(|f| (f.code.code.filename.to_string(), f.line()));
    Ok(match found {
        Some((file, line)) => {
            let file = vm.new_str(&file);
            vm.new_tuple(vec![file, Value::Int(line as i64)])
        }
        // CPython's location for warnings raised as it shuts down.
        None if vm.shutting_down => {
            let file = vm.new_str("<sys>");
            vm.new_tuple(vec![file, Value::Int(0)])
        }
        None => Value::None,
    })
}

/// The exception object an `_anext.format_*` call names, or a TypeError.
fn exception_arg(vm: &mut Vm, args: &Args, name: &str) -> PyResult<crate::object::ObjRef> {
    let v = args.args.first().cloned().unwrap_or(Value::None);
    match v {
        Value::Obj(o) if vm.is_subclass(o.class(), &vm.exc_class("BaseException")) => Ok(o),
        other => Err(vm.type_error(format!(
            "{name}() expected an exception, not '{}'",
            vm.type_name(&other)
        ))),
    }
}

fn format_exception(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "format_exception", 1, 2)?;
    let exc = exception_arg(vm, &args, "format_exception")?;
    let chain = match args.args.get(1) {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let text = if chain {
        vm.format_exception(&exc)
    } else {
        let mut t = vm.format_traceback(&exc);
        t.push_str(&vm.format_exception_only(&exc));
        t
    };
    Ok(vm.new_str(&text))
}

fn format_exception_only(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "format_exception_only", 1, 1)?;
    let exc = exception_arg(vm, &args, "format_exception_only")?;
    let text = vm.format_exception_only(&exc);
    Ok(vm.new_str(&text))
}

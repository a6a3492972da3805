//! The functions of `builtins`, each declared once with its docstring.

use super::code::{build_class, compile, eval, exec, import};
use crate::native;
use crate::object::{Dict, IterState, ObjRef, Payload, PyObject, Value};
use crate::types::{float, int};
use crate::vm::native::{Args, NativeFunc};
use crate::vm::{PyResult, Vm};
use std::cell::RefCell;
use std::rc::Rc;

pub(super) fn new_iter(vm: &Vm, name: &str, st: IterState) -> Value {
    let cls = vm.types.iter_type(name);
    Value::Obj(PyObject::new(
        cls,
        None,
        Payload::Iter(Box::new(RefCell::new(st))),
    ))
}

fn print(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let sep = args.take_kw("sep").unwrap_or(Value::None);
    let end = args.take_kw("end").unwrap_or(Value::None);
    let file = args.take_kw("file").unwrap_or(Value::None);
    let flush = args.take_kw("flush").unwrap_or(Value::None);
    args.no_more_kwargs(vm, "print")?;
    let sep = match &sep {
        Value::None => " ".to_string(),
        v => match v.str_value() {
            Some(s) => s.to_string(),
            None => {
                return Err(vm.type_error(format!(
                    "sep must be None or a string, not {}",
                    vm.type_name(v)
                )));
            }
        },
    };
    let end = match &end {
        Value::None => "\n".to_string(),
        v => match v.str_value() {
            Some(s) => s.to_string(),
            None => {
                return Err(vm.type_error(format!(
                    "end must be None or a string, not {}",
                    vm.type_name(v)
                )));
            }
        },
    };
    let mut out = String::new();
    for (i, a) in args.args.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        out.push_str(&vm.str_string(a)?);
    }
    out.push_str(&end);
    let file = if file.is_none() {
        crate::modules::sys_attr(vm, "stdout").unwrap_or(Value::None)
    } else {
        file
    };
    if file.is_none() {
        return Ok(Value::None);
    }
    crate::types::io::stream_write(vm, &file, &out)?;
    if !flush.is_none()
        && vm.truthy(&flush)?
        && let Some(f) = vm.getattr_opt(&file, "flush")?
    {
        vm.call(&f, vec![])?;
    }
    Ok(Value::None)
}

fn len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "len", 1, 1)?;
    args.no_kwargs(vm, "len")?;
    vm.len(&args.args[0]).map(|n| Value::Int(n as i64))
}

/// `len(x)` of a built-in container (see `FastFn`).
fn len_fast(_vm: &mut Vm, args: &[Value]) -> Option<Value> {
    let [v] = args else { return None };
    if v.as_obj()?.class().type_data()?.heap {
        return None;
    }
    crate::types::slots::payload_len(v).map(|n| Value::Int(n as i64))
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "repr", 1, 1)?;
    vm.repr(&args.args[0])
}

fn ascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "ascii", 1, 1)?;
    let r = vm.repr_string(&args.args[0])?;
    Ok(vm.new_string(crate::types::str::ascii_escape(&r)))
}

/// `abs` of an int that fits, a bool or a float (see `FastFn`).
fn abs_fast(_vm: &mut Vm, args: &[Value]) -> Option<Value> {
    match args {
        [Value::Int(i)] => i.checked_abs().map(Value::Int),
        [Value::Bool(b)] => Some(Value::Int(b.get() as i64)),
        [Value::Float(f)] => Some(Value::float(f.get().abs())),
        _ => None,
    }
}

fn abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "abs", 1, 1)?;
    let v = &args.args[0];
    match v {
        Value::Int(i) => Ok(match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => int::from_big(vm, -malachite_bigint::BigInt::from(*i)),
        }),
        Value::Bool(b) => Ok(Value::Int(b.get() as i64)),
        Value::Float(f) => Ok(Value::float(f.get().abs())),
        _ => {
            if let Some(Payload::Complex(r, i)) = v.payload() {
                return Ok(Value::float(r.hypot(*i)));
            }
            if let (Some(b), true) = (int::as_big(v), vm.builtin_kind(v).is_some()) {
                return Ok(int::from_big(vm, num_traits::Signed::abs(&b)));
            }
            match vm.call_special(v, "__abs__", vec![])? {
                Some(r) => Ok(r),
                None => {
                    Err(vm.type_error(format!("bad operand type for abs(): '{}'", vm.type_name(v))))
                }
            }
        }
    }
}

fn all(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "all", 1, 1)?;
    let it = vm.get_iter(&args.args[0])?;
    while let Some(x) = vm.next(&it)? {
        if !vm.truthy(&x)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}

fn any(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "any", 1, 1)?;
    let it = vm.get_iter(&args.args[0])?;
    while let Some(x) = vm.next(&it)? {
        if vm.truthy(&x)? {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

fn radix(vm: &mut Vm, args: &Args, name: &str, base: u32, prefix: &str) -> PyResult<Value> {
    args.check(vm, name, 1, 1)?;
    let v = &args.args[0];
    let b = match int::as_big(v) {
        Some(b) => b,
        None => {
            let i = vm.index_value(v)?;
            malachite_bigint::BigInt::from(i)
        }
    };
    let neg = b < malachite_bigint::BigInt::from(0);
    let mag = if neg { -b } else { b };
    let s = format!(
        "{}{prefix}{}",
        if neg { "-" } else { "" },
        mag.to_str_radix(base)
    );
    Ok(vm.new_string(s))
}
fn bin(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix(vm, &args, "bin", 2, "0b")
}
fn oct(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix(vm, &args, "oct", 8, "0o")
}
fn hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix(vm, &args, "hex", 16, "0x")
}

/// `breakpoint(*args, **kws)`: hand over to `sys.breakpointhook`.
fn breakpoint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(hook) = crate::modules::sys::sys_attr(vm, "breakpointhook") else {
        return Err(vm.runtime_error("lost sys.breakpointhook"));
    };
    vm.call_kw(&hook, args.args, args.kwargs)
}

fn callable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "callable", 1, 1)?;
    Ok(Value::bool(is_callable_value(vm, &args.args[0])))
}

fn is_callable_value(vm: &Vm, v: &Value) -> bool {
    match v.payload() {
        Some(
            Payload::Function(_) | Payload::BoundMethod(_) | Payload::Native(_) | Payload::Type(_),
        ) => true,
        _ => vm.lookup_special(v, "__call__").is_some(),
    }
}

/// `chr(i)` of a code point (see `FastFn`).
fn chr_fast(vm: &mut Vm, args: &[Value]) -> Option<Value> {
    let [Value::Int(i)] = args else { return None };
    let c = u32::try_from(*i).ok().and_then(char::from_u32)?;
    Some(vm.new_str(c.encode_utf8(&mut [0; 4])))
}

/// `ord(c)` of a one-character str (see `FastFn`).
fn ord_fast(_vm: &mut Vm, args: &[Value]) -> Option<Value> {
    let [v] = args else { return None };
    let mut cs = v.str_value()?.chars();
    match (cs.next(), cs.next()) {
        (Some(c), None) => Some(Value::Int(c as i64)),
        _ => None,
    }
}

/// `min(a, b)`/`max(a, b)` of two ints or two floats: the first of the
/// extremes, as the full path picks it (see `FastFn`).
fn min_max_fast(args: &[Value], max: bool) -> Option<Value> {
    let later_wins = match args {
        [Value::Int(a), Value::Int(b)] => (b > a) == max && b != a,
        [Value::Float(a), Value::Float(b)] => {
            let (a, b) = (a.get(), b.get());
            if max { b > a } else { b < a }
        }
        _ => return None,
    };
    Some(args[usize::from(later_wins)].clone())
}

fn max_fast(_vm: &mut Vm, args: &[Value]) -> Option<Value> {
    min_max_fast(args, true)
}

fn min_fast(_vm: &mut Vm, args: &[Value]) -> Option<Value> {
    min_max_fast(args, false)
}

fn chr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "chr", 1, 1)?;
    let i = vm.index_value(&args.args[0]).map_err(|e| {
        if vm.err_is(&e, "TypeError") {
            vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(&args.args[0])
            ))
        } else {
            e
        }
    })?;
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => Ok(vm.new_str(c.encode_utf8(&mut [0; 4]))),
        None => Err(vm.value_error("chr() arg not in range(0x110000)")),
    }
}

fn ord(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "ord", 1, 1)?;
    let v = &args.args[0];
    if let Some(s) = v.str_value() {
        let mut cs = s.chars();
        return match (cs.next(), cs.next()) {
            (Some(c), None) => Ok(Value::Int(c as i64)),
            _ => Err(vm.type_error(format!(
                "ord() expected a character, but string of length {} found",
                s.chars().count()
            ))),
        };
    }
    if let Some(Payload::Bytes(b)) = v.payload() {
        if b.len() == 1 {
            return Ok(Value::Int(b[0] as i64));
        }
        return Err(vm.type_error(format!(
            "ord() expected a character, but string of length {} found",
            b.len()
        )));
    }
    Err(vm.type_error(format!(
        "ord() expected string of length 1, but {} found",
        vm.type_name(v)
    )))
}

fn divmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "divmod", 2, 2)?;
    let (a, b) = (&args.args[0], &args.args[1]);
    if (int::is_int(a) || float::as_f64(a).is_some())
        && (int::is_int(b) || float::as_f64(b).is_some())
        && vm.builtin_kind(a).is_some()
        && vm.builtin_kind(b).is_some()
        && a.as_str().is_none()
    {
        let is_float = |v: &Value| !int::is_int(v);
        let zero = matches!(float::as_f64(b), Some(z) if z == 0.0) || matches!(b, Value::Int(0));
        if zero && (is_float(a) || is_float(b)) {
            return Err(vm.zero_division("float divmod()"));
        }
        let q = vm.binary_op(crate::bytecode::BinOp::FloorDiv, a, b)?;
        let r = vm.binary_op(crate::bytecode::BinOp::Mod, a, b)?;
        return Ok(vm.new_tuple(vec![q, r]));
    }
    if let Some(r) = vm.call_special(a, "__divmod__", vec![b.clone()])?
        && !r.is(&vm.not_implemented)
    {
        return Ok(r);
    }
    if let Some(r) = vm.call_special(b, "__rdivmod__", vec![a.clone()])?
        && !r.is(&vm.not_implemented)
    {
        return Ok(r);
    }
    Err(vm.type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        vm.type_name(a),
        vm.type_name(b)
    )))
}

fn getattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "getattr", 2, 3)?;
    if args.args[1].as_str().is_none() {
        return Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(&args.args[1])
        )));
    }
    if args.args.len() == 3
        && let Some(s) = args.args[1].as_str()
    {
        return Ok(vm
            .lookup_attr(&args.args[0], s.as_str(), s.hash())?
            .unwrap_or_else(|| args.args[2].clone()));
    }
    vm.getattr(&args.args[0], &args.args[1])
}

fn setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "setattr", 3, 3)?;
    vm.setattr(&args.args[0], &args.args[1], args.args[2].clone())?;
    Ok(Value::None)
}

fn delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "delattr", 2, 2)?;
    vm.delattr(&args.args[0], &args.args[1])?;
    Ok(Value::None)
}

fn hasattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "hasattr", 2, 2)?;
    if args.args[1].as_str().is_none() {
        return Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(&args.args[1])
        )));
    }
    let Some(s) = args.args[1].as_str() else {
        return Ok(Value::FALSE);
    };
    Ok(Value::bool(
        vm.lookup_attr(&args.args[0], s.as_str(), s.hash())?
            .is_some(),
    ))
}

fn hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "hash", 1, 1)?;
    vm.hash(&args.args[0]).map(Value::Int)
}

fn id(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "id", 1, 1)?;
    Ok(Value::Int(args.args[0].id() as i64))
}

/// `isinstance` against classes (or a tuple of them) whose metaclass is
/// built in, so no `__instancecheck__` of Python's can run (see `FastFn`).
fn isinstance_fast(vm: &mut Vm, args: &[Value]) -> Option<Value> {
    let [v, cls] = args else { return None };
    let check = |vm: &Vm, c: &Value| -> Option<bool> {
        let c = c.as_obj()?;
        c.type_data()?;
        if c.class().type_data()?.heap {
            return None;
        }
        Some(vm.isinstance(v, c))
    };
    if let Some(Payload::Tuple(t)) = cls.payload() {
        for c in t.iter() {
            if check(vm, c)? {
                return Some(Value::TRUE);
            }
        }
        return Some(Value::FALSE);
    }
    check(vm, cls).map(Value::bool)
}

fn isinstance(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "isinstance", 2, 2)?;
    class_check(vm, &args.args[0], &args.args[1], false).map(Value::bool)
}

fn issubclass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "issubclass", 2, 2)?;
    if args.args[0].as_obj().and_then(|o| o.type_data()).is_none() {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    }
    class_check(vm, &args.args[0], &args.args[1], true).map(Value::bool)
}

fn class_check(vm: &mut Vm, v: &Value, cls: &Value, sub: bool) -> PyResult<bool> {
    if let Some(Payload::Tuple(t)) = cls.payload() {
        for c in t.iter() {
            if class_check(vm, v, c, sub)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    let Some(c) = cls.as_obj().filter(|o| o.type_data().is_some()).cloned() else {
        if let Some(hook) = vm.lookup_special(
            cls,
            if sub {
                "__subclasscheck__"
            } else {
                "__instancecheck__"
            },
        ) {
            let r = vm.call_unbound(&hook, cls, vec![cls.clone(), v.clone()])?;
            return vm.truthy(&r);
        }
        let what = if sub {
            "issubclass() arg 2"
        } else {
            "isinstance() arg 2"
        };
        return Err(vm.type_error(format!(
            "{what} must be {}, a tuple of {}, or a union",
            if sub { "a class" } else { "a type" },
            if sub { "classes" } else { "types" }
        )));
    };
    let meta = c.class().clone();
    if meta.type_data().is_some_and(|t| t.heap) {
        let hook_name = if sub {
            "__subclasscheck__"
        } else {
            "__instancecheck__"
        };
        if let Some(hook) = crate::types::typeobj::lookup(&meta, hook_name)
            && !matches!(hook.payload(), Some(Payload::Native(_)))
        {
            let r = vm.call_unbound(&hook, cls, vec![cls.clone(), v.clone()])?;
            return vm.truthy(&r);
        }
    }
    if sub {
        let Some(vc) = v.as_obj() else {
            return Ok(false);
        };
        Ok(vm.is_subclass(vc, &c))
    } else {
        Ok(vm.isinstance(v, &c))
    }
}

fn iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "iter", 1, 2)?;
    if args.args.len() == 2 {
        if !is_callable_value(vm, &args.args[0]) {
            return Err(vm.type_error("iter(v, w): v must be callable"));
        }
        return Ok(new_iter(
            vm,
            "callable_iterator",
            IterState::Callable {
                func: args.args[0].clone(),
                sentinel: args.args[1].clone(),
            },
        ));
    }
    vm.get_iter(&args.args[0])
}

fn next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "next", 1, 2)?;
    let it = &args.args[0];
    if vm.lookup_special(it, "__next__").is_none()
        && !matches!(it.payload(), Some(Payload::Iter(_) | Payload::Generator(_)))
    {
        return Err(vm.type_error(format!("'{}' object is not an iterator", vm.type_name(it))));
    }
    if let Some(Payload::Generator(g)) = it.payload() {
        if g.kind != crate::object::GenKind::Generator {
            return Err(vm.type_error(format!("'{}' object is not an iterator", vm.type_name(it))));
        }
        return match vm.gen_resume(it, Value::None, None)? {
            crate::vm::generator::Resumed::Yield(v) => Ok(v),
            crate::vm::generator::Resumed::Return(r) => match args.args.get(1) {
                Some(d) => Ok(d.clone()),
                None => Err(vm.stop_iteration(r)),
            },
        };
    }
    if matches!(it.payload(), Some(Payload::Iter(_))) {
        return match vm.next(it)? {
            Some(v) => Ok(v),
            None => match args.args.get(1) {
                Some(d) => Ok(d.clone()),
                None => Err(vm.stop_iteration(Value::None)),
            },
        };
    }
    match vm.call_special(it, "__next__", vec![]) {
        Ok(Some(v)) => Ok(v),
        Ok(None) => Err(vm.type_error("not an iterator")),
        Err(e) if args.args.len() == 2 && vm.err_is(&e, "StopIteration") => {
            Ok(args.args[1].clone())
        }
        Err(e) => Err(e),
    }
}

fn minmax(vm: &mut Vm, mut args: Args, is_max: bool) -> PyResult<Value> {
    let name = if is_max { "max" } else { "min" };
    if args.args.is_empty() {
        return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0")));
    }
    let key = args.take_kw("key").unwrap_or(Value::None);
    let default = args.take_kw("default");
    args.no_unexpected_kwargs(vm, name)?;
    let items = match args.args.len() {
        1 => crate::vm::ops::collect_iterable(vm, &args.args[0])?,
        _ => {
            if default.is_some() {
                return Err(vm.type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            args.args.clone()
        }
    };
    if items.is_empty() {
        return match default {
            Some(d) => Ok(d),
            None => Err(vm.value_error(format!("{name}() iterable argument is empty"))),
        };
    }
    let mut best = items[0].clone();
    let mut best_key = if key.is_none() {
        best.clone()
    } else {
        vm.call(&key, vec![best.clone()])?
    };
    for it in &items[1..] {
        let k = if key.is_none() {
            it.clone()
        } else {
            vm.call(&key, vec![it.clone()])?
        };
        let op = if is_max {
            crate::bytecode::CmpOp::Gt
        } else {
            crate::bytecode::CmpOp::Lt
        };
        let r = vm.compare(op, &k, &best_key)?;
        if vm.truthy(&r)? {
            best = it.clone();
            best_key = k;
        }
    }
    Ok(best)
}
fn max(vm: &mut Vm, args: Args) -> PyResult<Value> {
    minmax(vm, args, true)
}
fn min(vm: &mut Vm, args: Args) -> PyResult<Value> {
    minmax(vm, args, false)
}

fn sum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.args.is_empty() {
        return Err(vm.type_error(format!(
            "sum() takes at least 1 positional argument ({} given)",
            args.args.len()
        )));
    }
    let p = args.bind(vm, "sum", false, &["iterable", "start"], 1, 1)?;
    let mut acc = p[1].clone().unwrap_or(Value::Int(0));
    if acc.as_str().is_some() {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    let it = vm.get_iter(&args.args[0])?;
    // Floats are added with Neumaier compensation, as CPython 3.12+ does.
    let mut comp = 0.0f64;
    while let Some(x) = vm.next(&it)? {
        acc = match (&acc, &x) {
            (Value::Int(a), Value::Int(b)) => match a.checked_add(*b) {
                Some(s) => Value::Int(s),
                None => vm.binary_op(crate::bytecode::BinOp::Add, &acc, &x)?,
            },
            (Value::Float(a), Value::Float(_) | Value::Int(_))
                if matches!(x, Value::Float(_))
                    || matches!(x, Value::Int(i) if i.unsigned_abs() < (1 << 53)) =>
            {
                let xv = match x {
                    Value::Float(f) => f.get(),
                    Value::Int(i) => i as f64,
                    _ => 0.0,
                };
                let a = a.get();
                let t = a + xv;
                if a.abs() >= xv.abs() {
                    comp += (a - t) + xv;
                } else {
                    comp += (xv - t) + a;
                }
                Value::float(t)
            }
            _ => {
                if let Value::Float(a) = acc {
                    if comp != 0.0 && comp.is_finite() {
                        acc = Value::float(a.get() + comp);
                    }
                    comp = 0.0;
                }
                vm.binary_op(crate::bytecode::BinOp::Add, &acc, &x)?
            }
        };
    }
    if let Value::Float(a) = acc
        && comp != 0.0
        && comp.is_finite()
    {
        acc = Value::float(a.get() + comp);
    }
    Ok(acc)
}

fn sorted(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    if args.kwargs.len() > 2 {
        return Err(vm.type_error(format!(
            "sort() takes at most 2 keyword arguments ({} given)",
            args.kwargs.len()
        )));
    }
    let key = args.take_kw("key").unwrap_or(Value::None);
    let reverse = match args.take_kw("reverse") {
        Some(r) => vm.truthy(&r)?,
        None => false,
    };
    if args.args.len() != 1 {
        return Err(vm.type_error(format!(
            "sorted expected 1 argument, got {}",
            args.args.len()
        )));
    }
    args.no_unexpected_kwargs(vm, "sort")?;
    let mut items = crate::vm::ops::collect_iterable(vm, &args.args[0])?;
    crate::types::list::sort_values(vm, &mut items, &key, reverse)?;
    Ok(vm.new_list(items))
}

fn pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.bind(vm, "pow", false, &["base", "exp", "mod"], 2, 0)?;
    let a: Vec<Value> = p[..2]
        .iter()
        .map(|v| v.clone().unwrap_or(Value::None))
        .collect();
    let modulus = p[2].clone().unwrap_or(Value::None);
    if modulus.is_none() {
        return vm.binary_op(crate::bytecode::BinOp::Pow, &a[0], &a[1]);
    }
    let (Some(b), Some(e), Some(md)) = (
        int::as_big(&a[0]),
        int::as_big(&a[1]),
        int::as_big(&modulus),
    ) else {
        return Err(
            vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
        );
    };
    if num_traits::Zero::is_zero(&md) {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    if num_traits::Signed::is_negative(&e) {
        let inv = b
            .modinv(&md)
            .ok_or_else(|| vm.value_error("base is not invertible for the given modulus"))?;
        let r = inv.modpow(&-e, &md);
        return Ok(int::from_big(vm, r));
    }
    let mut r = b.modpow(&e, &md);
    if num_traits::Signed::is_negative(&md) && !num_traits::Zero::is_zero(&r) && r > md {
        r += md.clone();
    }
    use num_integer::Integer;
    let r = r.mod_floor(&md);
    Ok(int::from_big(vm, r))
}

fn round(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let nd = args.take_kw("ndigits");
    let number = args.take_kw("number");
    let mut a = args.args.clone();
    if let Some(n) = number {
        a.insert(0, n);
    }
    if let Some(n) = nd {
        a.push(n);
    }
    if a.is_empty() {
        return Err(vm.type_error("round() missing required argument 'number' (pos 1)"));
    }
    if a.len() > 2 {
        return Err(vm.type_error(format!(
            "round() takes at most 2 arguments ({} given)",
            a.len()
        )));
    }
    let x = a[0].clone();
    let nd = a.get(1).cloned().unwrap_or(Value::None);
    if int::is_int(&x) && vm.builtin_kind(&x).is_some() {
        if nd.is_none() {
            return Ok(int::from_big(vm, int::as_big(&x).unwrap_or_default()));
        }
        let n = vm.index_clamped(&nd)?;
        if n >= 0 {
            return Ok(int::from_big(vm, int::as_big(&x).unwrap_or_default()));
        }
        let b = int::as_big(&x).unwrap_or_default();
        // 10**-n past every digit of x rounds it to zero.
        if n.unsigned_abs() > b.bits() / 3 + 2 {
            return Ok(Value::Int(0));
        }
        let p = malachite_bigint::BigInt::from(10).pow(n.unsigned_abs() as u32);
        use num_integer::Integer;
        let (q, r) = b.div_mod_floor(&p);
        let twice = &r * malachite_bigint::BigInt::from(2);
        let q = if twice > p || (twice == p && q.is_odd()) {
            q + malachite_bigint::BigInt::from(1)
        } else {
            q
        };
        return Ok(int::from_big(vm, q * p));
    }
    if let Some(f) = match &x {
        Value::Float(f) => Some(f.get()),
        Value::Obj(o)
            if matches!(o.payload, Payload::Float(_)) && vm.builtin_kind(&x).is_some() =>
        {
            float::as_f64(&x)
        }
        _ => None,
    } {
        if nd.is_none() {
            if f.is_nan() {
                return Err(vm.value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(vm.overflow_error("cannot convert float infinity to integer"));
            }
            let r = f.round_ties_even();
            return int::float_to_int(vm, r);
        }
        let n = vm.index_clamped(&nd)?;
        return Ok(Value::float(round_float(f, n)));
    }
    let args = if nd.is_none() { vec![] } else { vec![nd] };
    match vm.call_special(&x, "__round__", args)? {
        Some(r) => Ok(r),
        None => Err(vm.type_error(format!(
            "type {} doesn't define __round__ method",
            vm.type_name(&x)
        ))),
    }
}

/// Correctly rounded `round(f, n)` via the shortest decimal expansion.
fn round_float(f: f64, n: i64) -> f64 {
    if !f.is_finite() || f == 0.0 {
        return f;
    }
    if n > 300 {
        return f;
    }
    if n < -308 {
        return 0.0 * f.signum();
    }
    // Exact decimal expansion of f, then round-half-even on the digits.
    let s = format!("{:.1100}", f.abs());
    let (ip, fp) = s.split_once('.').unwrap_or((&s, ""));
    let mut digits: Vec<u8> = ip.bytes().chain(fp.bytes()).map(|b| b - b'0').collect();
    let point = ip.len() as i64;
    let keep = point + n;
    if keep < 0 {
        return 0.0f64.copysign(f);
    }
    let keep = keep as usize;
    if keep >= digits.len() {
        return f;
    }
    let rest = &digits[keep..];
    let first = rest[0];
    let tail_nonzero = rest[1..].iter().any(|&d| d != 0);
    let prev_odd = keep > 0 && digits[keep - 1] % 2 == 1;
    let round_up = first > 5 || (first == 5 && (tail_nonzero || prev_odd));
    digits.truncate(keep);
    if round_up {
        let mut i = digits.len();
        loop {
            if i == 0 {
                digits.insert(0, 1);
                break;
            }
            i -= 1;
            if digits[i] == 9 {
                digits[i] = 0;
            } else {
                digits[i] += 1;
                break;
            }
        }
    }
    let extra = digits.len() as i64 - keep as i64;
    let int_len = (point + extra).max(0) as usize;
    let mut text = String::new();
    for (i, d) in digits.iter().enumerate() {
        if i == int_len {
            text.push('.');
        }
        text.push((b'0' + d) as char);
    }
    if digits.len() < int_len {
        text.push_str(&"0".repeat(int_len - digits.len()));
    }
    if text.is_empty() || text.starts_with('.') {
        text.insert(0, '0');
    }
    let v: f64 = text.parse().unwrap_or(0.0);
    v.copysign(f)
}

fn format_b(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "format", 1, 2)?;
    let spec = args.args.get(1).cloned().unwrap_or_else(|| vm.new_str(""));
    super::format(vm, &args.args[0], &spec)
}

fn globals(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "globals", 0, 0)?;
    Ok(vm.current_globals().map(Value::Obj).unwrap_or(Value::None))
}

fn locals(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "locals", 0, 0)?;
    let Some(f) = vm.current_frame() else {
        return Ok(Value::None);
    };
    if let Some(l) = &f.locals {
        return Ok(Value::Obj(l.clone()));
    }
    let names: Vec<(Rc<str>, Option<Value>)> = f
        .code
        .code
        .varnames
        .iter()
        .cloned()
        .zip(f.fast.iter().cloned())
        .collect();
    let cells: Vec<(String, Option<Value>)> = f
        .code
        .code
        .cellvars
        .iter()
        .chain(f.code.code.freevars.iter())
        .zip(f.cells())
        .map(|(n, c)| {
            (
                n.to_string(),
                match &c.payload {
                    Payload::Cell(v) => v.borrow().clone(),
                    _ => None,
                },
            )
        })
        .collect();
    let d = vm.new_dict_obj(Dict::new());
    for (n, v) in names {
        if let Some(v) = v {
            vm.dict_set_str(&d, &n, v);
        }
    }
    for (n, v) in cells {
        if let Some(v) = v {
            vm.dict_set_str(&d, &n, v);
        }
    }
    Ok(Value::Obj(d))
}

fn vars(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "vars", 0, 1)?;
    match args.args.first() {
        None => locals(vm, args),
        Some(v) => match vm.getattr_opt(v, "__dict__")? {
            Some(d) => Ok(d),
            None => Err(vm.type_error("vars() argument must have __dict__ attribute")),
        },
    }
}

pub fn dir_of(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let mut names: Vec<String> = Vec::new();
    let add_dict = |d: &ObjRef, names: &mut Vec<String>| {
        if let Some(dd) = d.dict_data() {
            for e in dd.borrow().iter() {
                if let Some(s) = e.key.str_value() {
                    names.push(s.to_string());
                }
            }
        }
    };
    match v {
        Value::Obj(o) if matches!(o.payload, Payload::Module(_)) => {
            if let Payload::Module(m) = &o.payload {
                add_dict(&m.dict, &mut names);
            }
        }
        Value::Obj(o) if o.type_data().is_some() => {
            if let Some(t) = o.type_data() {
                for c in t.mro.borrow().iter() {
                    if let Some(ct) = c.type_data() {
                        add_dict(ct.dict(), &mut names);
                    }
                }
            }
        }
        _ => {
            if let Value::Obj(o) = v
                && let Some(d) = o.inst_dict()
            {
                add_dict(d, &mut names);
            }
            let cls = vm.type_of(v);
            if let Some(t) = cls.type_data() {
                for c in t.mro.borrow().iter() {
                    if let Some(ct) = c.type_data() {
                        add_dict(ct.dict(), &mut names);
                    }
                }
            }
            names.push("__class__".to_string());
        }
    }
    names.sort();
    names.dedup();
    let items = names.into_iter().map(|n| vm.new_string(n)).collect();
    Ok(vm.new_list(items))
}

fn dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "dir", 0, 1)?;
    match args.args.first() {
        Some(v) => {
            let cls = vm.type_of(v);
            if cls.type_data().is_some_and(|t| t.heap)
                && let Some(d) = crate::types::typeobj::lookup(&cls, "__dir__")
                && !matches!(d.payload(), Some(Payload::Native(_)))
            {
                let r = vm.call_unbound(&d, v, vec![v.clone()])?;
                let mut items = crate::vm::ops::collect_iterable(vm, &r)?;
                crate::types::list::sort_values(vm, &mut items, &Value::None, false)?;
                return Ok(vm.new_list(items));
            }
            dir_of(vm, v)
        }
        None => {
            let l = locals(vm, Args::new(vec![]))?;
            let mut keys = match l.as_obj().and_then(|o| o.dict_data()) {
                Some(d) => d.borrow().keys(),
                None => Vec::new(),
            };
            crate::types::list::sort_values(vm, &mut keys, &Value::None, false)?;
            Ok(vm.new_list(keys))
        }
    }
}

fn open(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // The encoding is always UTF-8; buffering, newline and the rest are
    // accepted and ignored.
    let p = args.bind(
        vm,
        "open",
        false,
        &[
            "file",
            "mode",
            "buffering",
            "encoding",
            "errors",
            "newline",
            "closefd",
            "opener",
        ],
        1,
        0,
    )?;
    let file = p[0].clone().unwrap_or(Value::None);
    let mode = p[1].clone();
    let path = vm.str_string(&file)?;
    let mode = mode
        .and_then(|m| m.str_value().map(|s| s.to_string()))
        .unwrap_or_else(|| "r".to_string());
    crate::types::io::open(vm, &path, &mode)
}

fn input(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(p) = args.args.first() {
        let s = vm.str_string(p)?;
        vm.print_stdout(&s)?;
    }
    vm.flush_stdout_raising()?;
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        Ok(0) => Err(vm.new_error("EOFError", "EOF when reading a line")),
        Ok(_) => Ok(vm.new_string(line.trim_end_matches('\n').to_string())),
        Err(_) => Err(vm.new_error("OSError", "read failed")),
    }
}

fn aiter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "aiter", 1, 1)?;
    let v = &args.args[0];
    match vm.call_special(v, "__aiter__", vec![])? {
        Some(r) => Ok(r),
        None => Err(vm.type_error(format!(
            "'{}' object is not an async iterable",
            vm.type_name(v)
        ))),
    }
}

fn anext(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "anext", 1, 2)?;
    let v = &args.args[0];
    match vm.call_special(v, "__anext__", vec![])? {
        Some(r) => {
            if args.args.len() == 2 {
                return crate::modules::anext_with_default(vm, r, args.args[1].clone());
            }
            Ok(r)
        }
        None => Err(vm.type_error(format!(
            "'{}' object is not an async iterator",
            vm.type_name(v)
        ))),
    }
}

pub static FUNCTIONS: &[NativeFunc] = &[
    native!(
        "breakpoint",
        breakpoint,
        "Call sys.breakpointhook(*args, **kws), the hook for entering a debugger.",
        sig = "($module, /, *args, **kws)"
    ),
    native!(
        "print",
        print,
        "Print values to a stream (sys.stdout by default), separated by sep and followed by end.",
        sig = "($module, /, *args, sep=' ', end='\\n', file=None, flush=False)"
    ),
    native!(
        "len",
        len,
        "Return the number of items in a container.",
        sig = "($module, obj, /)"
    )
    .with_fast(len_fast),
    native!(
        "repr",
        repr,
        "Return the canonical string representation of an object.",
        sig = "($module, obj, /)"
    ),
    native!(
        "ascii",
        ascii,
        "Return repr(obj) with non-ASCII characters escaped.",
        sig = "($module, obj, /)"
    ),
    native!(
        "abs",
        abs,
        "Return the absolute value of a number.",
        sig = "($module, x, /)"
    )
    .with_fast(abs_fast),
    native!(
        "all",
        all,
        "Return True if every element of the iterable is true (or it is empty).",
        sig = "($module, iterable, /)"
    ),
    native!(
        "any",
        any,
        "Return True if some element of the iterable is true.",
        sig = "($module, iterable, /)"
    ),
    native!(
        "bin",
        bin,
        "Return the binary representation of an integer, prefixed with 0b.",
        sig = "($module, number, /)"
    ),
    native!(
        "oct",
        oct,
        "Return the octal representation of an integer, prefixed with 0o.",
        sig = "($module, number, /)"
    ),
    native!(
        "hex",
        hex,
        "Return the hexadecimal representation of an integer, prefixed with 0x.",
        sig = "($module, number, /)"
    ),
    native!(
        "callable",
        callable,
        "Return whether the object can be called.",
        sig = "($module, obj, /)"
    ),
    native!(
        "chr",
        chr,
        "Return the one-character string for a Unicode code point.",
        sig = "($module, i, /)"
    )
    .with_fast(chr_fast),
    native!(
        "ord",
        ord,
        "Return the Unicode code point of a one-character string.",
        sig = "($module, c, /)"
    )
    .with_fast(ord_fast),
    native!(
        "divmod",
        divmod,
        "Return the pair (x // y, x % y).",
        sig = "($module, x, y, /)"
    ),
    native!(
        "getattr",
        getattr,
        "Get a named attribute of an object, or default if given and the attribute is missing."
    ),
    native!(
        "setattr",
        setattr,
        "Set a named attribute of an object.",
        sig = "($module, obj, name, value, /)"
    ),
    native!(
        "delattr",
        delattr,
        "Delete a named attribute of an object.",
        sig = "($module, obj, name, /)"
    ),
    native!(
        "hasattr",
        hasattr,
        "Return whether the object has an attribute with the given name.",
        sig = "($module, obj, name, /)"
    ),
    native!(
        "hash",
        hash,
        "Return the hash value of an object.",
        sig = "($module, obj, /)"
    ),
    native!(
        "id",
        id,
        "Return the identity of an object, unique among live objects.",
        sig = "($module, obj, /)"
    ),
    native!(
        "isinstance",
        isinstance,
        "Return whether an object is an instance of a class or of a subclass of it.",
        sig = "($module, obj, class_or_tuple, /)"
    )
    .with_fast(isinstance_fast),
    native!(
        "issubclass",
        issubclass,
        "Return whether a class is derived from another class.",
        sig = "($module, cls, class_or_tuple, /)"
    ),
    native!(
        "iter",
        iter,
        "Return an iterator over an iterable, or over calls of a callable until it returns sentinel."
    ),
    native!(
        "next",
        next,
        "Return the next item of an iterator, or default when it is exhausted."
    ),
    native!(
        "max",
        max,
        "Return the largest item of an iterable or of the arguments."
    )
    .with_fast(max_fast),
    native!(
        "min",
        min,
        "Return the smallest item of an iterable or of the arguments."
    )
    .with_fast(min_fast),
    native!(
        "sum",
        sum,
        "Return start plus the sum of the iterable's numbers.",
        sig = "($module, iterable, /, start=0)"
    ),
    native!(
        "sorted",
        sorted,
        "Return a new sorted list of the iterable's items.",
        sig = "($module, iterable, /, *, key=None, reverse=False)"
    ),
    native!(
        "pow",
        pow,
        "Return base to the power exp, modulo mod if given.",
        sig = "($module, /, base, exp, mod=None)"
    ),
    native!(
        "round",
        round,
        "Round a number to ndigits decimal digits (half to even).",
        sig = "($module, /, number, ndigits=None)"
    ),
    native!(
        "format",
        format_b,
        "Format a value according to a format spec.",
        sig = "($module, value, format_spec='', /)"
    ),
    native!(
        "globals",
        globals,
        "Return the dictionary of the current module's global names.",
        sig = "($module, /)"
    ),
    native!(
        "locals",
        locals,
        "Return a dictionary of the current scope's local names.",
        sig = "($module, /)"
    ),
    native!(
        "vars",
        vars,
        "Return the __dict__ of an object, or the local names without an argument."
    ),
    native!(
        "dir",
        dir,
        "Return a sorted list of an object's attribute names, or of the local names."
    ),
    native!(
        "exec",
        exec,
        "Execute source code or a code object in the given namespaces.",
        sig = "($module, source, /, globals=None, locals=None, *, closure=None)"
    ),
    native!(
        "eval",
        eval,
        "Evaluate an expression in the given namespaces.",
        sig = "($module, source, /, globals=None, locals=None)"
    ),
    native!(
        "compile",
        compile,
        "Compile source into a code object for exec() or eval().",
        sig = "($module, /, source, filename, mode, flags=0,
        dont_inherit=False, optimize=-1, *, _feature_version=-1)"
    ),
    native!(
        "input",
        input,
        "Read a line from standard input, after writing the prompt.",
        sig = "($module, prompt='', /)"
    ),
    native!(
        "__build_class__",
        build_class,
        "Create a class from its body function, name and bases (the class statement)."
    ),
    native!(
        "__import__",
        import,
        "Import a module by name; the import statement calls this.",
        sig = "($module, /, name, globals=None, locals=None, fromlist=(),\n           level=0)"
    ),
    native!(
        "aiter",
        aiter,
        "Return an asynchronous iterator for an asynchronous iterable.",
        sig = "($module, async_iterable, /)"
    ),
    native!(
        "anext",
        anext,
        "Return the next item of an asynchronous iterator, as an awaitable.",
        sig = "($module, aiterator, default=<unrepresentable>, /)"
    ),
];

/// `open` lives in the `_io` module, as in CPython; builtins re-exports it.
pub static IO_FUNCTIONS: &[NativeFunc] = &[native!(
    "open",
    open,
    "Open a file and return a stream.",
    sig = "($module, /, file, mode='r', buffering=-1, encoding=None,
     errors=None, newline=None, closefd=True, opener=None)"
)];

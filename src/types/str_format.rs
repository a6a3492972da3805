//! The two string formatting languages: `str.format`'s templates
//! (`{0!r:>10}`) and printf-style `%` formatting.

use crate::object::{Payload, Value};
use crate::types::str::ascii_escape;
use crate::vm::{PyResult, Vm};
use std::rc::Rc;

/// `str.format`'s template language.
pub fn format_template(
    vm: &mut Vm,
    s: &str,
    pos: &[Value],
    kw: &[(Value, Value)],
    mapping: Option<&Value>,
) -> PyResult<String> {
    let mut out = String::new();
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    let mut auto = 0usize;
    let mut manual = false;
    while i < chars.len() {
        let c = chars[i];
        if c == '{' {
            if chars.get(i + 1) == Some(&'{') {
                out.push('{');
                i += 2;
                continue;
            }
            // Find the matching close brace (nested braces in the spec).
            let mut depth = 1;
            let mut j = i + 1;
            while j < chars.len() && depth > 0 {
                match chars[j] {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    _ => {}
                }
                if depth > 0 {
                    j += 1;
                }
            }
            if j >= chars.len() {
                return Err(
                    vm.value_error(if depth > 0 && !field_has_content(&chars[i + 1..]) {
                        "Single '{' encountered in format string"
                    } else {
                        "expected '}' before end of string"
                    }),
                );
            }
            let field: String = chars[i + 1..j].iter().collect();
            i = j + 1;
            let (name_conv, spec) = match field.find(':') {
                Some(p) => (field[..p].to_string(), field[p + 1..].to_string()),
                None => (field.clone(), String::new()),
            };
            let (name, conv) = match name_conv.find('!') {
                Some(p) => (
                    name_conv[..p].to_string(),
                    Some(name_conv[p + 1..].to_string()),
                ),
                None => (name_conv, None),
            };
            let first_end = name.find(['.', '[']).unwrap_or(name.len());
            let head = &name[..first_end];
            let mut value = if head.is_empty() {
                if manual {
                    return Err(vm.value_error("cannot switch from manual field specification to automatic field numbering"));
                }
                let v = pos.get(auto).cloned().ok_or_else(|| {
                    vm.index_error(format!(
                        "Replacement index {auto} out of range for positional args tuple"
                    ))
                })?;
                auto += 1;
                v
            } else if let Ok(n) = head.parse::<usize>() {
                if auto > 0 {
                    return Err(vm.value_error("cannot switch from automatic field numbering to manual field specification"));
                }
                manual = true;
                pos.get(n).cloned().ok_or_else(|| {
                    vm.index_error(format!(
                        "Replacement index {n} out of range for positional args tuple"
                    ))
                })?
            } else if let Some(m) = mapping {
                let k = vm.new_str(head);
                vm.getitem(m, &k)?
            } else {
                match kw.iter().find(|(k, _)| k.str_value() == Some(head)) {
                    Some((_, v)) => v.clone(),
                    None => return Err(vm.key_error(vm.new_str(head))),
                }
            };
            // Attribute and index accessors.
            let mut rest = &name[first_end..];
            while !rest.is_empty() {
                if let Some(r) = rest.strip_prefix('.') {
                    let end = r.find(['.', '[']).unwrap_or(r.len());
                    let attr = vm.new_str(&r[..end]);
                    value = vm.getattr(&value, &attr)?;
                    rest = &r[end..];
                } else if let Some(r) = rest.strip_prefix('[') {
                    let end = r.find(']').unwrap_or(r.len());
                    let key_s = &r[..end];
                    let key = match key_s.parse::<i64>() {
                        Ok(n) => Value::Int(n),
                        Err(_) => vm.new_str(key_s),
                    };
                    value = vm.getitem(&value, &key)?;
                    rest = r.get(end + 1..).unwrap_or("");
                } else {
                    break;
                }
            }
            let value = match conv.as_deref() {
                Some("r") => vm.repr(&value)?,
                Some("s") => vm.to_str(&value)?,
                Some("a") => {
                    let r = vm.repr_string(&value)?;
                    vm.new_string(ascii_escape(&r))
                }
                Some(other) => {
                    return Err(vm.value_error(format!("Unknown conversion specifier {other}")));
                }
                None => value,
            };
            let spec = if spec.contains('{') {
                format_template(vm, &spec, pos, kw, mapping)?
            } else {
                spec
            };
            let spec_v = vm.new_string(spec);
            let r = crate::builtins::format(vm, &value, &spec_v)?;
            out.push_str(r.str_value().unwrap_or(""));
        } else if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(vm.value_error("Single '}' encountered in format string"));
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(out)
}

/// `str % args`.
pub fn percent_format(vm: &mut Vm, fmt: &Value, args: &Value) -> PyResult<Value> {
    let f = fmt.str_value().unwrap_or("");
    let (items, mapping): (Vec<Value>, Option<Value>) = match args.payload() {
        Some(Payload::Tuple(t)) => (t.to_vec(), None),
        Some(Payload::Dict(_)) => (vec![args.clone()], Some(args.clone())),
        _ if args.as_str().is_none()
            && !matches!(args.payload(), Some(Payload::List(_)))
            && vm.lookup_special(args, "__getitem__").is_some() =>
        {
            (vec![args.clone()], Some(args.clone()))
        }
        _ => (vec![args.clone()], None),
    };
    // Byte offsets into `f`: conversion specs are ASCII, other text is
    // copied in runs.
    let at = |i: usize| f.get(i..).and_then(|t| t.chars().next());
    let mut out = String::with_capacity(f.len() + 16);
    let mut i = 0;
    let mut idx = 0;
    let next_arg = |vm: &mut Vm, idx: &mut usize| -> PyResult<Value> {
        let v = items
            .get(*idx)
            .cloned()
            .ok_or_else(|| vm.type_error("not enough arguments for format string"))?;
        *idx += 1;
        Ok(v)
    };
    while i < f.len() {
        if f.as_bytes()[i] != b'%' {
            // Literal text up to the next conversion, in one go.
            let end = f[i..].find('%').map_or(f.len(), |p| p + i);
            out.push_str(&f[i..end]);
            i = end;
            continue;
        }
        i += 1;
        let Some(first) = at(i) else {
            return Err(vm.value_error("incomplete format"));
        };
        if first == '%' {
            out.push('%');
            i += 1;
            continue;
        }
        // The common bare `%s` of a str and `%d` of a small int.
        if matches!(first, 's' | 'd') && mapping.is_none() {
            let done = match (first, items.get(idx)) {
                (_, Some(Value::Int(n))) => {
                    use std::fmt::Write;
                    let _ = write!(out, "{n}");
                    true
                }
                ('s', Some(v @ Value::Obj(o))) if Rc::ptr_eq(o.class(), &vm.types.str) => {
                    out.push_str(v.str_value().unwrap_or(""));
                    true
                }
                _ => false,
            };
            if done {
                idx += 1;
                i += 1;
                continue;
            }
        }
        let mut key_val: Option<Value> = None;
        if first == '(' {
            let m = mapping
                .clone()
                .ok_or_else(|| vm.type_error("format requires a mapping"))?;
            // Parentheses nest inside a key.
            let mut depth = 0usize;
            let end = f[i..]
                .bytes()
                .position(|b| {
                    match b {
                        b'(' => depth += 1,
                        b')' => depth -= 1,
                        _ => {}
                    }
                    depth == 0
                })
                .map(|p| p + i)
                .ok_or_else(|| vm.value_error("incomplete format key"))?;
            let key = f[i + 1..end].to_string();
            let k = vm.new_string(key);
            key_val = Some(vm.getitem(&m, &k)?);
            i = end + 1;
        }
        let mut flags = String::new();
        while let Some(c) = at(i) {
            if "-+ #0".contains(c) {
                flags.push(c);
                i += 1;
            } else {
                break;
            }
        }
        let mut width = String::new();
        if at(i) == Some('*') {
            let arg = next_arg(vm, &mut idx)?;
            let w = star_arg(vm, &arg, "ssize_t")?;
            // A negative width from `*` left-aligns, as the `-` flag does.
            if w < 0 {
                flags.push('-');
            }
            width = w.unsigned_abs().to_string();
            i += 1;
        }
        while let Some(c) = at(i) {
            if c.is_ascii_digit() {
                width.push(c);
                i += 1;
            } else {
                break;
            }
        }
        let mut prec: Option<String> = None;
        if at(i) == Some('.') {
            i += 1;
            let mut p = String::new();
            if at(i) == Some('*') {
                let arg = next_arg(vm, &mut idx)?;
                let w = star_arg(vm, &arg, "int")?;
                p = w.max(0).to_string();
                i += 1;
            }
            while let Some(c) = at(i) {
                if c.is_ascii_digit() {
                    p.push(c);
                    i += 1;
                } else {
                    break;
                }
            }
            prec = Some(if p.is_empty() { "0".to_string() } else { p });
        }
        while matches!(at(i), Some('l' | 'h' | 'L')) {
            i += 1;
        }
        let Some(conv) = at(i) else {
            return Err(vm.value_error("incomplete format"));
        };
        let conv_at = i;
        i += conv.len_utf8();
        let v = match key_val.take() {
            Some(v) => v,
            None => next_arg(vm, &mut idx)?,
        };
        let body = match conv {
            's' => {
                let s = vm.str_string(&v)?;
                match &prec {
                    Some(p) => s.chars().take(p.parse().unwrap_or(0)).collect(),
                    None => s,
                }
            }
            'r' => vm.repr_string(&v)?,
            'a' => ascii_escape(&vm.repr_string(&v)?),
            'c' => match v.str_value() {
                Some(s) if s.chars().count() == 1 => s.to_string(),
                _ if crate::types::int::is_int(&v) => crate::types::int::as_i64(&v)
                    .and_then(|n| u32::try_from(n).ok())
                    .and_then(char::from_u32)
                    .map(String::from)
                    .ok_or_else(|| vm.overflow_error("%c arg not in range(0x110000)"))?,
                _ => return Err(vm.type_error("%c requires int or char")),
            },
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let is_num = crate::types::int::is_int(&v)
                    || crate::types::float::as_f64(&v).is_some() && v.as_str().is_none();
                if !is_num {
                    let what = if matches!(conv, 'd' | 'i' | 'u') {
                        "a real number"
                    } else if matches!(conv, 'x' | 'X' | 'o') {
                        "an integer"
                    } else {
                        "a real number"
                    };
                    let what = if matches!(conv, 'd' | 'i' | 'u') {
                        format!(
                            "%{conv} format: a real number is required, not {}",
                            vm.type_name(&v)
                        )
                    } else {
                        format!(
                            "%{conv} format: {what} is required, not {}",
                            vm.type_name(&v)
                        )
                    };
                    return Err(vm.type_error(what));
                }
                let mut spec = String::new();
                if flags.contains('+') {
                    spec.push('+');
                } else if flags.contains(' ') {
                    spec.push(' ');
                }
                if flags.contains('#') {
                    spec.push('#');
                }
                if let Some(p) = &prec
                    && !matches!(conv, 'd' | 'i' | 'u' | 'x' | 'X' | 'o')
                {
                    spec.push('.');
                    spec.push_str(p);
                }
                let (v, c) = match conv {
                    'd' | 'i' | 'u' => (crate::types::int::to_int(vm, &v)?, 'd'),
                    'x' | 'X' | 'o' => {
                        if !crate::types::int::is_int(&v) {
                            return Err(vm.type_error(format!(
                                "%{conv} format: an integer is required, not {}",
                                vm.type_name(&v)
                            )));
                        }
                        (v.clone(), conv)
                    }
                    _ => (Value::float(crate::types::float::to_float(vm, &v)?), conv),
                };
                spec.push(c);
                let sv = vm.new_string(spec);
                let r = crate::builtins::format(vm, &v, &sv)?;
                let mut s = r.str_value().unwrap_or("").to_string();
                if let (Some(p), 'd' | 'x' | 'X' | 'o') = (&prec, c) {
                    let p: usize = p.parse().unwrap_or(0);
                    let (sign, digits) =
                        if s.starts_with('-') || s.starts_with('+') || s.starts_with(' ') {
                            (s[..1].to_string(), s[1..].to_string())
                        } else {
                            (String::new(), s.clone())
                        };
                    if digits.len() < p {
                        s = format!("{sign}{}{digits}", "0".repeat(p - digits.len()));
                    }
                }
                s
            }
            other => {
                return Err(vm.value_error(format!(
                    "unsupported format character '{}' (0x{:x}) at index {}",
                    if (' '..='~').contains(&other) {
                        other
                    } else {
                        '?'
                    },
                    other as u32,
                    f[..conv_at].chars().count()
                )));
            }
        };
        let w: usize = width.parse().unwrap_or(0);
        vm.check_alloc(w as i64, 4)?;
        let n = body.chars().count();
        if n < w {
            let pad = w - n;
            if flags.contains('-') {
                out.push_str(&body);
                out.push_str(&" ".repeat(pad));
            } else if flags.contains('0') && !matches!(conv, 's' | 'r' | 'a' | 'c') {
                let (sign, digits) = if body.starts_with('-') || body.starts_with('+') {
                    (&body[..1], &body[1..])
                } else {
                    ("", &body[..])
                };
                out.push_str(sign);
                out.push_str(&"0".repeat(pad));
                out.push_str(digits);
            } else {
                out.push_str(&" ".repeat(pad));
                out.push_str(&body);
            }
        } else {
            out.push_str(&body);
        }
    }
    if idx < items.len() && mapping.is_none() {
        return Err(vm.type_error("not all arguments converted during string formatting"));
    }
    Ok(vm.new_string(out))
}

/// A width or precision given as `*`: an int that fits the C type CPython
/// reads it into (`ssize_t` for a width, `int` for a precision).
fn star_arg(vm: &Vm, v: &Value, c_type: &str) -> PyResult<i64> {
    if !crate::types::int::is_int(v) {
        return Err(vm.type_error("* wants int"));
    }
    crate::types::int::as_i64(v)
        .filter(|&n| c_type != "int" || i32::try_from(n).is_ok())
        .ok_or_else(|| vm.overflow_error(format!("Python int too large to convert to C {c_type}")))
}

fn field_has_content(rest: &[char]) -> bool {
    !rest.is_empty()
}

//! The format-spec mini-language behind `format()`, f-strings and
//! `str.format`, for ints, floats and strings.

use crate::object::{Payload, Value};
use crate::types::float::float_repr;
use crate::types::int;
use crate::vm::{PyResult, Vm};

#[derive(Default, Debug)]
struct Spec {
    fill: Option<char>,
    align: Option<char>,
    sign: Option<char>,
    alt: bool,
    /// `z`: a negative zero (after rounding) formats as positive.
    no_neg_zero: bool,
    zero: bool,
    width: usize,
    grouping: Option<char>,
    precision: Option<usize>,
    ty: Option<char>,
}

fn parse_spec(vm: &Vm, s: &str, tname: &str) -> PyResult<Spec> {
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    let mut spec = Spec::default();
    let is_align = |c: char| matches!(c, '<' | '>' | '^' | '=');
    if chars.len() >= 2 && is_align(chars[1]) {
        spec.fill = Some(chars[0]);
        spec.align = Some(chars[1]);
        i = 2;
    } else if !chars.is_empty() && is_align(chars[0]) {
        spec.align = Some(chars[0]);
        i = 1;
    }
    if let Some(&c) = chars.get(i)
        && matches!(c, '+' | '-' | ' ')
    {
        spec.sign = Some(c);
        i += 1;
    }
    if chars.get(i) == Some(&'z') {
        spec.no_neg_zero = true;
        i += 1;
    }
    if chars.get(i) == Some(&'#') {
        spec.alt = true;
        i += 1;
    }
    if chars.get(i) == Some(&'0') {
        spec.zero = true;
        i += 1;
    }
    let mut w = String::new();
    while let Some(&c) = chars.get(i) {
        if c.is_ascii_digit() {
            w.push(c);
            i += 1;
        } else {
            break;
        }
    }
    spec.width = w.parse().unwrap_or(0);
    vm.check_alloc(spec.width as i64, 4)?;
    if let Some(&c) = chars.get(i)
        && (c == ',' || c == '_')
    {
        spec.grouping = Some(c);
        i += 1;
    }
    if chars.get(i) == Some(&'.') {
        i += 1;
        let mut p = String::new();
        while let Some(&c) = chars.get(i) {
            if c.is_ascii_digit() {
                p.push(c);
                i += 1;
            } else {
                break;
            }
        }
        if p.is_empty() {
            return Err(vm.value_error("Format specifier missing precision"));
        }
        match p.parse::<usize>() {
            Ok(n) if n <= i32::MAX as usize => {
                vm.check_alloc(n as i64, 1)?;
                spec.precision = Some(n);
            }
            _ => return Err(vm.value_error("precision too big")),
        }
    }
    if let Some(&c) = chars.get(i) {
        spec.ty = Some(c);
        i += 1;
    }
    if i < chars.len() {
        return Err(vm.value_error(format!(
            "Invalid format specifier '{s}' for object of type '{tname}'"
        )));
    }
    Ok(spec)
}

fn group_digits(digits: &str, sep: char, every: usize) -> String {
    let bytes: Vec<char> = digits.chars().collect();
    let mut out = String::new();
    for (i, c) in bytes.iter().enumerate() {
        if i > 0 && (bytes.len() - i).is_multiple_of(every) {
            out.push(sep);
        }
        out.push(*c);
    }
    out
}

fn pad(spec: &Spec, sign: &str, body: &str, default_align: char) -> String {
    let fill = spec.fill.unwrap_or(if spec.zero && spec.align.is_none() {
        '0'
    } else {
        ' '
    });
    let align = spec.align.unwrap_or(if spec.zero && default_align == '>' {
        '='
    } else {
        default_align
    });
    let len = sign.chars().count() + body.chars().count();
    if len >= spec.width {
        return format!("{sign}{body}");
    }
    let n = spec.width - len;
    let f = |k: usize| fill.to_string().repeat(k);
    match align {
        '<' => format!("{sign}{body}{}", f(n)),
        '^' => format!("{}{sign}{body}{}", f(n / 2), f(n - n / 2)),
        '=' => format!("{sign}{}{body}", f(n)),
        _ => format!("{}{sign}{body}", f(n)),
    }
}

fn sign_str(spec: &Spec, negative: bool) -> &'static str {
    if negative {
        "-"
    } else {
        match spec.sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    }
}

fn format_int(vm: &mut Vm, v: &Value, spec: &Spec) -> PyResult<String> {
    let b = int::as_big(v).unwrap_or_default();
    let neg = b < malachite_bigint::BigInt::from(0);
    let mag = if neg { -b.clone() } else { b.clone() };
    let (digits, prefix) = match spec.ty {
        None | Some('d') | Some('n') => (mag.to_string(), ""),
        Some('x') => (mag.to_str_radix(16), "0x"),
        Some('X') => (mag.to_str_radix(16).to_uppercase(), "0X"),
        Some('o') => (mag.to_str_radix(8), "0o"),
        Some('b') => (mag.to_str_radix(2), "0b"),
        Some('c') => {
            let c = num_traits::ToPrimitive::to_u32(&b)
                .and_then(char::from_u32)
                .ok_or_else(|| vm.overflow_error("%c arg not in range(0x110000)"))?;
            return Ok(pad(spec, "", &c.to_string(), '<'));
        }
        Some(t @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%')) => {
            let f = int::big_to_f64(vm, &b)?;
            let s2 = Spec {
                ty: Some(t),
                ..*spec
            };
            return format_float(vm, f, &s2);
        }
        Some(t) => {
            return Err(vm.value_error(format!(
                "Unknown format code '{t}' for object of type 'int'"
            )));
        }
    };
    if spec.precision.is_some() {
        return Err(vm.value_error("Precision not allowed in integer format specifier"));
    }
    let digits = match spec.grouping {
        Some(g) => {
            let every = if matches!(spec.ty, Some('x' | 'X' | 'o' | 'b')) {
                4
            } else {
                3
            };
            group_digits(&digits, g, every)
        }
        None => digits,
    };
    let sign = format!(
        "{}{}",
        sign_str(spec, neg),
        if spec.alt { prefix } else { "" }
    );
    if spec.zero && spec.align.is_none() && spec.grouping.is_some() {
        // Zero padding also gets separators.
        let width = spec.width.saturating_sub(sign.len());
        let mut raw: String = digits
            .chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .collect();
        while group_digits(&raw, spec.grouping.unwrap_or(','), 3).len() < width {
            raw.insert(0, '0');
        }
        return Ok(format!(
            "{sign}{}",
            group_digits(&raw, spec.grouping.unwrap_or(','), 3)
        ));
    }
    Ok(pad(spec, &sign, &digits, '>'))
}

/// Past this many decimals an `f64`'s digits are all zeros (it has at
/// most 1,074 nonzero ones, 767 significant), and Rust's formatter takes
/// no precision above 65,535: larger precisions get their zeros by hand.
const EXACT_DECIMALS: usize = 1100;

/// `f` with `decimals` digits after the point.
pub fn fixed(f: f64, decimals: usize) -> String {
    if decimals <= EXACT_DECIMALS {
        return format!("{:.*}", decimals, f);
    }
    let mut s = format!("{:.*}", EXACT_DECIMALS, f);
    s.extend(std::iter::repeat_n('0', decimals - EXACT_DECIMALS));
    s
}

/// `f` in Rust's scientific form (`1.50e3`) with `digits` after the point.
pub fn scientific(f: f64, digits: usize) -> String {
    if digits <= EXACT_DECIMALS {
        return format!("{:.*e}", digits, f);
    }
    let s = format!("{:.*e}", EXACT_DECIMALS, f);
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    format!("{mant}{}e{exp}", "0".repeat(digits - EXACT_DECIMALS))
}

/// Format with `precision` significant digits in the style of '%g'.
fn general(f: f64, precision: usize, alt: bool, upper: bool) -> String {
    let p = if precision == 0 { 1 } else { precision };
    if f == 0.0 {
        let base = if alt {
            format!("0.{}", "0".repeat(p - 1))
        } else {
            "0".to_string()
        };
        return if f.is_sign_negative() {
            format!("-{base}")
        } else {
            base
        };
    }
    let e = scientific(f, p - 1);
    let (_, exp) = e.split_once('e').unwrap_or(("", "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let s = if exp >= -4 && exp < p as i32 {
        let decimals = (p as i32 - 1 - exp).max(0) as usize;
        let s = fixed(f, decimals);
        if alt || !s.contains('.') {
            s
        } else {
            s.trim_end_matches('0').trim_end_matches('.').to_string()
        }
    } else {
        let (mant, _) = e.split_once('e').unwrap_or((&e, ""));
        let mant = if alt || !mant.contains('.') {
            mant.to_string()
        } else {
            mant.trim_end_matches('0').trim_end_matches('.').to_string()
        };
        format!("{mant}e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs())
    };
    if upper { s.to_uppercase() } else { s }
}

fn format_float(vm: &mut Vm, f: f64, spec: &Spec) -> PyResult<String> {
    let neg = f.is_sign_negative() && !f.is_nan();
    let a = f.abs();
    let upper = matches!(spec.ty, Some('E' | 'F' | 'G'));
    let body = if a.is_infinite() || a.is_nan() {
        let s = if a.is_nan() { "nan" } else { "inf" };
        let s = if upper {
            s.to_uppercase()
        } else {
            s.to_string()
        };
        if spec.ty == Some('%') {
            format!("{s}%")
        } else {
            s
        }
    } else {
        match spec.ty {
            Some('f') | Some('F') => fixed(a, spec.precision.unwrap_or(6)),
            Some('e') | Some('E') => {
                let s = scientific(a, spec.precision.unwrap_or(6));
                let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
                let e: i32 = e.parse().unwrap_or(0);
                let r = format!("{m}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs());
                if upper { r.to_uppercase() } else { r }
            }
            Some('g') | Some('G') => general(a, spec.precision.unwrap_or(6), spec.alt, upper),
            Some('%') => fixed(a * 100.0, spec.precision.unwrap_or(6)) + "%",
            None => match spec.precision {
                Some(p) => {
                    let g = general(a, p, spec.alt, false);
                    if g.contains(['.', 'e', 'n', 'i']) {
                        g
                    } else {
                        format!("{g}.0")
                    }
                }
                None => float_repr(a),
            },
            Some('n') => general(a, spec.precision.unwrap_or(6), spec.alt, false),
            Some(t) => {
                return Err(vm.value_error(format!(
                    "Unknown format code '{t}' for object of type 'float'"
                )));
            }
        }
    };
    let body = match spec.grouping {
        Some(g) => {
            let (int_part, rest) = match body.find(|c: char| !c.is_ascii_digit()) {
                Some(p) => (&body[..p], &body[p..]),
                None => (&body[..], ""),
            };
            format!("{}{rest}", group_digits(int_part, g, 3))
        }
        None => body,
    };
    // `z`: nothing but zeros left after rounding drops the minus sign.
    let neg = neg
        && !(spec.no_neg_zero
            && body
                .chars()
                .all(|c| matches!(c, '0' | '.' | ',' | '_' | '%')));
    Ok(pad(spec, sign_str(spec, neg), &body, '>'))
}

/// `format(value, spec)`.
pub fn format(vm: &mut Vm, v: &Value, spec: &Value) -> PyResult<Value> {
    let Some(spec_s) = spec.str_value().map(|s| s.to_string()) else {
        return Err(vm.type_error(format!(
            "format() argument 2 must be str, not {}",
            vm.type_name(spec)
        )));
    };
    let cls = vm.type_of(v);
    let user = cls.type_data().is_some_and(|t| t.heap)
        && crate::types::typeobj::lookup(&cls, "__format__")
            .is_some_and(|m| !matches!(m.payload(), Some(Payload::Native(_))));
    if user {
        let r = vm
            .call_special(v, "__format__", vec![spec.clone()])?
            .unwrap_or(Value::None);
        if r.as_str().is_none() {
            return Err(vm.type_error(format!(
                "__format__ must return a str, not {}",
                vm.type_name(&r)
            )));
        }
        return Ok(r);
    }
    let heap = cls.type_data().is_some_and(|t| t.heap);
    let s = if matches!(v, Value::Bool(_)) && spec_s.is_empty() {
        vm.str_string(v)?
    } else if int::is_int(v) && (!heap || !spec_s.is_empty()) {
        if spec_s.is_empty() {
            vm.str_string(v)?
        } else {
            let sp = parse_spec(vm, &spec_s, &vm.type_name(v))?;
            if sp.ty == Some('s') {
                return Err(vm.value_error("Unknown format code 's' for object of type 'int'"));
            }
            if sp.no_neg_zero && !matches!(sp.ty, Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%')) {
                return Err(vm.value_error(
                    "Negative zero coercion (z) not allowed in integer format specifier",
                ));
            }
            format_int(vm, v, &sp)?
        }
    } else if let Some(f) = match v {
        Value::Float(f) => Some(f.get()),
        Value::Obj(o) => match &o.payload {
            Payload::Float(f) => Some(*f),
            _ => None,
        },
        _ => None,
    } {
        if spec_s.is_empty() {
            vm.str_string(v)?
        } else {
            let sp = parse_spec(vm, &spec_s, &vm.type_name(v))?;
            if matches!(sp.ty, Some('d' | 's' | 'x' | 'b' | 'o' | 'c')) {
                return Err(vm.value_error(format!(
                    "Unknown format code '{}' for object of type 'float'",
                    sp.ty.unwrap_or('?')
                )));
            }
            format_float(vm, f, &sp)?
        }
    } else if let Some(s) = v.str_value() {
        if spec_s.is_empty() {
            // str.__format__ with no spec is str(self): a subclass's
            // __str__ counts.
            vm.str_string(v)?
        } else {
            let sp = parse_spec(vm, &spec_s, &vm.type_name(v))?;
            if let Some(t) = sp.ty
                && t != 's'
            {
                return Err(vm.value_error(format!(
                    "Unknown format code '{t}' for object of type 'str'"
                )));
            }
            if sp.sign.is_some() {
                return Err(vm.value_error("Sign not allowed in string format specifier"));
            }
            if sp.align == Some('=') {
                return Err(vm.value_error("'=' alignment not allowed in string format specifier"));
            }
            let body: String = match sp.precision {
                Some(p) => s.chars().take(p).collect(),
                None => s.to_string(),
            };
            pad(&sp, "", &body, '<')
        }
    } else if let Some(Payload::Complex(r, i)) = v.payload() {
        if spec_s.is_empty() {
            crate::types::float::complex_repr(*r, *i)
        } else {
            let sp = parse_spec(vm, &spec_s, &vm.type_name(v))?;
            let re = format_float(
                vm,
                *r,
                &Spec {
                    width: 0,
                    ..parse_spec(vm, &spec_s, &vm.type_name(v))?
                },
            )?;
            let im = format_float(
                vm,
                *i,
                &Spec {
                    width: 0,
                    sign: Some('+'),
                    ..parse_spec(vm, &spec_s, &vm.type_name(v))?
                },
            )?;
            pad(&sp, "", &format!("{re}{im}j"), '>')
        }
    } else {
        if !spec_s.is_empty() {
            return Err(vm.type_error(format!(
                "unsupported format string passed to {}.__format__",
                vm.type_name(v)
            )));
        }
        vm.str_string(v)?
    };
    Ok(vm.new_string(s))
}

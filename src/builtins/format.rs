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

/// Parse a format spec for a value `v` (named in the error for trailing
/// junk). Widths and precisions that overflow a C `ssize_t` are CPython's
/// "Too many decimal digits".
fn parse_spec(vm: &Vm, s: &str, v: &Value) -> PyResult<Spec> {
    let mut spec = Spec::default();
    let mut rest = s.chars();
    let is_align = |c: char| matches!(c, '<' | '>' | '^' | '=');
    {
        let mut ahead = rest.clone();
        match (ahead.next(), ahead.next()) {
            (Some(fill), Some(a)) if is_align(a) => {
                spec.fill = Some(fill);
                spec.align = Some(a);
                rest = ahead;
            }
            (Some(a), _) if is_align(a) => {
                spec.align = Some(a);
                rest.next();
            }
            _ => {}
        }
    }
    // One optional character of each kind, in this order.
    let take = |rest: &mut std::str::Chars, ok: &dyn Fn(char) -> bool| {
        let mut ahead = rest.clone();
        match ahead.next() {
            Some(c) if ok(c) => {
                *rest = ahead;
                Some(c)
            }
            _ => None,
        }
    };
    spec.sign = take(&mut rest, &|c| matches!(c, '+' | '-' | ' '));
    spec.no_neg_zero = take(&mut rest, &|c| c == 'z').is_some();
    spec.alt = take(&mut rest, &|c| c == '#').is_some();
    spec.zero = take(&mut rest, &|c| c == '0').is_some();
    let too_many = || vm.value_error("Too many decimal digits in format string");
    let number = |rest: &mut std::str::Chars| -> PyResult<Option<usize>> {
        let mut n: Option<usize> = None;
        let mut ahead = rest.clone();
        while let Some(d) = ahead
            .next()
            .and_then(|c| c.to_digit(10).filter(|_| c.is_ascii()))
        {
            let v = n
                .unwrap_or(0)
                .checked_mul(10)
                .and_then(|v| v.checked_add(d as usize))
                .filter(|&v| v <= isize::MAX as usize)
                .ok_or_else(too_many)?;
            n = Some(v);
            *rest = ahead.clone();
        }
        Ok(n)
    };
    spec.width = number(&mut rest)?.unwrap_or(0);
    vm.check_alloc(spec.width as i64, 4)?;
    spec.grouping = take(&mut rest, &|c| c == ',' || c == '_');
    if let Some(g) = spec.grouping
        && take(&mut rest, &|c| (c == ',' || c == '_') && c != g).is_some()
    {
        return Err(vm.value_error("Cannot specify both ',' and '_'."));
    }
    if take(&mut rest, &|c| c == '.').is_some() {
        match number(&mut rest)? {
            None => return Err(vm.value_error("Format specifier missing precision")),
            Some(n) if n <= i32::MAX as usize => {
                vm.check_alloc(n as i64, 1)?;
                spec.precision = Some(n);
            }
            Some(_) => return Err(vm.value_error("precision too big")),
        }
    }
    spec.ty = rest.next();
    if rest.next().is_some() {
        return Err(vm.value_error(format!(
            "Invalid format specifier '{s}' for object of type '{}'",
            vm.type_name(v)
        )));
    }
    if let Some(g) = spec.grouping {
        let fits = match spec.ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => true,
            Some('b' | 'o' | 'x' | 'X') => g == '_',
            Some(_) => false,
        };
        if !fits {
            return Err(vm.value_error(format!(
                "Cannot specify '{g}' with {}.",
                code_repr(spec.ty.unwrap_or(' '))
            )));
        }
    }
    Ok(spec)
}

/// A presentation type in an error message: itself when printable
/// ASCII, else its hex escape, as CPython writes it.
fn code_repr(c: char) -> String {
    if (33..128).contains(&(c as u32)) {
        format!("'{c}'")
    } else {
        format!("'\\x{:x}'", c as u32)
    }
}

/// "Unknown format code ..." for presentation type `t` and a value of
/// type `tname`.
fn unknown_code(vm: &Vm, t: char, tname: &str) -> crate::vm::PyErr {
    vm.value_error(format!(
        "Unknown format code {} for object of type '{tname}'",
        code_repr(t)
    ))
}

/// Zero padding with separators: `digits` grouped, with leading zeros
/// (grouped too) until at least `width` characters. A group is never
/// left starting with its separator, so the result may pass `width` by one.
fn zero_padded_groups(digits: &str, sep: char, every: usize, width: usize) -> String {
    let grouped_len = |d: usize| d + d.saturating_sub(1) / every;
    let have = digits.len();
    // The fewest digits whose grouped form is wide enough.
    let mut d = have.max(width - width / (every + 1));
    while grouped_len(d) < width {
        d += 1;
    }
    while d > have && grouped_len(d - 1) >= width {
        d -= 1;
    }
    let mut raw = String::with_capacity(d);
    raw.extend(std::iter::repeat_n('0', d - have));
    raw.push_str(digits);
    group_digits(&raw, sep, every)
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
    let n = spec.width.saturating_sub(len);
    let (before, after) = match align {
        '<' => (0, n),
        '^' => (n / 2, n - n / 2),
        _ => (n, 0),
    };
    let mut out = String::with_capacity(sign.len() + body.len() + n * fill.len_utf8());
    let fill_run = |out: &mut String, k: usize| out.extend(std::iter::repeat_n(fill, k));
    if align == '=' {
        out.push_str(sign);
        fill_run(&mut out, before);
    } else {
        fill_run(&mut out, before);
        out.push_str(sign);
    }
    out.push_str(body);
    fill_run(&mut out, after);
    out
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
    let float_type = matches!(spec.ty, Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%'));
    if spec.precision.is_some() && !float_type {
        return Err(vm.value_error("Precision not allowed in integer format specifier"));
    }
    // Machine-sized ints in decimal, the common case, skip the big int.
    if let (Value::Int(i), None | Some('d' | 'n'), None, None) =
        (v, spec.ty, spec.grouping, spec.precision)
    {
        let digits = i.unsigned_abs().to_string();
        return Ok(pad(spec, sign_str(spec, *i < 0), &digits, '>'));
    }
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
            if spec.sign.is_some() {
                return Err(vm.value_error("Sign not allowed with integer format specifier 'c'"));
            }
            if spec.alt {
                return Err(vm.value_error(
                    "Alternate form (#) not allowed with integer format specifier 'c'",
                ));
            }
            let Some(code) = num_traits::ToPrimitive::to_i64(&b) else {
                return Err(vm.overflow_error("Python int too large to convert to C long"));
            };
            let c = u32::try_from(code)
                .ok()
                .and_then(char::from_u32)
                .ok_or_else(|| vm.overflow_error("%c arg not in range(0x110000)"))?;
            return Ok(pad(spec, "", c.encode_utf8(&mut [0; 4]), '<'));
        }
        Some(t @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%')) => {
            let f = int::big_to_f64(vm, &b)?;
            let s2 = Spec {
                ty: Some(t),
                ..*spec
            };
            return format_float(vm, f, &s2);
        }
        Some(t) => return Err(unknown_code(vm, t, &vm.type_name(v))),
    };
    let every = if matches!(spec.ty, Some('x' | 'X' | 'o' | 'b')) {
        4
    } else {
        3
    };
    let sign = format!(
        "{}{}",
        sign_str(spec, neg),
        if spec.alt { prefix } else { "" }
    );
    if let (true, None, Some(g)) = (spec.zero, spec.align, spec.grouping) {
        let width = spec.width.saturating_sub(sign.len());
        return Ok(format!(
            "{sign}{}",
            zero_padded_groups(&digits, g, every, width)
        ));
    }
    let digits = match spec.grouping {
        Some(g) => group_digits(&digits, g, every),
        None => digits,
    };
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
/// `alt` (`#`) keeps trailing zeros and the point. `dot0` is the style of
/// a float spec with a precision and no type: fixed notation gains a
/// `.0` when it would look like an int, and switches to exponent form one
/// digit earlier so that the `.0` stays within the precision.
fn general(f: f64, precision: usize, alt: bool, upper: bool, dot0: bool) -> String {
    let p = precision.max(1);
    let e = scientific(f, p - 1);
    let (mant, exp) = e.split_once('e').unwrap_or((&e, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let limit = if dot0 { p as i32 - 1 } else { p as i32 };
    let tidy = |s: &str| -> String {
        if alt {
            if s.contains('.') {
                s.to_string()
            } else {
                format!("{s}.")
            }
        } else if s.contains('.') {
            s.trim_end_matches('0').trim_end_matches('.').to_string()
        } else {
            s.to_string()
        }
    };
    let s = if exp >= -4 && exp < limit {
        let decimals = (p as i32 - 1 - exp).max(0) as usize;
        let s = tidy(&fixed(f, decimals));
        if dot0 && !s.contains('.') {
            format!("{s}.0")
        } else {
            s
        }
    } else {
        let sign = if exp < 0 { '-' } else { '+' };
        format!("{}e{sign}{:02}", tidy(mant), exp.abs())
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
            Some('f') | Some('F') => alt_point(fixed(a, spec.precision.unwrap_or(6)), spec.alt),
            Some('e') | Some('E') => {
                let s = scientific(a, spec.precision.unwrap_or(6));
                let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
                let e: i32 = e.parse().unwrap_or(0);
                let m = alt_point(m.to_string(), spec.alt);
                let r = format!("{m}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs());
                if upper { r.to_uppercase() } else { r }
            }
            Some('g') | Some('G') => {
                general(a, spec.precision.unwrap_or(6), spec.alt, upper, false)
            }
            Some('%') => alt_point(fixed(a * 100.0, spec.precision.unwrap_or(6)), spec.alt) + "%",
            None => match spec.precision {
                Some(p) => general(a, p, spec.alt, false, true),
                None => {
                    let r = float_repr(a);
                    match r.split_once('e') {
                        Some((m, e)) if spec.alt && !m.contains('.') => format!("{m}.e{e}"),
                        _ => r,
                    }
                }
            },
            Some('n') => general(a, spec.precision.unwrap_or(6), spec.alt, false, false),
            Some(t) => return Err(unknown_code(vm, t, "float")),
        }
    };
    // `z`: nothing but zeros left after rounding drops the minus sign.
    let neg = neg && !(spec.no_neg_zero && body.chars().all(|c| matches!(c, '0' | '.' | '%')));
    let sign = sign_str(spec, neg);
    let body = match spec.grouping {
        Some(g) => {
            let (int_part, rest) = match body.find(|c: char| !c.is_ascii_digit()) {
                Some(p) => (&body[..p], &body[p..]),
                None => (&body[..], ""),
            };
            if let (true, None, false) = (spec.zero, spec.align, int_part.is_empty()) {
                // Zero padding also gets separators.
                let width = spec.width.saturating_sub(sign.len() + rest.chars().count());
                return Ok(format!(
                    "{sign}{}{rest}",
                    zero_padded_groups(int_part, g, 3, width)
                ));
            }
            format!("{}{rest}", group_digits(int_part, g, 3))
        }
        None => body,
    };
    Ok(pad(spec, sign, &body, '>'))
}

/// The `#` form of fixed and exponent notation: always a decimal point.
fn alt_point(s: String, alt: bool) -> String {
    if alt && !s.contains('.') { s + "." } else { s }
}

/// `format(value, spec)`.
pub fn format(vm: &mut Vm, v: &Value, spec: &Value) -> PyResult<Value> {
    let Some(spec_s) = spec.str_value() else {
        return Err(vm.type_error(format!(
            "format() argument 2 must be str, not {}",
            vm.arg_type_name(spec)
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
            let sp = parse_spec(vm, spec_s, v)?;
            if sp.ty == Some('s') {
                return Err(unknown_code(vm, 's', &vm.type_name(v)));
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
            let sp = parse_spec(vm, spec_s, v)?;
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
            let sp = parse_spec(vm, spec_s, v)?;
            // A str's default presentation type is 's'.
            if let (Some(g), None) = (sp.grouping, sp.ty) {
                return Err(vm.value_error(format!("Cannot specify '{g}' with 's'.")));
            }
            if let Some(t) = sp.ty
                && t != 's'
            {
                return Err(unknown_code(vm, t, &vm.type_name(v)));
            }
            let refused = match (sp.sign, sp.no_neg_zero, sp.alt, sp.align) {
                (Some(' '), ..) => Some("Space not allowed in string format specifier"),
                (Some(_), ..) => Some("Sign not allowed in string format specifier"),
                (_, true, ..) => {
                    Some("Negative zero coercion (z) not allowed in string format specifier")
                }
                (_, _, true, _) => {
                    Some("Alternate form (#) not allowed in string format specifier")
                }
                (.., Some('=')) => Some("'=' alignment not allowed in string format specifier"),
                _ => None,
            };
            if let Some(msg) = refused {
                return Err(vm.value_error(msg));
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
            let sp = parse_spec(vm, spec_s, v)?;
            let re = format_float(
                vm,
                *r,
                &Spec {
                    width: 0,
                    ..parse_spec(vm, spec_s, v)?
                },
            )?;
            let im = format_float(
                vm,
                *i,
                &Spec {
                    width: 0,
                    sign: Some('+'),
                    ..parse_spec(vm, spec_s, v)?
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

#[cfg(test)]
mod tests {
    use super::zero_padded_groups;

    #[test]
    fn zero_padding_with_separators_reaches_the_width_without_a_leading_separator() {
        assert_eq!(zero_padded_groups("1234", ',', 3, 8), "0,001,234");
        assert_eq!(zero_padded_groups("1234", ',', 3, 7), "001,234");
        assert_eq!(zero_padded_groups("1234", ',', 3, 3), "1,234");
        assert_eq!(zero_padded_groups("12345", '_', 4, 10), "0_0001_2345");
        assert_eq!(zero_padded_groups("5", ',', 3, 0), "5");
        // Every width lands on the fewest digits that fill it.
        for width in 0..40 {
            let s = zero_padded_groups("7", ',', 3, width);
            assert!(s.len() >= width && s.len() <= width + 1, "{width}: {s}");
            assert!(!s.starts_with(','));
        }
    }
}

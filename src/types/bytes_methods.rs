//! The sequence methods `bytes` and `bytearray` share (searching,
//! splitting, padding, ASCII case and class tests, `translate`), each
//! returning the type of `self`; plus `fromhex` and `maketrans`.
//!
//! Character classes are ASCII only, as in CPython: whitespace is
//! ` \t\n\r\x0b\x0c`, and bytes above 127 are never letters.

use crate::native;
use crate::object::{Payload, Value};
use crate::types::bytes::bytes_of;
use crate::vm::native::{Args, NativeFunc};
use crate::vm::{PyResult, Vm};

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// The contents of `self` (`args[0]`).
fn this(args: &Args) -> Vec<u8> {
    match args.args.first().and_then(|v| v.payload()) {
        Some(Payload::Bytes(b)) => b.to_vec(),
        Some(Payload::ByteArray(b)) => b.borrow().clone(),
        _ => Vec::new(),
    }
}

/// A result of the same type as `self`.
fn like(vm: &Vm, args: &Args, data: Vec<u8>) -> Value {
    match args.args.first().and_then(|v| v.payload()) {
        Some(Payload::ByteArray(_)) => Value::Obj(crate::object::PyObject::new(
            vm.types.bytearray.clone(),
            None,
            Payload::ByteArray(std::cell::RefCell::new(data)),
        )),
        _ => vm.new_bytes(data),
    }
}

/// A search argument: a bytes-like object or an int in range(256).
fn needle(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Value::Int(n) = v {
        if !(0..256).contains(n) {
            return Err(vm.value_error("byte must be in range(0, 256)"));
        }
        return Ok(vec![*n as u8]);
    }
    match v.payload() {
        Some(Payload::Bytes(_) | Payload::ByteArray(_) | Payload::MemoryView(_)) => bytes_of(vm, v),
        _ => Err(vm.type_error(format!(
            "argument should be integer or bytes-like object, not '{}'",
            vm.type_name(v)
        ))),
    }
}

/// Clamp optional `start`/`end` slice arguments to `0..=len`.
fn bounds(
    vm: &mut Vm,
    len: usize,
    start: Option<&Value>,
    end: Option<&Value>,
) -> PyResult<(usize, usize)> {
    let n = len as i64;
    let mut one = |v: Option<&Value>, default: i64| -> PyResult<i64> {
        match v {
            None | Some(Value::None) => Ok(default),
            Some(v) => {
                let i = vm.index_value(v).map_err(|_| {
                    vm.type_error(
                        "slice indices must be integers or None or have an __index__ method",
                    )
                })?;
                Ok(if i < 0 { (i + n).max(0) } else { i.min(n) })
            }
        }
    };
    let a = one(start, 0)?;
    let b = one(end, n)?;
    Ok((a as usize, b as usize))
}

fn find_in(hay: &[u8], needle: &[u8], from_right: bool) -> Option<usize> {
    if needle.is_empty() {
        return Some(if from_right { hay.len() } else { 0 });
    }
    if needle.len() > hay.len() {
        return None;
    }
    let mut windows = hay.windows(needle.len());
    if from_right {
        windows.rposition(|w| w == needle)
    } else {
        windows.position(|w| w == needle)
    }
}

fn count_in(hay: &[u8], needle: &[u8]) -> usize {
    if needle.is_empty() {
        return hay.len() + 1;
    }
    let (mut i, mut n) = (0, 0);
    while let Some(p) = find_in(&hay[i..], needle, false) {
        n += 1;
        i += p + needle.len();
    }
    n
}

fn search(vm: &mut Vm, args: Args, name: &str, right: bool, raise: bool) -> PyResult<Value> {
    args.check_method(vm, name, 1, 3)?;
    let data = this(&args);
    let sub = needle(vm, &args.args[1])?;
    let (a, b) = bounds(vm, data.len(), args.get(2), args.get(3))?;
    let found = if a > b || sub.len() > b - a {
        None
    } else {
        find_in(&data[a..b], &sub, right).map(|p| p + a)
    };
    match found {
        Some(i) => Ok(Value::Int(i as i64)),
        None if raise => Err(vm.value_error("subsection not found")),
        None => Ok(Value::Int(-1)),
    }
}

fn b_find(vm: &mut Vm, args: Args) -> PyResult<Value> {
    search(vm, args, "find", false, false)
}
fn b_rfind(vm: &mut Vm, args: Args) -> PyResult<Value> {
    search(vm, args, "rfind", true, false)
}
fn b_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    search(vm, args, "index", false, true)
}
fn b_rindex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    search(vm, args, "rindex", true, true)
}

fn b_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "count", 1, 3)?;
    let data = this(&args);
    let sub = needle(vm, &args.args[1])?;
    let (a, b) = bounds(vm, data.len(), args.get(2), args.get(3))?;
    let n = if a > b {
        0
    } else {
        count_in(&data[a..b], &sub)
    };
    Ok(Value::Int(n as i64))
}

fn affix(vm: &mut Vm, args: Args, name: &str, end: bool) -> PyResult<Value> {
    args.check_method(vm, name, 1, 3)?;
    let data = this(&args);
    let (a, b) = bounds(vm, data.len(), args.get(2), args.get(3))?;
    let hay: &[u8] = if a <= b { &data[a..b] } else { &[] };
    let test = |p: &[u8]| if end { hay.ends_with(p) } else { hay.starts_with(p) } && a <= b;
    let arg = &args.args[1];
    match arg.payload() {
        Some(Payload::Bytes(_) | Payload::ByteArray(_) | Payload::MemoryView(_)) => {
            let p = bytes_of(vm, arg)?;
            Ok(Value::bool(test(&p)))
        }
        Some(Payload::Tuple(items)) => {
            for it in items.iter() {
                let p = bytes_of(vm, it)?;
                if test(&p) {
                    return Ok(Value::TRUE);
                }
            }
            Ok(Value::FALSE)
        }
        _ => Err(vm.type_error(format!(
            "{name} first arg must be bytes or a tuple of bytes, not {}",
            vm.type_name(arg)
        ))),
    }
}

fn b_startswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix(vm, args, "startswith", false)
}
fn b_endswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix(vm, args, "endswith", true)
}

fn b_replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "replace", 2, 3)?;
    let p = args.bind(vm, "replace", true, &["old", "new", "count"], 2, 2)?;
    let data = this(&args);
    let old = bytes_of(vm, p[0].as_ref().unwrap_or(&Value::None))?;
    let new = bytes_of(vm, p[1].as_ref().unwrap_or(&Value::None))?;
    let mut count = match &p[2] {
        Some(v) => vm.index_value(v)?,
        None => -1,
    };
    let mut out = Vec::with_capacity(data.len());
    if old.is_empty() {
        for (i, &b) in data.iter().enumerate() {
            if count != 0 {
                out.extend_from_slice(&new);
                count -= 1;
            }
            out.push(b);
            if i + 1 == data.len() && count != 0 {
                out.extend_from_slice(&new);
            }
        }
        if data.is_empty() && count != 0 {
            out.extend_from_slice(&new);
        }
        return Ok(like(vm, &args, out));
    }
    let mut i = 0;
    while count != 0 {
        match find_in(&data[i..], &old, false) {
            Some(pos) => {
                out.extend_from_slice(&data[i..i + pos]);
                out.extend_from_slice(&new);
                i += pos + old.len();
                count -= 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(&data[i..]);
    Ok(like(vm, &args, out))
}

fn split_impl(vm: &mut Vm, args: Args, name: &str, right: bool) -> PyResult<Value> {
    let p = args.bind(vm, name, true, &["sep", "maxsplit"], 0, 0)?;
    let data = this(&args);
    let max = match &p[1] {
        Some(v) => vm.index_value(v)?,
        None => -1,
    };
    let max = if max < 0 { usize::MAX } else { max as usize };
    let sep = match &p[0] {
        None | Some(Value::None) => None,
        Some(v) => Some(bytes_of(vm, v)?),
    };
    let mut parts: Vec<Vec<u8>> = Vec::new();
    match sep {
        Some(sep) => {
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            let mut rest: &[u8] = &data;
            while parts.len() < max {
                match find_in(rest, &sep, right) {
                    Some(pos) if right => {
                        parts.push(rest[pos + sep.len()..].to_vec());
                        rest = &rest[..pos];
                    }
                    Some(pos) => {
                        parts.push(rest[..pos].to_vec());
                        rest = &rest[pos + sep.len()..];
                    }
                    None => break,
                }
            }
            parts.push(rest.to_vec());
        }
        None => {
            let mut words: Vec<&[u8]> = Vec::new();
            let mut rest: &[u8] = &data;
            loop {
                rest = if right {
                    let end = rest
                        .iter()
                        .rposition(|&b| !is_space(b))
                        .map_or(0, |p| p + 1);
                    &rest[..end]
                } else {
                    let start = rest
                        .iter()
                        .position(|&b| !is_space(b))
                        .unwrap_or(rest.len());
                    &rest[start..]
                };
                if rest.is_empty() {
                    break;
                }
                if words.len() == max {
                    words.push(rest);
                    break;
                }
                if right {
                    let cut = rest.iter().rposition(|&b| is_space(b)).map_or(0, |p| p + 1);
                    words.push(&rest[cut..]);
                    rest = &rest[..cut];
                } else {
                    let cut = rest.iter().position(|&b| is_space(b)).unwrap_or(rest.len());
                    words.push(&rest[..cut]);
                    rest = &rest[cut..];
                }
            }
            parts = words.into_iter().map(|w| w.to_vec()).collect();
        }
    }
    if right {
        parts.reverse();
    }
    let items = parts.into_iter().map(|p| like(vm, &args, p)).collect();
    Ok(vm.new_list(items))
}

fn b_split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    split_impl(vm, args, "split", false)
}
fn b_rsplit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    split_impl(vm, args, "rsplit", true)
}

fn strip_impl(vm: &mut Vm, args: Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    args.check_method(vm, name, 0, 1)?;
    let data = this(&args);
    let chars = match args.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(bytes_of(vm, v)?),
    };
    let strip = |b: &u8| match &chars {
        Some(cs) => cs.contains(b),
        None => is_space(*b),
    };
    let start = if left {
        data.iter().position(|b| !strip(b)).unwrap_or(data.len())
    } else {
        0
    };
    let end = if right {
        data.iter()
            .rposition(|b| !strip(b))
            .map_or(start, |p| p + 1)
    } else {
        data.len()
    };
    Ok(like(vm, &args, data[start..end.max(start)].to_vec()))
}

fn b_strip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "strip", true, true)
}
fn b_lstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "lstrip", true, false)
}
fn b_rstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "rstrip", false, true)
}

fn partition_impl(vm: &mut Vm, args: Args, name: &str, right: bool) -> PyResult<Value> {
    args.check_method(vm, name, 1, 1)?;
    let data = this(&args);
    let sep = bytes_of(vm, &args.args[1])?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let parts = match find_in(&data, &sep, right) {
        Some(p) => [
            data[..p].to_vec(),
            sep.clone(),
            data[p + sep.len()..].to_vec(),
        ],
        None if right => [Vec::new(), Vec::new(), data],
        None => [data, Vec::new(), Vec::new()],
    };
    let items = parts.into_iter().map(|p| like(vm, &args, p)).collect();
    Ok(vm.new_tuple(items))
}

fn b_partition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, "partition", false)
}
fn b_rpartition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, "rpartition", true)
}

/// `center`/`ljust`/`rjust`: `align` is the share of padding on the left
/// (0 = ljust, 2 = rjust, 1 = center).
fn pad_impl(vm: &mut Vm, args: Args, name: &str, align: u8) -> PyResult<Value> {
    args.check_method(vm, name, 1, 2)?;
    let data = this(&args);
    let width = vm.index_value(&args.args[1])?;
    vm.check_alloc(width, 1)?;
    let fill = match args.get(2) {
        None => b' ',
        Some(v) => match v.payload() {
            Some(Payload::Bytes(_) | Payload::ByteArray(_) | Payload::MemoryView(_))
                if bytes_of(vm, v)?.len() == 1 =>
            {
                bytes_of(vm, v)?[0]
            }
            _ => {
                return Err(vm.type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    vm.type_name(v)
                )));
            }
        },
    };
    let n = data.len() as i64;
    if width <= n {
        return Ok(like(vm, &args, data));
    }
    let total = (width - n) as usize;
    let left = match align {
        0 => 0,
        2 => total,
        // CPython's centering puts the odd byte on the left when the
        // width is odd.
        _ => total / 2 + (total & width as usize & 1),
    };
    let mut out = vec![fill; left];
    out.extend_from_slice(&data);
    out.resize(width as usize, fill);
    Ok(like(vm, &args, out))
}

fn b_center(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad_impl(vm, args, "center", 1)
}
fn b_ljust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad_impl(vm, args, "ljust", 0)
}
fn b_rjust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad_impl(vm, args, "rjust", 2)
}

fn b_zfill(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "zfill", 1, 1)?;
    let data = this(&args);
    let width = vm.index_value(&args.args[1])?;
    vm.check_alloc(width, 1)?;
    if width <= data.len() as i64 {
        return Ok(like(vm, &args, data));
    }
    let fill = width as usize - data.len();
    let sign = matches!(data.first(), Some(b'+' | b'-')) as usize;
    let mut out = data[..sign].to_vec();
    out.extend(std::iter::repeat_n(b'0', fill));
    out.extend_from_slice(&data[sign..]);
    Ok(like(vm, &args, out))
}

fn b_expandtabs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.bind(vm, "expandtabs", true, &["tabsize"], 0, 0)?;
    let size = match &p[0] {
        Some(v) => vm.index_value(v)?,
        None => 8,
    };
    let mut out = Vec::new();
    let mut col: i64 = 0;
    for &b in &this(&args) {
        match b {
            b'\t' if size > 0 => {
                let n = size - col % size;
                out.extend(std::iter::repeat_n(b' ', n as usize));
                col += n;
            }
            b'\t' => {}
            b'\n' | b'\r' => {
                out.push(b);
                col = 0;
            }
            _ => {
                out.push(b);
                col += 1;
            }
        }
    }
    Ok(like(vm, &args, out))
}

fn b_splitlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.bind(vm, "splitlines", true, &["keepends"], 0, 0)?;
    let keep = match &p[0] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let data = this(&args);
    let mut lines = Vec::new();
    let mut i = 0;
    while i < data.len() {
        let start = i;
        while i < data.len() && data[i] != b'\n' && data[i] != b'\r' {
            i += 1;
        }
        let end = i;
        if i < data.len() {
            i += if data[i] == b'\r' && data.get(i + 1) == Some(&b'\n') {
                2
            } else {
                1
            };
        }
        lines.push(data[start..if keep { i } else { end }].to_vec());
    }
    let items = lines.into_iter().map(|l| like(vm, &args, l)).collect();
    Ok(vm.new_list(items))
}

fn map_bytes(vm: &mut Vm, args: Args, name: &str, f: fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    args.check_method(vm, name, 0, 0)?;
    let out = f(&this(&args));
    Ok(like(vm, &args, out))
}

fn upper(d: &[u8]) -> Vec<u8> {
    d.to_ascii_uppercase()
}
fn lower(d: &[u8]) -> Vec<u8> {
    d.to_ascii_lowercase()
}
fn swapcase(d: &[u8]) -> Vec<u8> {
    d.iter()
        .map(|&b| match b {
            b'a'..=b'z' => b.to_ascii_uppercase(),
            b'A'..=b'Z' => b.to_ascii_lowercase(),
            _ => b,
        })
        .collect()
}
fn capitalize(d: &[u8]) -> Vec<u8> {
    d.iter()
        .enumerate()
        .map(|(i, b)| {
            if i == 0 {
                b.to_ascii_uppercase()
            } else {
                b.to_ascii_lowercase()
            }
        })
        .collect()
}
fn title(d: &[u8]) -> Vec<u8> {
    let mut prev_cased = false;
    d.iter()
        .map(|&b| {
            let out = if prev_cased {
                b.to_ascii_lowercase()
            } else {
                b.to_ascii_uppercase()
            };
            prev_cased = b.is_ascii_alphabetic();
            out
        })
        .collect()
}

fn b_upper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_bytes(vm, args, "upper", upper)
}
fn b_lower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_bytes(vm, args, "lower", lower)
}
fn b_swapcase(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_bytes(vm, args, "swapcase", swapcase)
}
fn b_capitalize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_bytes(vm, args, "capitalize", capitalize)
}
fn b_title(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_bytes(vm, args, "title", title)
}

fn test_bytes(vm: &mut Vm, args: Args, name: &str, f: fn(&[u8]) -> bool) -> PyResult<Value> {
    args.check_method(vm, name, 0, 0)?;
    Ok(Value::bool(f(&this(&args))))
}

fn all_nonempty(d: &[u8], f: fn(&u8) -> bool) -> bool {
    !d.is_empty() && d.iter().all(f)
}

fn b_isalnum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    test_bytes(vm, args, "isalnum", |d| {
        all_nonempty(d, u8::is_ascii_alphanumeric)
    })
}
fn b_isalpha(vm: &mut Vm, args: Args) -> PyResult<Value> {
    test_bytes(vm, args, "isalpha", |d| {
        all_nonempty(d, u8::is_ascii_alphabetic)
    })
}
fn b_isascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    test_bytes(vm, args, "isascii", |d| d.is_ascii())
}
fn b_isdigit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    test_bytes(vm, args, "isdigit", |d| all_nonempty(d, u8::is_ascii_digit))
}
fn b_isspace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    test_bytes(vm, args, "isspace", |d| all_nonempty(d, |b| is_space(*b)))
}
fn b_islower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    test_bytes(vm, args, "islower", |d| {
        d.iter().any(u8::is_ascii_lowercase) && !d.iter().any(u8::is_ascii_uppercase)
    })
}
fn b_isupper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    test_bytes(vm, args, "isupper", |d| {
        d.iter().any(u8::is_ascii_uppercase) && !d.iter().any(u8::is_ascii_lowercase)
    })
}
fn b_istitle(vm: &mut Vm, args: Args) -> PyResult<Value> {
    test_bytes(vm, args, "istitle", |d| {
        let (mut cased, mut prev_cased) = (false, false);
        for b in d {
            if b.is_ascii_uppercase() {
                if prev_cased {
                    return false;
                }
                (cased, prev_cased) = (true, true);
            } else if b.is_ascii_lowercase() {
                if !prev_cased {
                    return false;
                }
                (cased, prev_cased) = (true, true);
            } else {
                prev_cased = false;
            }
        }
        cased
    })
}

fn affix_remove(vm: &mut Vm, args: Args, name: &str, suffix: bool) -> PyResult<Value> {
    args.check_method(vm, name, 1, 1)?;
    let data = this(&args);
    let a = bytes_of(vm, &args.args[1])?;
    let out = if suffix && data.ends_with(&a) && !a.is_empty() {
        data[..data.len() - a.len()].to_vec()
    } else if !suffix && data.starts_with(&a) {
        data[a.len()..].to_vec()
    } else {
        data
    };
    Ok(like(vm, &args, out))
}

fn b_removeprefix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix_remove(vm, args, "removeprefix", false)
}
fn b_removesuffix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix_remove(vm, args, "removesuffix", true)
}

fn b_translate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.bind(vm, "translate", true, &["table", "delete"], 1, 1)?;
    let data = this(&args);
    let table = match &p[0] {
        None | Some(Value::None) => None,
        Some(t) => {
            let t = bytes_of(vm, t)?;
            if t.len() != 256 {
                return Err(vm.value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
    };
    let delete = match &p[1] {
        Some(d) => bytes_of(vm, d)?,
        None => Vec::new(),
    };
    let out = data
        .iter()
        .filter(|b| !delete.contains(b))
        .map(|&b| table.as_ref().map_or(b, |t| t[b as usize]))
        .collect();
    Ok(like(vm, &args, out))
}

fn b_maketrans(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "maketrans", 2, 2)?;
    let from = bytes_of(vm, &args.args[0])?;
    let to = bytes_of(vm, &args.args[1])?;
    if from.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (f, t) in from.iter().zip(&to) {
        table[*f as usize] = *t;
    }
    Ok(vm.new_bytes(table))
}

fn b_fromhex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "fromhex", 1, 1)?;
    let Some(text) = args.args[1].str_value() else {
        return Err(vm.type_error(format!(
            "fromhex() argument must be str, not {}",
            vm.arg_type_name(&args.args[1])
        )));
    };
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16);
        let lo = chars.get(i + 1).and_then(|c| c.to_digit(16));
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            (Some(_), _) => {
                return Err(vm.value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {}",
                    i + 1
                )));
            }
            _ => {
                return Err(vm.value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {i}"
                )));
            }
        }
        i += 2;
    }
    // `bytearray.fromhex` (and subclasses) build their own type.
    let cls = args.args[0].clone();
    let b = vm.new_bytes(out);
    if cls
        .as_obj()
        .is_some_and(|c| std::rc::Rc::ptr_eq(c, &vm.types.bytes))
    {
        return Ok(b);
    }
    vm.call(&cls, vec![b])
}

fn b_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.bind(vm, "hex", true, &["sep", "bytes_per_sep"], 0, 0)?;
    let data = this(&args);
    let digits: Vec<String> = data.iter().map(|c| format!("{c:02x}")).collect();
    let Some(sep) = &p[0] else {
        return Ok(vm.new_string(digits.concat()));
    };
    let sep = match sep.payload() {
        Some(Payload::Str(s)) => s.as_str().to_string(),
        Some(Payload::Bytes(_) | Payload::ByteArray(_) | Payload::MemoryView(_)) => {
            String::from_utf8_lossy(&bytes_of(vm, sep)?).into_owned()
        }
        _ => return Err(vm.type_error("sep must be str or bytes.")),
    };
    if sep.chars().count() != 1 {
        return Err(vm.value_error("sep must be length 1."));
    }
    let per = match &p[1] {
        Some(v) => {
            let n = vm.index_value(v)?;
            if i32::try_from(n).is_err() {
                return Err(vm.overflow_error("Python int too large to convert to C int"));
            }
            n
        }
        None => 1,
    };
    if per == 0 || digits.is_empty() {
        return Ok(vm.new_string(digits.concat()));
    }
    let k = per.unsigned_abs() as usize;
    // Positive counts group from the right, negative from the left.
    let groups: Vec<String> = if per > 0 {
        let first = digits.len() % k;
        let mut g = Vec::new();
        if first > 0 {
            g.push(digits[..first].concat());
        }
        g.extend(digits[first..].chunks(k).map(|c| c.concat()));
        g
    } else {
        digits.chunks(k).map(|c| c.concat()).collect()
    };
    Ok(vm.new_string(groups.join(&sep)))
}

fn b_decode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (encoding, errors) = crate::types::codecs::codec_args(vm, &args, "decode")?;
    let s = crate::types::codecs::decode(vm, &this(&args), &encoding, &errors)?;
    Ok(vm.new_string(s))
}

fn b_join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "join", 1, 1)?;
    let sep = this(&args);
    let items = crate::vm::ops::collect_for_join(vm, &args.args[1])?;
    let mut out = Vec::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match it.payload() {
            Some(Payload::Bytes(_) | Payload::ByteArray(_) | Payload::MemoryView(_)) => {
                out.extend(bytes_of(vm, it)?)
            }
            _ => {
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected a bytes-like object, {} found",
                    vm.type_name(it)
                )));
            }
        }
    }
    Ok(like(vm, &args, out))
}

/// The methods `bytes` and `bytearray` both have.
pub static SHARED: &[NativeFunc] = &[
    native!(
        "capitalize",
        b_capitalize,
        "Return a copy with the first byte uppercased and the rest lowercased (ASCII).",
        sig = "($self, /)"
    ),
    native!(
        "center",
        b_center,
        "Return a copy centred in a field of the given width, padded with fillchar (default space).",
        sig = "($self, width, fillchar=b' ', /)"
    ),
    native!(
        "count",
        b_count,
        "Count the non-overlapping occurrences of sub in [start:end].",
        sig = "($self, sub[, start[, end]], /)"
    ),
    native!(
        "decode",
        b_decode,
        "Decode the bytes into text with the given encoding (default UTF-8) and error handler.",
        sig = "($self, /, encoding='utf-8', errors='strict')"
    ),
    native!(
        "endswith",
        b_endswith,
        "Whether the bytes (or [start:end]) end with the suffix, or with any suffix of a tuple.",
        sig = "($self, suffix[, start[, end]], /)"
    ),
    native!(
        "expandtabs",
        b_expandtabs,
        "Return a copy with tabs replaced by spaces up to the next multiple of tabsize columns.",
        sig = "($self, /, tabsize=8)"
    ),
    native!(
        "find",
        b_find,
        "Lowest index where sub occurs in [start:end], or -1.",
        sig = "($self, sub[, start[, end]], /)"
    ),
    native!(
        "hex",
        b_hex,
        "Return the bytes as hexadecimal digits, optionally grouped with a separator every bytes_per_sep bytes.",
        sig = "($self, /, sep=<unrepresentable>, bytes_per_sep=1)"
    ),
    native!(
        "index",
        b_index,
        "Lowest index where sub occurs in [start:end]; ValueError when it does not.",
        sig = "($self, sub[, start[, end]], /)"
    ),
    native!(
        "isalnum",
        b_isalnum,
        "Whether every byte is an ASCII letter or digit, and there is at least one.",
        sig = "($self, /)"
    ),
    native!(
        "isalpha",
        b_isalpha,
        "Whether every byte is an ASCII letter, and there is at least one.",
        sig = "($self, /)"
    ),
    native!(
        "isascii",
        b_isascii,
        "Whether every byte is below 128 (true for empty bytes).",
        sig = "($self, /)"
    ),
    native!(
        "isdigit",
        b_isdigit,
        "Whether every byte is an ASCII digit, and there is at least one.",
        sig = "($self, /)"
    ),
    native!(
        "islower",
        b_islower,
        "Whether there is a lowercase ASCII letter and no uppercase one.",
        sig = "($self, /)"
    ),
    native!(
        "isspace",
        b_isspace,
        "Whether every byte is ASCII whitespace, and there is at least one.",
        sig = "($self, /)"
    ),
    native!(
        "istitle",
        b_istitle,
        "Whether the bytes are titlecased: uppercase letters only at word starts.",
        sig = "($self, /)"
    ),
    native!(
        "isupper",
        b_isupper,
        "Whether there is an uppercase ASCII letter and no lowercase one.",
        sig = "($self, /)"
    ),
    native!(
        "join",
        b_join,
        "Concatenate the bytes-like objects of an iterable with these bytes between them.",
        sig = "($self, iterable_of_bytes, /)"
    ),
    native!(
        "ljust",
        b_ljust,
        "Return a copy left-justified in a field of the given width, padded with fillchar.",
        sig = "($self, width, fillchar=b' ', /)"
    ),
    native!(
        "lower",
        b_lower,
        "Return a copy with ASCII letters lowercased.",
        sig = "($self, /)"
    ),
    native!(
        "lstrip",
        b_lstrip,
        "Return a copy without leading bytes from the given set (default ASCII whitespace).",
        sig = "($self, bytes=None, /)"
    ),
    native!(
        "maketrans",
        b_maketrans,
        "Return a 256-byte translation table mapping each byte of frm to the byte at the same position in to.",
        sig = "(frm, to, /)",
        staticmethod
    ),
    native!(
        "partition",
        b_partition,
        "Split at the first occurrence of sep into (before, sep, after).",
        sig = "($self, sep, /)"
    ),
    native!(
        "removeprefix",
        b_removeprefix,
        "Return a copy without the given prefix, if it starts with it.",
        sig = "($self, prefix, /)"
    ),
    native!(
        "removesuffix",
        b_removesuffix,
        "Return a copy without the given suffix, if it ends with it.",
        sig = "($self, suffix, /)"
    ),
    native!(
        "replace",
        b_replace,
        "Return a copy with occurrences of old replaced by new (the first count, if given).",
        sig = "($self, old, new, count=-1, /)"
    ),
    native!(
        "rfind",
        b_rfind,
        "Highest index where sub occurs in [start:end], or -1.",
        sig = "($self, sub[, start[, end]], /)"
    ),
    native!(
        "rindex",
        b_rindex,
        "Highest index where sub occurs in [start:end]; ValueError when it does not.",
        sig = "($self, sub[, start[, end]], /)"
    ),
    native!(
        "rjust",
        b_rjust,
        "Return a copy right-justified in a field of the given width, padded with fillchar.",
        sig = "($self, width, fillchar=b' ', /)"
    ),
    native!(
        "rpartition",
        b_rpartition,
        "Split at the last occurrence of sep into (before, sep, after).",
        sig = "($self, sep, /)"
    ),
    native!(
        "rsplit",
        b_rsplit,
        "Split into a list at sep (default: runs of ASCII whitespace), from the right, at most maxsplit times.",
        sig = "($self, /, sep=None, maxsplit=-1)"
    ),
    native!(
        "rstrip",
        b_rstrip,
        "Return a copy without trailing bytes from the given set (default ASCII whitespace).",
        sig = "($self, bytes=None, /)"
    ),
    native!(
        "split",
        b_split,
        "Split into a list at sep (default: runs of ASCII whitespace), at most maxsplit times.",
        sig = "($self, /, sep=None, maxsplit=-1)"
    ),
    native!(
        "splitlines",
        b_splitlines,
        "Split at line boundaries (\\n, \\r, \\r\\n), keeping them when keepends is true.",
        sig = "($self, /, keepends=False)"
    ),
    native!(
        "startswith",
        b_startswith,
        "Whether the bytes (or [start:end]) start with the prefix, or with any prefix of a tuple.",
        sig = "($self, prefix[, start[, end]], /)"
    ),
    native!(
        "strip",
        b_strip,
        "Return a copy without leading and trailing bytes from the given set (default ASCII whitespace).",
        sig = "($self, bytes=None, /)"
    ),
    native!(
        "swapcase",
        b_swapcase,
        "Return a copy with ASCII uppercase letters lowercased and vice versa.",
        sig = "($self, /)"
    ),
    native!(
        "title",
        b_title,
        "Return a copy where each word starts uppercase and continues lowercase (ASCII).",
        sig = "($self, /)"
    ),
    native!(
        "translate",
        b_translate,
        "Return a copy with the bytes in delete removed and the rest mapped through a 256-byte table.",
        sig = "($self, table, /, delete=b'')"
    ),
    native!(
        "upper",
        b_upper,
        "Return a copy with ASCII letters uppercased.",
        sig = "($self, /)"
    ),
    native!(
        "zfill",
        b_zfill,
        "Return a copy padded on the left with b'0' to the given width, after any sign.",
        sig = "($self, width, /)"
    ),
    native!(
        "fromhex",
        b_fromhex,
        "Build an object of this class from a string of hexadecimal digit pairs (whitespace between pairs allowed).",
        sig = "($type, string, /)",
        classmethod
    ),
];

//! `str`: methods, `repr` quoting, `%`-formatting and `str.format`.

use crate::native;
use crate::object::{Payload, Value};
use crate::vm::native::{Args, NativeFunc};
use crate::vm::{PyResult, Vm};
use std::rc::Rc;

pub use crate::types::str_format::{format_template, percent_format};

/// `repr()` of a string: CPython's quote choice and escapes.
pub fn repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if !is_printable(c) => {
                let n = c as u32;
                if n < 0x100 {
                    out.push_str(&format!("\\x{n:02x}"));
                } else if n < 0x10000 {
                    out.push_str(&format!("\\u{n:04x}"));
                } else {
                    out.push_str(&format!("\\U{n:08x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// Python's `str.isprintable` for one character: everything but the
/// "Other" and "Separator" general categories (unassigned code points
/// included), except the space. The category table is the crate's
/// Unicode version, which may be newer than CPython 3.13's 15.1.
pub fn is_printable(c: char) -> bool {
    use unicode_general_category::{GeneralCategory as G, get_general_category};
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    !matches!(
        get_general_category(c),
        G::Control
            | G::Format
            | G::Surrogate
            | G::PrivateUse
            | G::Unassigned
            | G::LineSeparator
            | G::ParagraphSeparator
            | G::SpaceSeparator
    )
}

/// A character as Python's backslash escape: `\xe9`, `\u20ac`, `\U0001f600`.
pub fn escape_char(c: char) -> String {
    let n = c as u32;
    if n < 0x100 {
        format!("\\x{n:02x}")
    } else if n < 0x10000 {
        format!("\\u{n:04x}")
    } else {
        format!("\\U{n:08x}")
    }
}

pub fn ascii_escape(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            out.push_str(&escape_char(c));
        }
    }
    out
}

/// The receiver of a str method: the str object itself (a reference, not
/// a copy of its text), read as `&str`.
struct This(Value);

impl std::ops::Deref for This {
    type Target = str;
    fn deref(&self) -> &str {
        self.0.str_value().unwrap_or("")
    }
}

impl std::fmt::Display for This {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self)
    }
}

impl This {
    /// The receiver as a method result: itself when an exact str (as
    /// CPython returns it unchanged), else a plain str of its text.
    fn unchanged(self, vm: &Vm) -> Value {
        match &self.0 {
            Value::Obj(o) if Rc::ptr_eq(o.class(), &vm.types.str) => self.0,
            _ => vm.new_string(self.to_string()),
        }
    }
}

fn this(vm: &Vm, args: &Args, name: &str) -> PyResult<This> {
    match args.args.first() {
        Some(v) if v.as_str().is_some() => Ok(This(v.clone())),
        _ => Err(vm.type_error(format!("descriptor '{name}' requires a 'str' object"))),
    }
}

fn arg_str<'a>(vm: &Vm, args: &'a Args, i: usize, fname: &str) -> PyResult<Option<&'a str>> {
    match args.args.get(i) {
        None | Some(Value::None) => Ok(None),
        Some(v) => match v.str_value() {
            Some(s) => Ok(Some(s)),
            None => Err(vm.type_error(format!("{fname} arg must be None or str"))),
        },
    }
}

/// A size CPython takes as a C `int`.
fn c_int(vm: &Vm, n: i64) -> PyResult<i64> {
    if i32::try_from(n).is_err() {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    }
    Ok(n)
}

fn must_str<'a>(vm: &Vm, v: &'a Value, what: &str) -> PyResult<&'a str> {
    match v.str_value() {
        Some(s) => Ok(s),
        None => Err(vm.type_error(format!("{what}, not {}", vm.type_name(v)))),
    }
}

/// `must_str` for an argument argument clinic checks: its message calls
/// None "None" rather than "NoneType".
fn must_str_arg<'a>(vm: &Vm, v: &'a Value, what: &str) -> PyResult<&'a str> {
    match v.str_value() {
        Some(s) => Ok(s),
        None => Err(vm.type_error(format!("{what}, not {}", vm.arg_type_name(v)))),
    }
}

/// `sep` between the texts of `items`; `Err(i)` names the first item
/// that is not a str.
fn joined(sep: &str, items: &[Value]) -> Result<String, usize> {
    let mut out = String::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(it.str_value().ok_or(i)?);
    }
    Ok(out)
}

fn str_join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "str.join", 1, 1)?;
    let sep = this(vm, &args, "join")?;
    let items = crate::vm::ops::collect_for_join(vm, &args.args[1])?;
    match joined(&sep, &items) {
        Ok(out) => Ok(vm.new_string(out)),
        Err(i) => Err(vm.type_error(format!(
            "sequence item {i}: expected str instance, {} found",
            vm.type_name(&items[i])
        ))),
    }
}

/// The receiver of a shortcut (`FastFn`): a str of the built-in class
/// (a subclass's methods may answer differently).
pub(crate) fn exact_str(v: &Value) -> Option<&str> {
    if v.as_obj()?.class().type_data()?.heap {
        return None;
    }
    v.str_value()
}

/// `sep.join(list_or_tuple_of_str)` (see `FastFn`).
fn join_fast(vm: &mut Vm, args: &[Value]) -> Option<Value> {
    let [sep, items] = args else { return None };
    let sep = exact_str(sep)?;
    let out = match items.payload()? {
        Payload::List(l) => joined(sep, &l.borrow()),
        Payload::Tuple(t) => joined(sep, t),
        _ => return None,
    };
    out.ok().map(|s| vm.new_string(s))
}

/// The pieces of `s` cut at `sep` (runs of whitespace when None), all
/// of them: `split` with no `maxsplit`.
fn split_all(vm: &Vm, s: &str, sep: Option<&str>) -> Vec<Value> {
    match sep {
        // A one-byte separator is found by a byte scan.
        Some(sep) => match sep.as_bytes() {
            [b] if b.is_ascii() => s.split(*b as char).map(|p| vm.new_str(p)).collect(),
            _ => s.split(sep).map(|p| vm.new_str(p)).collect(),
        },
        None => s.split_whitespace().map(|p| vm.new_str(p)).collect(),
    }
}

/// `s.split()` and `s.split(sep)` (see `FastFn`).
fn split_fast(vm: &mut Vm, args: &[Value]) -> Option<Value> {
    let (s, sep) = match args {
        [s] => (exact_str(s)?, None),
        [s, sep] => (
            exact_str(s)?,
            Some(exact_str(sep).filter(|p| !p.is_empty())?),
        ),
        _ => return None,
    };
    let items = split_all(vm, s, sep);
    Some(vm.new_list(items))
}

fn split_impl(vm: &mut Vm, args: Args, right: bool) -> PyResult<Value> {
    let s = this(vm, &args, "split")?;
    let name = if right { "rsplit" } else { "split" };
    let p = args.bind(vm, name, true, &["sep", "maxsplit"], 0, 0)?;
    let sep = match &p[0] {
        None | Some(Value::None) => None,
        Some(v) => Some(must_str(vm, v, "must be str or None")?),
    };
    let maxsplit = match p[1].clone() {
        None => -1,
        Some(v) => vm.index_value(&v)?,
    };
    // The common forms make the items straight from the pieces.
    if maxsplit < 0 && sep.is_none_or(|p| !p.is_empty()) {
        let items = split_all(vm, &s, sep);
        return Ok(vm.new_list(items));
    }
    let parts: Vec<String> = match sep {
        Some(sep) => {
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            if right {
                let mut v: Vec<String> = s
                    .rsplitn(maxsplit as usize + 1, sep)
                    .map(|p| p.to_string())
                    .collect();
                v.reverse();
                v
            } else {
                s.splitn(maxsplit as usize + 1, sep)
                    .map(|p| p.to_string())
                    .collect()
            }
        }
        None => {
            let words: Vec<&str> = s.split_whitespace().collect();
            if maxsplit < 0 || (maxsplit as usize) >= words.len() {
                words.iter().map(|w| w.to_string()).collect()
            } else if !right {
                let mut out = Vec::new();
                let mut rest = s.trim_start();
                for _ in 0..maxsplit {
                    let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
                    out.push(rest[..end].to_string());
                    rest = rest[end..].trim_start();
                }
                if !rest.is_empty() {
                    out.push(rest.to_string());
                }
                out
            } else {
                let mut out = Vec::new();
                let mut rest = s.trim_end();
                for _ in 0..maxsplit {
                    let start = rest
                        .rfind(char::is_whitespace)
                        .map(|p| p + rest[p..].chars().next().map_or(1, |c| c.len_utf8()))
                        .unwrap_or(0);
                    out.push(rest[start..].to_string());
                    rest = rest[..start].trim_end();
                }
                if !rest.is_empty() {
                    out.push(rest.to_string());
                }
                out.reverse();
                out
            }
        }
    };
    let items = parts.into_iter().map(|p| vm.new_string(p)).collect();
    Ok(vm.new_list(items))
}

fn str_split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    split_impl(vm, args, false)
}
fn str_rsplit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    split_impl(vm, args, true)
}

/// `s` without the leading and/or trailing whitespace (or `chars`).
fn stripped<'a>(s: &'a str, chars: Option<&str>, left: bool, right: bool) -> &'a str {
    match chars {
        None => match (left, right) {
            (true, true) => s.trim(),
            (true, false) => s.trim_start(),
            _ => s.trim_end(),
        },
        Some(cs) => {
            let f = |c: char| cs.contains(c);
            match (left, right) {
                (true, true) => s.trim_matches(f),
                (true, false) => s.trim_start_matches(f),
                _ => s.trim_end_matches(f),
            }
        }
    }
}

fn strip_impl(vm: &mut Vm, args: Args, left: bool, right: bool, name: &str) -> PyResult<Value> {
    args.check_method(vm, name, 0, 1)?;
    let s = this(vm, &args, name)?;
    let chars = arg_str(vm, &args, 1, name)?;
    let r = stripped(&s, chars, left, right);
    if r.len() == s.len() {
        return Ok(s.unchanged(vm));
    }
    Ok(vm.new_str(r))
}

/// `strip()`/`lstrip()`/`rstrip()` with no argument or a str one (see
/// `FastFn`).
fn strip_fast(vm: &Vm, args: &[Value], left: bool, right: bool) -> Option<Value> {
    let (recv, chars) = match args {
        [s] => (s, None),
        [s, cs] => (s, Some(exact_str(cs)?)),
        _ => return None,
    };
    let s = exact_str(recv)?;
    let r = stripped(s, chars, left, right);
    Some(if r.len() == s.len() {
        recv.clone()
    } else {
        vm.new_str(r)
    })
}

fn strip_both_fast(vm: &mut Vm, args: &[Value]) -> Option<Value> {
    strip_fast(vm, args, true, true)
}

fn lstrip_fast(vm: &mut Vm, args: &[Value]) -> Option<Value> {
    strip_fast(vm, args, true, false)
}

fn rstrip_fast(vm: &mut Vm, args: &[Value]) -> Option<Value> {
    strip_fast(vm, args, false, true)
}
fn str_strip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, true, true, "strip")
}
fn str_lstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, true, false, "lstrip")
}
fn str_rstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, false, true, "rstrip")
}

/// `str.__str__`: the text as an exact str, whatever the subclass.
fn str_dunder_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "__str__", 0, 0)?;
    Ok(this(vm, &args, "__str__")?.unchanged(vm))
}

fn upper_of(s: &str) -> String {
    if s.is_ascii() {
        s.to_ascii_uppercase()
    } else {
        s.to_uppercase()
    }
}

fn lower_of(s: &str) -> String {
    if s.is_ascii() {
        s.to_ascii_lowercase()
    } else {
        s.to_lowercase()
    }
}

fn str_upper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "upper", 0, 0)?;
    let s = this(vm, &args, "upper")?;
    Ok(vm.new_string(upper_of(&s)))
}
fn str_lower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "lower", 0, 0)?;
    let s = this(vm, &args, "lower")?;
    Ok(vm.new_string(lower_of(&s)))
}

fn upper_fast(vm: &mut Vm, args: &[Value]) -> Option<Value> {
    let [s] = args else { return None };
    Some(vm.new_string(upper_of(exact_str(s)?)))
}

fn lower_fast(vm: &mut Vm, args: &[Value]) -> Option<Value> {
    let [s] = args else { return None };
    Some(vm.new_string(lower_of(exact_str(s)?)))
}
fn str_casefold(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "casefold", 0, 0)?;
    let s = this(vm, &args, "casefold")?;
    Ok(vm.new_string(s.to_lowercase().replace('ß', "ss")))
}
fn str_swapcase(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "swapcase", 0, 0)?;
    let s = this(vm, &args, "swapcase")?;
    let r: String = s
        .chars()
        .flat_map(|c| {
            if c.is_uppercase() {
                c.to_lowercase().collect::<Vec<_>>()
            } else {
                c.to_uppercase().collect()
            }
        })
        .collect();
    Ok(vm.new_string(r))
}
fn str_capitalize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "capitalize", 0, 0)?;
    let s = this(vm, &args, "capitalize")?;
    let mut cs = s.chars();
    let mut r = String::with_capacity(s.len());
    if let Some(f) = cs.next() {
        push_titlecase(&mut r, f);
        let rest = cs.as_str();
        if rest.is_ascii() {
            r.push_str(&rest.to_ascii_lowercase());
        } else {
            r.push_str(&rest.to_lowercase());
        }
    }
    Ok(vm.new_string(r))
}

/// Whether `c` is cased (Unicode's Lowercase, Uppercase or Lt), the test
/// `title()` uses for word starts.
fn is_cased(c: char) -> bool {
    c.is_lowercase() || c.is_uppercase() || is_titlecase(c)
}

/// Append the titlecase mapping of `c`: its uppercase but for the
/// letters Unicode gives a title form of their own (the DŽ digraphs, Greek
/// with ypogegrammeni, Georgian), and for multi-letter uppercases only the
/// first cased letter stays capital (ß -> Ss, ﬁ -> Fi, ŉ -> ʼN).
fn push_titlecase(out: &mut String, c: char) {
    let single = match c as u32 {
        0x1C4..=0x1C6 => Some('\u{1C5}'),
        0x1C7..=0x1C9 => Some('\u{1C8}'),
        0x1CA..=0x1CC => Some('\u{1CB}'),
        0x1F1..=0x1F3 => Some('\u{1F2}'),
        0x10D0..=0x10FF
        | 0x1F88..=0x1F8F
        | 0x1F98..=0x1F9F
        | 0x1FA8..=0x1FAF
        | 0x1FBC
        | 0x1FCC
        | 0x1FFC => Some(c),
        0x1F80..=0x1F87 | 0x1F90..=0x1F97 | 0x1FA0..=0x1FA7 => char::from_u32(c as u32 + 8),
        0x1FB3 => Some('\u{1FBC}'),
        0x1FC3 => Some('\u{1FCC}'),
        0x1FF3 => Some('\u{1FFC}'),
        _ => None,
    };
    if let Some(t) = single {
        out.push(t);
        return;
    }
    let expanded = match c as u32 {
        0x1FB2 => Some("\u{1FBA}\u{345}"),
        0x1FB4 => Some("\u{386}\u{345}"),
        0x1FB7 => Some("\u{391}\u{342}\u{345}"),
        0x1FC2 => Some("\u{1FCA}\u{345}"),
        0x1FC4 => Some("\u{389}\u{345}"),
        0x1FC7 => Some("\u{397}\u{342}\u{345}"),
        0x1FF2 => Some("\u{1FFA}\u{345}"),
        0x1FF4 => Some("\u{38F}\u{345}"),
        0x1FF7 => Some("\u{3A9}\u{342}\u{345}"),
        _ => None,
    };
    if let Some(t) = expanded {
        out.push_str(t);
        return;
    }
    let mut seen_cased = false;
    for u in c.to_uppercase() {
        if seen_cased {
            out.extend(u.to_lowercase());
        } else {
            out.push(u);
            seen_cased = is_cased(u);
        }
    }
}
fn str_title(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "title", 0, 0)?;
    let s = this(vm, &args, "title")?;
    // As CPython: a cased character after a cased one is lowercased,
    // any other is titlecased.
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for c in s.chars() {
        if prev_cased {
            out.extend(c.to_lowercase());
        } else {
            push_titlecase(&mut out, c);
        }
        prev_cased = is_cased(c);
    }
    Ok(vm.new_string(out))
}

fn str_replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.clinic_at_most(vm, "replace", 3)?;
    let n = args.args.len().saturating_sub(1);
    if n < 2 {
        return Err(vm.type_error(format!(
            "replace() takes at least 2 positional arguments ({n} given)"
        )));
    }
    args.check_method(vm, "replace", 2, 3)?;
    let s = this(vm, &args, "replace")?;
    let old = must_str_arg(vm, &args.args[1], "replace() argument 1 must be str")?;
    let new = must_str_arg(vm, &args.args[2], "replace() argument 2 must be str")?;
    let count = match args.args.get(3) {
        Some(v) => vm.index_value(v)?,
        None => -1,
    };
    match replaced(&s, old, new, count) {
        Some(r) => Ok(vm.new_string(r)),
        None => Ok(s.unchanged(vm)),
    }
}

/// `s` with `old` replaced by `new` (at most `count` times when
/// `count >= 0`); None when nothing changes.
fn replaced(s: &str, old: &str, new: &str, count: i64) -> Option<String> {
    if count == 0 || (!old.is_empty() && !s.contains(old)) {
        return None;
    }
    Some(if count < 0 {
        s.replace(old, new)
    } else {
        s.replacen(old, new, count as usize)
    })
}

/// `s.replace(old, new)` (see `FastFn`).
fn replace_fast(vm: &mut Vm, args: &[Value]) -> Option<Value> {
    let [recv, old, new] = args else { return None };
    let s = exact_str(recv)?;
    Some(match replaced(s, exact_str(old)?, exact_str(new)?, -1) {
        Some(r) => vm.new_string(r),
        None => recv.clone(),
    })
}

/// Resolve optional start/end arguments to byte offsets of `s`.
fn range_args(vm: &mut Vm, args: &Args, s: &str, from: usize) -> PyResult<(usize, usize)> {
    if matches!(args.args.get(from), None | Some(Value::None))
        && matches!(args.args.get(from + 1), None | Some(Value::None))
    {
        return Ok((0, s.len()));
    }
    let n = s.chars().count() as i64;
    let norm = |i: i64| -> i64 { if i < 0 { (i + n).max(0) } else { i.min(n) } };
    let start = match args.args.get(from) {
        Some(Value::None) | None => 0,
        Some(v) => norm(vm.index_value(v)?),
    };
    let end = match args.args.get(from + 1) {
        Some(Value::None) | None => n,
        Some(v) => norm(vm.index_value(v)?),
    };
    let to_byte = |ci: i64| {
        s.char_indices()
            .nth(ci as usize)
            .map(|(b, _)| b)
            .unwrap_or(s.len())
    };
    if start > end {
        return Ok((1, 0));
    }
    Ok((to_byte(start), to_byte(end)))
}

fn char_index(s: &str, byte: usize) -> i64 {
    let head = &s[..byte];
    if head.is_ascii() {
        byte as i64
    } else {
        head.chars().count() as i64
    }
}

/// Where `sub` first (or last) occurs in `hay`, as a byte offset. A
/// one-byte needle is a byte scan, without a substring searcher's setup.
fn find_str(hay: &str, sub: &str, right: bool) -> Option<usize> {
    match sub.as_bytes() {
        [b] if b.is_ascii() => {
            let bytes = hay.as_bytes();
            if right {
                bytes.iter().rposition(|c| c == b)
            } else {
                bytes.iter().position(|c| c == b)
            }
        }
        _ if right => hay.rfind(sub),
        _ => hay.find(sub),
    }
}

fn find_impl(vm: &mut Vm, args: Args, right: bool, raise: bool, name: &str) -> PyResult<Value> {
    args.check_method(vm, name, 1, 3)?;
    let s = this(vm, &args, name)?;
    let Some(sub) = args.args[1].str_value() else {
        return Err(vm.type_error(format!(
            "{name}() argument 1 must be str, not {}",
            vm.arg_type_name(&args.args[1])
        )));
    };
    let (a, b) = range_args(vm, &args, &s, 2)?;
    let r = if a > b {
        None
    } else {
        find_str(&s[a..b], sub, right).map(|p| char_index(&s, a + p))
    };
    match r {
        Some(i) => Ok(Value::Int(i)),
        None if raise => Err(vm.value_error("substring not found")),
        None => Ok(Value::Int(-1)),
    }
}
fn str_find(vm: &mut Vm, args: Args) -> PyResult<Value> {
    find_impl(vm, args, false, false, "find")
}
fn str_rfind(vm: &mut Vm, args: Args) -> PyResult<Value> {
    find_impl(vm, args, true, false, "rfind")
}
fn str_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    find_impl(vm, args, false, true, "index")
}
fn str_rindex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    find_impl(vm, args, true, true, "rindex")
}

fn str_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "count", 1, 3)?;
    let s = this(vm, &args, "count")?;
    let sub = must_str_arg(vm, &args.args[1], "count() argument 1 must be str")?;
    let (a, b) = range_args(vm, &args, &s, 2)?;
    if a > b {
        return Ok(Value::Int(0));
    }
    let hay = &s[a..b];
    let n = if sub.is_empty() {
        hay.chars().count() + 1
    } else {
        hay.matches(&sub).count()
    };
    Ok(Value::Int(n as i64))
}

fn affix_impl(vm: &mut Vm, args: Args, end: bool, name: &str) -> PyResult<Value> {
    args.check_method(vm, name, 1, 3)?;
    let s = this(vm, &args, name)?;
    let (a, b) = range_args(vm, &args, &s, 2)?;
    let hay = if a <= b { &s[a..b] } else { "" };
    let test = |p: &str| {
        if end {
            hay.ends_with(p)
        } else {
            hay.starts_with(p)
        }
    };
    let arg = &args.args[1];
    if let Some(p) = arg.str_value() {
        return Ok(Value::bool(test(p)));
    }
    if let Some(Payload::Tuple(t)) = arg.payload() {
        for it in t.iter() {
            match it.str_value() {
                Some(p) => {
                    if test(p) {
                        return Ok(Value::TRUE);
                    }
                }
                None => {
                    return Err(vm.type_error(format!(
                        "tuple for {name} must only contain str, not {}",
                        vm.type_name(it)
                    )));
                }
            }
        }
        return Ok(Value::FALSE);
    }
    Err(vm.type_error(format!(
        "{name} first arg must be str or a tuple of str, not {}",
        vm.type_name(arg)
    )))
}
/// `startswith`/`endswith` of one str by another (see `FastFn`).
fn affix_fast(args: &[Value], end: bool) -> Option<Value> {
    let [s, p] = args else { return None };
    let (s, p) = (s.str_value()?, p.str_value()?);
    Some(Value::bool(if end {
        s.ends_with(p)
    } else {
        s.starts_with(p)
    }))
}

fn startswith_fast(_vm: &mut Vm, args: &[Value]) -> Option<Value> {
    affix_fast(args, false)
}

fn endswith_fast(_vm: &mut Vm, args: &[Value]) -> Option<Value> {
    affix_fast(args, true)
}

fn str_startswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix_impl(vm, args, false, "startswith")
}
fn str_endswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix_impl(vm, args, true, "endswith")
}

macro_rules! str_pred {
    ($fname:ident, $pyname:literal, $test:expr) => {
        fn $fname(vm: &mut Vm, args: Args) -> PyResult<Value> {
            args.check_method(vm, $pyname, 0, 0)?;
            let s = this(vm, &args, $pyname)?;
            let f: fn(&str) -> bool = $test;
            Ok(Value::bool(f(&s)))
        }
    };
}
str_pred!(str_isdigit, "isdigit", |s| !s.is_empty()
    && s.chars().all(
        |c| c.is_ascii_digit() || c.is_numeric() && !c.is_alphabetic()
    ));
str_pred!(str_isdecimal, "isdecimal", |s| !s.is_empty()
    && s.chars().all(|c| c.is_ascii_digit()));
str_pred!(str_isnumeric, "isnumeric", |s| !s.is_empty()
    && s.chars().all(|c| c.is_numeric()));
str_pred!(str_isalpha, "isalpha", |s| !s.is_empty()
    && s.chars().all(|c| c.is_alphabetic()));
str_pred!(str_isalnum, "isalnum", |s| !s.is_empty()
    && s.chars().all(|c| c.is_alphanumeric()));
str_pred!(str_isspace, "isspace", |s| !s.is_empty()
    && s.chars().all(|c| c.is_whitespace()));
str_pred!(str_isascii, "isascii", |s| s.is_ascii());
str_pred!(str_isupper, "isupper", |s| s
    .chars()
    .any(|c| c.is_uppercase())
    && !s.chars().any(|c| c.is_lowercase()));
str_pred!(str_islower, "islower", |s| s
    .chars()
    .any(|c| c.is_lowercase())
    && !s.chars().any(|c| c.is_uppercase()));
str_pred!(str_isprintable, "isprintable", |s| s
    .chars()
    .all(is_printable));
str_pred!(str_isidentifier, "isidentifier", |s| {
    let mut cs = s.chars();
    match cs.next() {
        Some(c) if c == '_' || c.is_alphabetic() => cs.all(|c| c == '_' || c.is_alphanumeric()),
        _ => false,
    }
});
str_pred!(str_istitle, "istitle", |s| {
    let mut prev_cased = false;
    let mut any = false;
    for c in s.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            any = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            any = true;
        } else {
            prev_cased = false;
        }
    }
    any
});

fn pad_impl(vm: &mut Vm, args: Args, name: &str, align: char) -> PyResult<Value> {
    args.check_method(vm, name, 1, 2)?;
    let s = this(vm, &args, name)?;
    let width = vm.index_value(&args.args[1])?;
    vm.check_alloc(width, 4)?;
    let fill = match args.args.get(2) {
        Some(v) => {
            let f = must_str(vm, v, "The fill character must be a unicode character")?;
            if f.chars().count() != 1 {
                return Err(vm.type_error("The fill character must be exactly one character long"));
            }
            f.chars().next().unwrap_or(' ')
        }
        None => ' ',
    };
    let n = s.chars().count() as i64;
    if width <= n {
        return Ok(s.unchanged(vm));
    }
    let total = (width - n) as usize;
    let (l, r) = match align {
        '<' => (0, total),
        '>' => (total, 0),
        _ => {
            let left = total / 2 + (total & width as usize & 1);
            (left, total - left)
        }
    };
    let fs = fill.to_string();
    Ok(vm.new_string(format!("{}{}{}", fs.repeat(l), s, fs.repeat(r))))
}
fn str_center(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad_impl(vm, args, "center", '^')
}
fn str_ljust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad_impl(vm, args, "ljust", '<')
}
fn str_rjust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad_impl(vm, args, "rjust", '>')
}

fn str_zfill(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "zfill", 1, 1)?;
    let s = this(vm, &args, "zfill")?;
    let width = vm.index_value(&args.args[1])?;
    vm.check_alloc(width, 1)?;
    let n = s.chars().count() as i64;
    if width <= n {
        return Ok(s.unchanged(vm));
    }
    let pad = "0".repeat((width - n) as usize);
    let r = if s.starts_with('-') || s.starts_with('+') {
        format!("{}{}{}", &s[..1], pad, &s[1..])
    } else {
        format!("{pad}{s}")
    };
    Ok(vm.new_string(r))
}

fn partition_impl(vm: &mut Vm, args: Args, right: bool) -> PyResult<Value> {
    args.check_method(vm, if right { "rpartition" } else { "partition" }, 1, 1)?;
    let s = this(vm, &args, "partition")?;
    let sep = must_str(vm, &args.args[1], "must be str")?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let found = find_str(&s, sep, right);
    let t = match found {
        Some(p) => vec![
            vm.new_str(&s[..p]),
            args.args[1].clone(),
            vm.new_str(&s[p + sep.len()..]),
        ],
        // Not found: the receiver itself (even a subclass instance) beside
        // two empty strs, as CPython does.
        None if right => vec![vm.new_str(""), vm.new_str(""), s.0.clone()],
        None => vec![s.0.clone(), vm.new_str(""), vm.new_str("")],
    };
    Ok(vm.new_tuple(t))
}
fn str_partition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, false)
}
fn str_rpartition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, true)
}

fn str_splitlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "splitlines")?;
    let p = args.bind(vm, "splitlines", true, &["keepends"], 0, 0)?;
    let keep = match &p[0] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if matches!(
            c,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        ) {
            let mut end = c.to_string();
            if c == '\r' && chars.peek() == Some(&'\n') {
                chars.next();
                end.push('\n');
            }
            if keep {
                cur.push_str(&end);
            }
            out.push(vm.new_string(std::mem::take(&mut cur)));
        } else {
            cur.push(c);
        }
    }
    if !cur.is_empty() {
        out.push(vm.new_string(cur));
    }
    Ok(vm.new_list(out))
}

fn str_encode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "encode")?;
    let (encoding, errors) = crate::types::codecs::codec_args(vm, &args, "encode")?;
    let b = crate::types::codecs::encode(vm, &s, &encoding, &errors)?;
    Ok(vm.new_bytes(b))
}

fn str_expandtabs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "expandtabs")?;
    let p = args.bind(vm, "expandtabs", true, &["tabsize"], 0, 0)?;
    let size = match &p[0] {
        Some(v) => {
            let n = vm.index_value(v)?;
            c_int(vm, n)?.max(0) as usize
        }
        None => 8,
    };
    let mut out = String::new();
    let mut col = 0;
    for c in s.chars() {
        match c {
            '\t' => {
                if size > 0 {
                    let n = size - col % size;
                    out.push_str(&" ".repeat(n));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(vm.new_string(out))
}

fn str_removeprefix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "removeprefix", 1, 1)?;
    let s = this(vm, &args, "removeprefix")?;
    let p = must_str_arg(
        vm,
        args.args.get(1).unwrap_or(&Value::None),
        "removeprefix() argument must be str",
    )?;
    Ok(vm.new_str(s.strip_prefix(p).unwrap_or(&s)))
}
fn str_removesuffix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "removesuffix", 1, 1)?;
    let s = this(vm, &args, "removesuffix")?;
    let p = must_str_arg(
        vm,
        args.args.get(1).unwrap_or(&Value::None),
        "removesuffix() argument must be str",
    )?;
    Ok(vm.new_str(s.strip_suffix(p).unwrap_or(&s)))
}

fn str_format(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "format")?;
    let pos: Vec<Value> = args.args.drain(1..).collect();
    let kw = std::mem::take(&mut args.kwargs);
    let r = format_template(vm, &s, &pos, &kw, None)?;
    Ok(vm.new_string(r))
}

fn str_format_map(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "format_map", 1, 1)?;
    let s = this(vm, &args, "format_map")?;
    let m = args.args.get(1).cloned().unwrap_or(Value::None);
    let r = format_template(vm, &s, &[], &[], Some(&m))?;
    Ok(vm.new_string(r))
}

fn str_mod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = args.args[0].clone();
    let a = args.args.get(1).cloned().unwrap_or(Value::None);
    percent_format(vm, &f, &a)
}

fn str_dunder_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.args.first().cloned().unwrap_or(Value::None);
    let spec = args.args.get(1).cloned().unwrap_or_else(|| vm.new_str(""));
    crate::builtins::format(vm, &v, &spec)
}

fn str_translate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "translate", 1, 1)?;
    let s = this(vm, &args, "translate")?;
    let table = args.args.get(1).cloned().unwrap_or(Value::None);
    let mut out = String::new();
    for c in s.chars() {
        match vm.getitem(&table, &Value::Int(c as i64)) {
            Ok(Value::None) => {}
            Ok(Value::Int(n)) => out.extend(char::from_u32(n as u32)),
            Ok(v) => out.push_str(v.str_value().unwrap_or("")),
            Err(e) if vm.err_is(&e, "LookupError") => out.push(c),
            Err(e) => return Err(e),
        }
    }
    Ok(vm.new_string(out))
}

fn str_getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "__getnewargs__")?;
    let v = vm.new_string(s.to_string());
    Ok(vm.new_tuple(vec![v]))
}

/// `str.maketrans(x[, y[, z]])`: a table for `str.translate`.
fn str_maketrans(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "maketrans", 1, 3)?;
    let table = vm.new_dict_obj(crate::object::Dict::new());
    let tv = Value::Obj(table.clone());
    if args.len() == 1 {
        let Some(Payload::Dict(d)) = args.args[0].payload() else {
            return Err(
                vm.type_error("if you give only one argument to maketrans it must be a dict")
            );
        };
        let pairs: Vec<(Value, Value)> = d
            .borrow()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect();
        for (k, v) in pairs {
            let key = match k.str_value() {
                Some(ks) if ks.chars().count() == 1 => {
                    Value::Int(ks.chars().next().map_or(0, |c| c as i64))
                }
                Some(_) => {
                    return Err(
                        vm.value_error("string keys in translate table must be of length 1")
                    );
                }
                None if matches!(k, Value::Int(_)) => k,
                None => {
                    return Err(
                        vm.type_error("keys in translate table must be strings or integers")
                    );
                }
            };
            vm.setitem(&tv, &key, v)?;
        }
        return Ok(tv);
    }
    let (Some(x), Some(y)) = (args.args[0].str_value(), args.args[1].str_value()) else {
        let bad = if args.args[0].as_str().is_none() {
            0
        } else {
            1
        };
        return Err(vm.type_error(format!(
            "maketrans() argument {} must be str, not {}",
            bad + 1,
            vm.arg_type_name(&args.args[bad])
        )));
    };
    let (x, y) = (x.to_string(), y.to_string());
    if x.chars().count() != y.chars().count() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (a, b) in x.chars().zip(y.chars()) {
        vm.setitem(&tv, &Value::Int(a as i64), Value::Int(b as i64))?;
    }
    if let Some(z) = args.get(2) {
        let Some(z) = z.str_value().map(|z| z.to_string()) else {
            return Err(vm.type_error(format!(
                "maketrans() argument 3 must be str, not {}",
                vm.arg_type_name(z)
            )));
        };
        for c in z.chars() {
            vm.setitem(&tv, &Value::Int(c as i64), Value::None)?;
        }
    }
    Ok(tv)
}

pub static METHODS: &[NativeFunc] = &[
    native!(
        "__str__",
        str_dunder_str,
        "Return str(self).",
        sig = "($self, /)"
    ),
    native!(
        "maketrans",
        str_maketrans,
        "Return a translation table for str.translate: from a dict of characters or code points, from two equal-length strings, and optionally a string of characters to delete.",
        sig = "(x, y=<unrepresentable>, z=<unrepresentable>, /)",
        staticmethod
    ),
    native!(
        "join",
        str_join,
        "Concatenate the strings of an iterable, with this string between them.",
        sig = "($self, iterable, /)"
    )
    .with_fast(join_fast),
    native!(
        "split",
        str_split,
        "Split the string at sep (default: runs of whitespace), at most maxsplit times.",
        sig = "($self, /, sep=None, maxsplit=-1)"
    )
    .with_fast(split_fast),
    native!(
        "rsplit",
        str_rsplit,
        "Split the string from the right at sep, at most maxsplit times.",
        sig = "($self, /, sep=None, maxsplit=-1)"
    ),
    native!(
        "strip",
        str_strip,
        "Remove leading and trailing whitespace (or the given characters).",
        sig = "($self, chars=None, /)"
    )
    .with_fast(strip_both_fast),
    native!(
        "lstrip",
        str_lstrip,
        "Remove leading whitespace (or the given characters).",
        sig = "($self, chars=None, /)"
    )
    .with_fast(lstrip_fast),
    native!(
        "rstrip",
        str_rstrip,
        "Remove trailing whitespace (or the given characters).",
        sig = "($self, chars=None, /)"
    )
    .with_fast(rstrip_fast),
    native!(
        "upper",
        str_upper,
        "Return the string converted to uppercase.",
        sig = "($self, /)"
    )
    .with_fast(upper_fast),
    native!(
        "lower",
        str_lower,
        "Return the string converted to lowercase.",
        sig = "($self, /)"
    )
    .with_fast(lower_fast),
    native!(
        "casefold",
        str_casefold,
        "Return a version of the string for caseless comparison.",
        sig = "($self, /)"
    ),
    native!(
        "swapcase",
        str_swapcase,
        "Swap uppercase characters to lowercase and the reverse.",
        sig = "($self, /)"
    ),
    native!(
        "capitalize",
        str_capitalize,
        "Uppercase the first character and lowercase the rest.",
        sig = "($self, /)"
    ),
    native!(
        "title",
        str_title,
        "Uppercase the first letter of every word, lowercase the rest.",
        sig = "($self, /)"
    ),
    native!(
        "replace",
        str_replace,
        "Replace occurrences of old with new, at most count times.",
        sig = "($self, old, new, /, count=-1)"
    )
    .with_fast(replace_fast),
    native!(
        "find",
        str_find,
        "Lowest index of sub in the string (within start:end), or -1.",
        sig = "($self, sub[, start[, end]], /)"
    ),
    native!(
        "rfind",
        str_rfind,
        "Highest index of sub in the string (within start:end), or -1.",
        sig = "($self, sub[, start[, end]], /)"
    ),
    native!(
        "index",
        str_index,
        "Like find(), but raise ValueError when sub is not found.",
        sig = "($self, sub[, start[, end]], /)"
    ),
    native!(
        "rindex",
        str_rindex,
        "Like rfind(), but raise ValueError when sub is not found.",
        sig = "($self, sub[, start[, end]], /)"
    ),
    native!(
        "count",
        str_count,
        "Number of non-overlapping occurrences of sub.",
        sig = "($self, sub[, start[, end]], /)"
    ),
    native!(
        "startswith",
        str_startswith,
        "Whether the string starts with prefix (or one of a tuple of prefixes).",
        sig = "($self, prefix[, start[, end]], /)"
    )
    .with_fast(startswith_fast),
    native!(
        "endswith",
        str_endswith,
        "Whether the string ends with suffix (or one of a tuple of suffixes).",
        sig = "($self, suffix[, start[, end]], /)"
    )
    .with_fast(endswith_fast),
    native!(
        "isdigit",
        str_isdigit,
        "Whether every character is a digit (and there is at least one).",
        sig = "($self, /)"
    ),
    native!(
        "isdecimal",
        str_isdecimal,
        "Whether every character is a decimal digit.",
        sig = "($self, /)"
    ),
    native!(
        "isnumeric",
        str_isnumeric,
        "Whether every character is numeric.",
        sig = "($self, /)"
    ),
    native!(
        "isalpha",
        str_isalpha,
        "Whether every character is alphabetic.",
        sig = "($self, /)"
    ),
    native!(
        "isalnum",
        str_isalnum,
        "Whether every character is alphanumeric.",
        sig = "($self, /)"
    ),
    native!(
        "isspace",
        str_isspace,
        "Whether every character is whitespace.",
        sig = "($self, /)"
    ),
    native!(
        "isascii",
        str_isascii,
        "Whether every character is ASCII.",
        sig = "($self, /)"
    ),
    native!(
        "isupper",
        str_isupper,
        "Whether all cased characters are uppercase.",
        sig = "($self, /)"
    ),
    native!(
        "islower",
        str_islower,
        "Whether all cased characters are lowercase.",
        sig = "($self, /)"
    ),
    native!(
        "istitle",
        str_istitle,
        "Whether the string is titlecased.",
        sig = "($self, /)"
    ),
    native!(
        "isprintable",
        str_isprintable,
        "Whether every character is printable.",
        sig = "($self, /)"
    ),
    native!(
        "isidentifier",
        str_isidentifier,
        "Whether the string is a valid Python identifier.",
        sig = "($self, /)"
    ),
    native!(
        "center",
        str_center,
        "Center the string in a field of the given width.",
        sig = "($self, width, fillchar=' ', /)"
    ),
    native!(
        "ljust",
        str_ljust,
        "Left-justify the string in a field of the given width.",
        sig = "($self, width, fillchar=' ', /)"
    ),
    native!(
        "rjust",
        str_rjust,
        "Right-justify the string in a field of the given width.",
        sig = "($self, width, fillchar=' ', /)"
    ),
    native!(
        "zfill",
        str_zfill,
        "Pad a numeric string with zeros on the left.",
        sig = "($self, width, /)"
    ),
    native!(
        "partition",
        str_partition,
        "Split at the first sep into (head, sep, tail).",
        sig = "($self, sep, /)"
    ),
    native!(
        "rpartition",
        str_rpartition,
        "Split at the last sep into (head, sep, tail).",
        sig = "($self, sep, /)"
    ),
    native!(
        "splitlines",
        str_splitlines,
        "Split at line boundaries, optionally keeping the line ends.",
        sig = "($self, /, keepends=False)"
    ),
    native!(
        "encode",
        str_encode,
        "Encode the string (UTF-8) into bytes.",
        sig = "($self, /, encoding='utf-8', errors='strict')"
    ),
    native!(
        "expandtabs",
        str_expandtabs,
        "Replace tab characters with spaces to the next tab stop.",
        sig = "($self, /, tabsize=8)"
    ),
    native!(
        "removeprefix",
        str_removeprefix,
        "Return the string without the given prefix, if present.",
        sig = "($self, prefix, /)"
    ),
    native!(
        "removesuffix",
        str_removesuffix,
        "Return the string without the given suffix, if present.",
        sig = "($self, suffix, /)"
    ),
    native!(
        "format",
        str_format,
        "Format the string, replacing {} fields with the arguments.",
        sig = "($self, /, *args, **kwargs)"
    ),
    native!(
        "format_map",
        str_format_map,
        "Format the string with fields looked up in a mapping.",
        sig = "($self, mapping, /)"
    ),
    native!(
        "translate",
        str_translate,
        "Map every character through a translation table.",
        sig = "($self, table, /)"
    ),
    native!("__mod__", str_mod, "Return self % value."),
    native!(
        "__format__",
        str_dunder_format,
        "Format the string according to a format spec.",
        sig = "($self, format_spec, /)"
    ),
    native!(
        "__getnewargs__",
        str_getnewargs,
        "Return the arguments that recreate this string.",
        sig = "($self, /)"
    ),
];

/// `str(x)` / `str(bytes, encoding)` and str subclasses.
pub fn construct(
    vm: &mut Vm,
    cls: &crate::object::ObjRef,
    args: &[Value],
    kwargs: &[(Value, Value)],
) -> PyResult<Value> {
    // `str(x)`, the common form: an exact str is itself (as in CPython).
    if let ([x], []) = (args, kwargs)
        && Rc::ptr_eq(cls, &vm.types.str)
    {
        if let Value::Obj(o) = x
            && Rc::ptr_eq(o.class(), &vm.types.str)
        {
            return Ok(x.clone());
        }
        let s = vm.str_string(x)?;
        return Ok(vm.new_string(s));
    }
    // Without keywords CPython counts before its argument clinic does.
    if kwargs.is_empty() && args.len() > 3 {
        return Err(vm.type_error(format!(
            "str expected at most 3 arguments, got {}",
            args.len()
        )));
    }
    let p = crate::vm::native::Args {
        args: args.to_vec(),
        kwargs: kwargs.to_vec(),
    }
    .bind(vm, "str", false, &["object", "encoding", "errors"], 0, 0)?;
    let text_arg = |i: usize, default: &str| -> PyResult<Option<String>> {
        match &p[i] {
            None => Ok(None),
            Some(v) => match v.str_value() {
                Some(s) => Ok(Some(s.to_string())),
                None => Err(vm.type_error(format!(
                    "str() argument '{}' must be str, not {}",
                    ["object", "encoding", "errors"][i],
                    vm.type_name(v)
                ))),
            },
        }
        .map(|o| o.or_else(|| (p[1].is_some() || p[2].is_some()).then(|| default.to_string())))
    };
    let encoding = text_arg(1, "utf-8")?;
    let errors = text_arg(2, "strict")?;
    let s = match (&p[0], encoding) {
        (None, _) => String::new(),
        (Some(x), Some(enc)) => {
            let data = match x.payload() {
                Some(Payload::Bytes(_) | Payload::ByteArray(_) | Payload::MemoryView(_)) => {
                    crate::types::bytes::bytes_of(vm, x)?
                }
                Some(Payload::Str(_)) => {
                    return Err(vm.type_error("decoding str is not supported"));
                }
                _ => {
                    return Err(vm.type_error(format!(
                        "decoding to str: need a bytes-like object, {} found",
                        vm.type_name(x)
                    )));
                }
            };
            let errors = errors.unwrap_or_else(|| "strict".to_string());
            crate::types::codecs::decode(vm, &data, &enc, &errors)?
        }
        (Some(x), None) => vm.str_string(x)?,
    };
    if std::rc::Rc::ptr_eq(cls, &vm.types.str) {
        return Ok(vm.new_string(s));
    }
    let dict = if cls.type_data().is_some_and(|t| t.has_dict) {
        Some(vm.new_attr_dict(0))
    } else {
        None
    };
    Ok(Value::Obj(crate::object::PyObject::new(
        cls.clone(),
        dict,
        Payload::Str(crate::object::PyStr::from_string(s)),
    )))
}

/// Unicode titlecase letters (category Lt), which `is_uppercase` misses.
fn is_titlecase(c: char) -> bool {
    matches!(c as u32, 0x1C5 | 0x1C8 | 0x1CB | 0x1F2 | 0x1F88..=0x1F8F | 0x1F98..=0x1F9F | 0x1FA8..=0x1FAF | 0x1FBC | 0x1FCC | 0x1FFC)
}

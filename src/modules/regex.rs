//! The engine under the `re` module: fancy-regex (backtracking, so
//! backreferences and lookarounds work), with Python's pattern syntax
//! translated where the two differ and positions in code points.

use crate::native;
use crate::object::{Payload, PyObject, Value};
use crate::vm::native::{Args, NativeFunc};
use crate::vm::{PyResult, Vm};
use std::cell::OnceCell;

pub struct RegexData {
    pub regex: fancy_regex::Regex,
    /// The pattern anchored at both ends, for `fullmatch`.
    pub full: OnceCell<Option<fancy_regex::Regex>>,
    pub translated: String,
    pub flags: i64,
    pub names: Vec<(String, usize)>,
    pub groups: usize,
}

const IGNORECASE: i64 = 2;
const MULTILINE: i64 = 8;
const DOTALL: i64 = 16;
const VERBOSE: i64 = 64;
const ASCII: i64 = 256;

/// Rewrite Python-only syntax into fancy-regex syntax.
fn translate(p: &str) -> String {
    let mut out = String::with_capacity(p.len());
    let chars: Vec<char> = p.chars().collect();
    let mut i = 0;
    let mut in_class = false;
    while i < chars.len() {
        let c = chars[i];
        if c == '\\' && i + 1 < chars.len() {
            let n = chars[i + 1];
            match n {
                'Z' if !in_class => out.push_str("\\z"),
                _ => {
                    out.push('\\');
                    out.push(n);
                }
            }
            i += 2;
            continue;
        }
        if in_class {
            if c == ']' {
                in_class = false;
            }
            out.push(c);
            i += 1;
            continue;
        }
        if c == '[' {
            in_class = true;
            out.push(c);
            // A leading ']' or '^]' is literal in Python.
            if chars.get(i + 1) == Some(&'^') {
                out.push('^');
                i += 1;
            }
            if chars.get(i + 1) == Some(&']') {
                out.push_str("\\]");
                i += 1;
            }
            i += 1;
            continue;
        }
        if c == '('
            && chars.get(i + 1) == Some(&'?')
            && chars.get(i + 2).is_some_and(|f| "aiLmsux-".contains(*f))
        {
            // Inline flags: fancy-regex has no a/L/u (ASCII, locale,
            // unicode), so drop those letters and keep the rest.
            let mut j = i + 2;
            let mut kept = String::new();
            while let Some(&f) = chars.get(j) {
                if f == ':' || f == ')' {
                    break;
                }
                if !"aLu".contains(f) {
                    kept.push(f);
                }
                j += 1;
            }
            match chars.get(j) {
                Some(':') => {
                    out.push_str(&format!("(?{}:", kept.trim_end_matches('-')));
                    i = j + 1;
                    continue;
                }
                Some(')') => {
                    let kept = kept.trim_end_matches('-');
                    if !kept.is_empty() {
                        out.push_str(&format!("(?{kept})"));
                    }
                    i = j + 1;
                    continue;
                }
                _ => {}
            }
        }
        if c == '('
            && chars.get(i + 1) == Some(&'?')
            && chars.get(i + 2) == Some(&'P')
            && chars.get(i + 3) == Some(&'=')
        {
            // (?P=name) -> \k<name>
            let end = chars[i..]
                .iter()
                .position(|&x| x == ')')
                .map(|p| p + i)
                .unwrap_or(chars.len());
            let name: String = chars[i + 4..end].iter().collect();
            out.push_str(&format!("\\k<{name}>"));
            i = end + 1;
            continue;
        }
        out.push(c);
        i += 1;
    }
    out
}

fn build(vm: &Vm, pattern: &str, flags: i64) -> PyResult<fancy_regex::Regex> {
    let mut b = fancy_regex::RegexBuilder::new(pattern);
    b.case_insensitive(flags & IGNORECASE != 0)
        .multi_line(flags & MULTILINE != 0)
        .dot_matches_new_line(flags & DOTALL != 0)
        .ignore_whitespace(flags & VERBOSE != 0)
        .unicode_mode(flags & ASCII == 0);
    b.build()
        .map_err(|e| vm.new_error("ValueError", format!("bad regular expression: {e}")))
}

fn compile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pattern = args
        .args
        .first()
        .and_then(|v| v.str_value())
        .unwrap_or("")
        .to_string();
    let flags = args
        .args
        .get(1)
        .and_then(crate::types::int::as_i64)
        .unwrap_or(0);
    let translated = translate(&pattern);
    let regex = build(vm, &translated, flags)?;
    let names: Vec<(String, usize)> = regex
        .capture_names()
        .enumerate()
        .filter_map(|(i, n)| n.map(|n| (n.to_string(), i)))
        .collect();
    let groups = regex.captures_len().saturating_sub(1);
    let data = RegexData {
        regex,
        full: OnceCell::new(),
        translated,
        flags,
        names,
        groups,
    };
    Ok(Value::Obj(PyObject::new(
        vm.types.object.clone(),
        None,
        Payload::Regex(Box::new(data)),
    )))
}

/// Code-point index -> byte offset, and back, for one string.
struct Positions<'a> {
    s: &'a str,
    ascii: bool,
}

impl Positions<'_> {
    fn byte(&self, ci: usize) -> usize {
        if self.ascii {
            return ci.min(self.s.len());
        }
        self.s
            .char_indices()
            .nth(ci)
            .map(|(b, _)| b)
            .unwrap_or(self.s.len())
    }
    fn char(&self, bi: usize) -> usize {
        if self.ascii {
            return bi;
        }
        self.s[..bi.min(self.s.len())].chars().count()
    }
}

/// `_re.search(pattern, string, pos, endpos, mode)`: mode 0 search,
/// 1 match at pos, 2 fullmatch. Returns a flat list of group spans
/// (-1 for groups that did not take part) or None.
fn search(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Payload::Regex(rd)) = args.args.first().and_then(|v| v.payload()) else {
        return Err(vm.type_error("expected a compiled pattern"));
    };
    let text = args
        .args
        .get(1)
        .and_then(|v| v.str_value())
        .unwrap_or("")
        .to_string();
    let ascii = text.is_ascii();
    let nchars = if ascii {
        text.len()
    } else {
        text.chars().count()
    };
    let pos = args
        .args
        .get(2)
        .and_then(crate::types::int::as_i64)
        .unwrap_or(0)
        .clamp(0, nchars as i64) as usize;
    let endpos = args
        .args
        .get(3)
        .and_then(crate::types::int::as_i64)
        .unwrap_or(nchars as i64)
        .clamp(0, nchars as i64) as usize;
    let mode = args
        .args
        .get(4)
        .and_then(crate::types::int::as_i64)
        .unwrap_or(0);
    let posmap = Positions { s: &text, ascii };
    let hay = &text[..posmap.byte(endpos)];
    let start_b = posmap.byte(pos);
    let regex = if mode == 2 {
        let full = rd
            .full
            .get_or_init(|| build(vm, &format!("(?:{})\\z", rd.translated), rd.flags).ok());
        match full {
            Some(r) => r,
            None => return Ok(Value::None),
        }
    } else {
        &rd.regex
    };
    let caps = match regex.captures_from_pos(hay, start_b) {
        Ok(Some(c)) => c,
        Ok(None) => return Ok(Value::None),
        Err(e) => return Err(vm.runtime_error(format!("regular expression failed: {e}"))),
    };
    let whole = caps.get(0).map(|m| (m.start(), m.end())).unwrap_or((0, 0));
    if mode >= 1 && whole.0 != start_b {
        return Ok(Value::None);
    }
    let mut spans = Vec::with_capacity(caps.len() * 2);
    for i in 0..caps.len() {
        match caps.get(i) {
            Some(m) => {
                spans.push(Value::Int(posmap.char(m.start()) as i64));
                spans.push(Value::Int(posmap.char(m.end()) as i64));
            }
            None => {
                spans.push(Value::Int(-1));
                spans.push(Value::Int(-1));
            }
        }
    }
    Ok(vm.new_list(spans))
}

fn info(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Payload::Regex(rd)) = args.args.first().and_then(|v| v.payload()) else {
        return Err(vm.type_error("expected a compiled pattern"));
    };
    let names: Vec<(String, usize)> = rd.names.clone();
    let groups = rd.groups;
    let d = vm.new_dict_obj(crate::object::Dict::new());
    for (n, i) in names {
        vm.dict_set_str(&d, &n, Value::Int(i as i64));
    }
    Ok(vm.new_tuple(vec![Value::Int(groups as i64), Value::Obj(d)]))
}

pub static FUNCS: &[NativeFunc] = &[
    native!(
        "compile",
        compile,
        "Compile a pattern with flags into an engine object."
    ),
    native!(
        "search",
        search,
        "Search a string; return the group spans of a match, or None."
    ),
    native!(
        "info",
        info,
        "Return (number of groups, name -> group index) of a pattern."
    ),
];

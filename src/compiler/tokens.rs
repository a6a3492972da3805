//! The errors CPython's tokenizer reports: brackets that are unmatched,
//! mismatched or never closed, strings never terminated, nesting past 200.
//! CPython checks the whole source this way when its parser can only say
//! "invalid syntax", and reports the tokenizer's error instead; we do the
//! same after a generic parse error.

use super::CompileError;
use ruff_text_size::{TextRange, TextSize};

/// CPython's tokenizer refuses more than 200 nested brackets; checking this
/// up front also keeps the recursive-descent parser off deep inputs.
pub fn check_nesting(source: &str) -> Result<(), CompileError> {
    match scan(source, true) {
        Some(e) if e.message == TOO_DEEP => Err(e),
        _ => Ok(()),
    }
}

/// The tokenizer error in `source` that replaces a generic syntax error
/// reported at `error`, if there is one. An unclosed bracket counts when
/// the parser ran into the end of the source (nothing but blanks follow
/// the error) or the error is on a later line than the bracket, as in
/// CPython.
pub fn tokenizer_error(source: &str, error: TextRange) -> Option<CompileError> {
    let e = scan(source, false)?;
    if e.message.ends_with("was never closed") {
        let bracket = u32::from(e.range.start()) as usize;
        let (start, end) = (
            u32::from(error.start()) as usize,
            u32::from(error.end()) as usize,
        );
        let at_end = source.get(end..).is_none_or(|rest| rest.trim().is_empty());
        if !at_end && line_of(source, start) <= line_of(source, bracket) {
            return None;
        }
    }
    Some(e)
}

const TOO_DEEP: &str = "too many nested parentheses";

fn at(offset: usize, len: usize) -> TextRange {
    TextRange::new(
        TextSize::from(offset as u32),
        TextSize::from((offset + len) as u32),
    )
}

fn line_of(source: &str, offset: usize) -> usize {
    source.as_bytes()[..offset.min(source.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// One pass over the source, skipping comments and string literals: the
/// first bracket or string error (or only the nesting limit, with
/// `depth_only`).
fn scan(source: &str, depth_only: bool) -> Option<CompileError> {
    let bytes = source.as_bytes();
    let mut open: Vec<(u8, usize)> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b'#' => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'"' | b'\'' => {
                let start = i;
                let q = b;
                let triple = i + 2 < bytes.len() && bytes[i + 1] == q && bytes[i + 2] == q;
                if triple {
                    i += 3;
                    loop {
                        if i + 2 >= bytes.len() {
                            if depth_only {
                                return None;
                            }
                            // The last line holding text (a final newline
                            // starts no new line for CPython here).
                            let end = if source.ends_with('\n') {
                                bytes.len() - 1
                            } else {
                                bytes.len()
                            };
                            let line = line_of(source, end);
                            return Some(CompileError::syntax(
                                format!(
                                    "unterminated triple-quoted string literal (detected at line {line})"
                                ),
                                at(string_start(bytes, start), 1),
                            ));
                        }
                        if bytes[i] == q && bytes[i + 1] == q && bytes[i + 2] == q {
                            i += 3;
                            break;
                        }
                        if bytes[i] == b'\\' {
                            i += 1;
                        }
                        i += 1;
                    }
                } else {
                    i += 1;
                    loop {
                        if i >= bytes.len() || bytes[i] == b'\n' {
                            if depth_only {
                                return None;
                            }
                            let line = line_of(source, start);
                            return Some(CompileError::syntax(
                                format!("unterminated string literal (detected at line {line})"),
                                at(string_start(bytes, start), 1),
                            ));
                        }
                        if bytes[i] == q {
                            i += 1;
                            break;
                        }
                        if bytes[i] == b'\\' {
                            i += 1;
                        }
                        i += 1;
                    }
                }
                continue;
            }
            b'(' | b'[' | b'{' => {
                open.push((b, i));
                if open.len() > 200 {
                    return Some(CompileError::syntax(TOO_DEEP, at(i, 1)));
                }
            }
            b')' | b']' | b'}' if !depth_only => {
                let Some((o, pos)) = open.pop() else {
                    return Some(CompileError::syntax(
                        format!("unmatched '{}'", b as char),
                        at(i, 0),
                    ));
                };
                let expected = match o {
                    b'(' => b')',
                    b'[' => b']',
                    _ => b'}',
                };
                if b != expected {
                    let (here, there) = (line_of(source, i), line_of(source, pos));
                    let whose = if here == there {
                        String::new()
                    } else {
                        format!(" on line {there}")
                    };
                    return Some(CompileError::syntax(
                        format!(
                            "closing parenthesis '{}' does not match opening parenthesis '{}'{whose}",
                            b as char, o as char
                        ),
                        at(i, 0),
                    ));
                }
            }
            b')' | b']' | b'}' => {
                open.pop();
            }
            _ => {}
        }
        i += 1;
    }
    if depth_only {
        return None;
    }
    let (o, pos) = open.pop()?;
    Some(CompileError::syntax(
        format!("'{}' was never closed", o as char),
        at(pos, 1),
    ))
}

/// Where a string literal starts, counting its prefix (`f"`, `rb'`, ...).
fn string_start(bytes: &[u8], quote: usize) -> usize {
    let mut s = quote;
    while s > 0 && bytes[s - 1].is_ascii_alphabetic() && quote - (s - 1) <= 2 {
        s -= 1;
    }
    s
}

/// CPython's "invalid syntax. Perhaps you forgot a comma?": inside
/// brackets, an expression directly followed by another (`[1, 2 3]`,
/// `f(a b)`), except a name followed by a string and a soft keyword
/// first. The range runs from the first expression to the second.
pub fn missing_comma(source: &str, error: TextRange) -> Option<CompileError> {
    let bytes = source.as_bytes();
    let (b_start, b_end) = (
        u32::from(error.start()) as usize,
        u32::from(error.end()) as usize,
    );
    if b_start >= bytes.len() || depth_at(source, b_start) == 0 {
        return None;
    }
    let first = bytes[b_start];
    let starts_expr = first.is_ascii_alphanumeric()
        || matches!(
            first,
            b'_' | b'"' | b'\'' | b'(' | b'[' | b'{' | b'-' | b'+' | b'~'
        )
        || first >= 0x80;
    if !starts_expr {
        return None;
    }
    // The expression before: back over blanks and comments, then over one
    // primary (names, numbers, attribute dots, strings, bracketed groups)
    // and the unary operators in front of it.
    let a_end = skip_back_blank(source, b_start);
    let mut a_start = back_over_primary(bytes, a_end)?;
    if a_start == a_end {
        return None;
    }
    let a = &source[a_start..a_end];
    loop {
        let before = skip_back_blank(source, a_start);
        let word_start = back_over_word(bytes, before);
        match &source[word_start..before] {
            "not" | "await" => a_start = word_start,
            "" if before > 0 && matches!(bytes[before - 1], b'-' | b'+' | b'~') => {
                let prev = skip_back_blank(source, before - 1);
                // A sign, not a binary operator: nothing operand-like before.
                let binary = prev > 0
                    && (bytes[prev - 1].is_ascii_alphanumeric()
                        || matches!(bytes[prev - 1], b')' | b']' | b'}' | b'_' | b'"' | b'\''));
                if binary {
                    break;
                }
                a_start = before - 1;
            }
            _ => break,
        }
    }
    // A keyword argument's value or a comprehension's iterable: CPython
    // gives no hint there.
    let before = skip_back_blank(source, a_start);
    let word = &source[back_over_word(bytes, before)..before];
    let b_end = forward_over_primary(bytes, b_start).max(b_end);
    let assigns = |at: usize| {
        bytes.get(at) == Some(&b'=')
            && bytes.get(at + 1) != Some(&b'=')
            && !(at > 0 && matches!(bytes[at - 1], b'=' | b'!' | b'<' | b'>'))
    };
    let after_b = b_end + source[b_end..].len() - source[b_end..].trim_start().len();
    // (`f(a=1 b=2)` does get the hint: the next keyword argument follows.)
    if word == "in" || (before > 0 && assigns(before - 1) && !assigns(after_b)) {
        return None;
    }
    let is_name = a
        .bytes()
        .all(|c| c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80)
        && !a.as_bytes()[0].is_ascii_digit();
    let b_is_string = matches!(first, b'"' | b'\'')
        || (first.is_ascii_alphabetic()
            && source[b_start..]
                .bytes()
                .take_while(|c| c.is_ascii_alphabetic())
                .count()
                <= 2
            && source[b_start..]
                .bytes()
                .find(|c| !c.is_ascii_alphabetic())
                .is_some_and(|c| c == b'"' || c == b'\''));
    const KEYWORDS: &[&str] = &[
        "match", "case", "type", "_", "and", "or", "not", "in", "is", "if", "else", "for",
        "lambda", "await", "async", "yield", "from", "import", "as", "return", "del", "pass",
    ];
    if (is_name && b_is_string) || KEYWORDS.contains(&a) {
        return None;
    }
    Some(CompileError::syntax(
        "invalid syntax. Perhaps you forgot a comma?",
        TextRange::new(TextSize::from(a_start as u32), TextSize::from(b_end as u32)),
    ))
}

/// Back from `end` over whitespace and whole-line comments.
fn skip_back_blank(source: &str, end: usize) -> usize {
    let bytes = source.as_bytes();
    let mut i = end;
    loop {
        while i > 0 && bytes[i - 1].is_ascii_whitespace() {
            i -= 1;
        }
        // A comment on the line ending here: continue before its '#'.
        let line_start = source[..i].rfind('\n').map_or(0, |p| p + 1);
        match source[line_start..i].find('#') {
            Some(h) if !source[line_start..line_start + h].contains(['"', '\'']) => {
                i = line_start + h;
            }
            _ => return i,
        }
    }
}

/// Back from `end` over one primary expression; None if a group does not
/// balance.
pub(crate) fn back_over_primary(bytes: &[u8], end: usize) -> Option<usize> {
    let mut start = end;
    while let Some(&c) = start.checked_sub(1).and_then(|i| bytes.get(i)) {
        if c.is_ascii_alphanumeric() || c == b'_' || c == b'.' || c >= 0x80 {
            start -= 1;
        } else if matches!(c, b')' | b']' | b'}' | b'"' | b'\'') {
            start = group_start(bytes, start - 1)?;
        } else {
            break;
        }
    }
    Some(start)
}

fn back_over_word(bytes: &[u8], end: usize) -> usize {
    let mut start = end;
    while start > 0 && (bytes[start - 1].is_ascii_alphanumeric() || bytes[start - 1] == b'_') {
        start -= 1;
    }
    start
}

/// Forward from `start` over one primary expression (as far as it
/// balances within the line).
fn forward_over_primary(bytes: &[u8], start: usize) -> usize {
    let mut i = start;
    while i < bytes.len() {
        let c = bytes[i];
        if c.is_ascii_alphanumeric() || c == b'_' || c == b'.' || c >= 0x80 {
            i += 1;
        } else if matches!(c, b'"' | b'\'') {
            match bytes[i + 1..].iter().position(|&b| b == c) {
                Some(p) => i += p + 2,
                None => return i,
            }
        } else if matches!(c, b'(' | b'[' | b'{') {
            let close = match c {
                b'(' => b')',
                b'[' => b']',
                _ => b'}',
            };
            let mut depth = 0usize;
            let mut j = i;
            while j < bytes.len() {
                if bytes[j] == c {
                    depth += 1;
                } else if bytes[j] == close {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                j += 1;
            }
            if j >= bytes.len() {
                return i;
            }
            i = j + 1;
        } else {
            break;
        }
    }
    i
}

/// How many brackets are open at byte `offset` (strings and comments
/// skipped).
fn depth_at(source: &str, offset: usize) -> usize {
    let prefix = &source[..offset.min(source.len())];
    let bytes = prefix.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'#' => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            q @ (b'"' | b'\'') => {
                i += 1;
                while i < bytes.len() && bytes[i] != q {
                    if bytes[i] == b'\\' {
                        i += 1;
                    }
                    i += 1;
                }
            }
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    depth
}

/// The start of the bracketed group or string that ends at byte `close`.
fn group_start(bytes: &[u8], close: usize) -> Option<usize> {
    let c = bytes[close];
    if matches!(c, b'"' | b'\'') {
        let open = bytes[..close].iter().rposition(|&b| b == c)?;
        return Some(string_start(bytes, open));
    }
    let opener = match c {
        b')' => b'(',
        b']' => b'[',
        _ => b'{',
    };
    let mut depth = 0usize;
    let mut i = close + 1;
    while i > 0 {
        i -= 1;
        if bytes[i] == c {
            depth += 1;
        } else if bytes[i] == opener {
            depth -= 1;
            if depth == 0 {
                return Some(i);
            }
        }
    }
    None
}

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
                        at(i, 1),
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
                        at(i, 1),
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

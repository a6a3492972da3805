//! The source line and caret line under each traceback entry, drawn by
//! CPython 3.13's rules: `^` marks the failing expression; for a binary
//! operation, subscript or call, `~` marks the operands and `^` the
//! operator or brackets. Carets are left out when they would only
//! underline the whole line.

use crate::bytecode::Position;
use ruff_python_ast::{Expr, Stmt};
use ruff_text_size::Ranged;

/// The indented source line (and carets, when they say something) for an
/// instruction starting on `line` of `raw` spanning `pos`.
pub fn source_display(raw: &str, line: u32, pos: Option<Position>) -> String {
    let text = raw.trim_end_matches(['\n', '\r']);
    let shown = text.trim();
    let mut out = format!("    {shown}\n");
    let Some(pos) = pos.filter(|p| p.end_line == line && p.end_col > p.col) else {
        return out;
    };
    let (col, end) = (pos.col as usize, pos.end_col as usize);
    let Some(segment) = text.get(col..end) else {
        return out;
    };
    // Work in the dedented line, in byte offsets until the caret line.
    let indent = text.len() - text.trim_start().len();
    let (start, stop) = (col.saturating_sub(indent), end.saturating_sub(indent));
    if stop > shown.len() {
        return out;
    }
    let anchors = anchors(segment).map(|(a, b)| (start + a, start + b));
    if !should_show(shown, start, stop, anchors.is_some()) {
        return out;
    }
    let mut carets = String::from("    ");
    for (i, _) in shown.char_indices() {
        if i >= stop {
            break;
        }
        carets.push(match anchors {
            _ if i < start => ' ',
            Some((a, b)) if i < a || i >= b => '~',
            _ => '^',
        });
    }
    out.push_str(carets.trim_end());
    out.push('\n');
    out
}

/// Byte range within `segment` to mark with `^` when the expression is a
/// binary operation (its operator), a subscript or a call (its brackets).
fn anchors(segment: &str) -> Option<(usize, usize)> {
    let wrapped = format!("(\n{segment}\n)");
    let parsed = ruff_python_parser::parse_expression(&wrapped).ok()?;
    // Offsets in `wrapped` are two bytes past those in `segment`.
    let at = |o: ruff_text_size::TextSize| (u32::from(o) as usize).checked_sub(2);
    let bytes = segment.as_bytes();
    let skip_until = |mut i: usize, stop: &dyn Fn(u8) -> bool| {
        while i < bytes.len() && !stop(bytes[i]) {
            i += 1;
        }
        (i < bytes.len()).then_some(i)
    };
    match parsed.expr() {
        Expr::BinOp(b) => {
            let op = skip_until(at(b.left.end())?, &|c| {
                !c.is_ascii_whitespace() && c != b')'
            })?;
            let right = at(b.right.start())?;
            let mut op_end = op + 1;
            if op_end < right
                && bytes
                    .get(op_end)
                    .is_some_and(|c| !c.is_ascii_whitespace() && *c != b'\\' && *c != b'#')
            {
                op_end += 1;
            }
            Some((op, op_end))
        }
        Expr::Subscript(s) => Some((
            skip_until(at(s.value.end())?, &|c| c == b'[')?,
            at(s.end())?,
        )),
        Expr::Call(c) => Some((skip_until(at(c.func.end())?, &|c| c == b'(')?, at(c.end())?)),
        _ => None,
    }
}

/// CPython's choice: `return f(x)` and `y = f(x)` whose call is the whole
/// value get no carets; otherwise carets show when there are anchors or the
/// marked range is not the whole line.
fn should_show(line: &str, start: usize, stop: usize, anchored: bool) -> bool {
    if let Ok(parsed) = ruff_python_parser::parse_module(line) {
        let value = match parsed.suite().first() {
            Some(Stmt::Return(r)) => r
                .value
                .as_deref()
                .filter(|v| matches!(v, Expr::Call(c) if c.func.is_name_expr())),
            Some(Stmt::Assign(a)) if a.targets.len() == 1 && a.targets[0].is_name_expr() => {
                Some(&*a.value).filter(|v| v.is_call_expr())
            }
            _ => None,
        };
        if let Some(v) = value {
            let (s, e) = (u32::from(v.start()) as usize, u32::from(v.end()) as usize);
            if s == start && e == stop {
                return false;
            }
        }
    }
    anchored || !line[..start].trim().is_empty() || !line[stop..].trim().is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(raw: &str, col: u32, end_col: u32) -> String {
        source_display(
            raw,
            1,
            Some(Position {
                end_line: 1,
                col,
                end_col,
            }),
        )
    }

    #[test]
    fn binary_operator_is_anchored() {
        assert_eq!(
            show("    x = a / b", 8, 13),
            "    x = a / b\n        ~~^~~\n"
        );
        assert_eq!(show("1/0", 0, 3), "    1/0\n    ~^~\n");
        assert_eq!(
            show("x = a ** b", 4, 10),
            "    x = a ** b\n        ~~^^~~\n"
        );
    }

    #[test]
    fn calls_and_subscripts_mark_their_brackets() {
        assert_eq!(show("h()", 0, 3), "    h()\n    ~^^\n");
        assert_eq!(
            show("return x[5]", 7, 11),
            "    return x[5]\n           ~^^^\n"
        );
    }

    #[test]
    fn whole_line_and_whole_value_calls_get_none() {
        assert_eq!(show("raise ValueError", 0, 16), "    raise ValueError\n");
        assert_eq!(show("return f(x)", 7, 11), "    return f(x)\n");
        assert_eq!(show("y = f(x)", 4, 8), "    y = f(x)\n");
        assert_eq!(
            show("return name", 7, 11),
            "    return name\n           ^^^^\n"
        );
    }
}

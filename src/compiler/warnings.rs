//! The compile-time `SyntaxWarning`s CPython prints for suspicious source:
//! invalid escape sequences in string and bytes literals, `is` against a
//! literal, and calling a literal ("perhaps you missed a comma?").

use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

/// One warning: where (a source range) and the message.
pub struct SyntaxWarning {
    pub range: TextRange,
    pub message: String,
}

/// The warnings for a module body, in source order.
pub fn collect(body: &[Stmt], source: &str) -> Vec<SyntaxWarning> {
    let mut v = Collector {
        source,
        escapes: Vec::new(),
        found: Vec::new(),
    };
    for s in body {
        v.visit_stmt(s);
    }
    // The tokenizer's escape warnings come before the compiler's.
    v.escapes.sort_by_key(|w| w.range.start());
    v.escapes.extend(v.found);
    v.escapes
}

struct Collector<'s> {
    source: &'s str,
    escapes: Vec<SyntaxWarning>,
    found: Vec<SyntaxWarning>,
}

/// The type name CPython's message gives a literal, if `e` is one.
fn literal_type(e: &Expr) -> Option<&'static str> {
    Some(match e {
        Expr::NumberLiteral(n) => match n.value {
            ast::Number::Int(_) => "int",
            ast::Number::Float(_) => "float",
            ast::Number::Complex { .. } => "complex",
        },
        Expr::StringLiteral(_) | Expr::FString(_) => "str",
        Expr::BytesLiteral(_) => "bytes",
        Expr::NoneLiteral(_) => "NoneType",
        Expr::BooleanLiteral(_) => "bool",
        Expr::EllipsisLiteral(_) => "ellipsis",
        Expr::Tuple(_) => "tuple",
        Expr::List(_) | Expr::ListComp(_) => "list",
        Expr::Dict(_) | Expr::DictComp(_) => "dict",
        Expr::Set(_) | Expr::SetComp(_) => "set",
        Expr::Generator(_) => "generator",
        _ => return None,
    })
}

impl Collector<'_> {
    /// The first invalid escape in a non-raw literal's source text.
    fn check_escapes(&mut self, range: TextRange, bytes: bool) {
        let start = u32::from(range.start()) as usize;
        let end = u32::from(range.end()) as usize;
        let Some(text) = self.source.get(start..end) else {
            return;
        };
        let body = text.trim_start_matches(|c: char| c.is_ascii_alphabetic());
        let mut chars = body.chars().peekable();
        while let Some(c) = chars.next() {
            if c != '\\' {
                continue;
            }
            let Some(&next) = chars.peek() else {
                return;
            };
            chars.next();
            let valid = matches!(
                next,
                '\n' | '\r' | '\\' | '\'' | '"' | 'a' | 'b' | 'f' | 'n' | 'r' | 't' | 'v' | 'x'
            ) || next.is_digit(8)
                || (!bytes && matches!(next, 'N' | 'u' | 'U'));
            if !valid {
                self.escapes.push(SyntaxWarning {
                    range,
                    message: format!("invalid escape sequence '\\{next}'"),
                });
                return;
            }
        }
    }
}

impl<'a> Visitor<'a> for Collector<'_> {
    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::StringLiteral(s) => {
                for part in s.value.iter() {
                    if !part.flags.prefix().is_raw() {
                        self.check_escapes(part.range, false);
                    }
                }
            }
            Expr::BytesLiteral(b) => {
                for part in b.value.iter() {
                    if !part.flags.prefix().is_raw() {
                        self.check_escapes(part.range, true);
                    }
                }
            }
            Expr::Compare(c) => {
                let mut left = &*c.left;
                for (op, right) in c.ops.iter().zip(c.comparators.iter()) {
                    let (word, instead) = match op {
                        ast::CmpOp::Is => ("is", "=="),
                        ast::CmpOp::IsNot => ("is not", "!="),
                        _ => {
                            left = right;
                            continue;
                        }
                    };
                    let literal = [left, right].into_iter().find_map(|e| match e {
                        Expr::NoneLiteral(_)
                        | Expr::BooleanLiteral(_)
                        | Expr::EllipsisLiteral(_) => None,
                        // Only constants count (CPython's `check_is_arg`).
                        Expr::Tuple(_)
                        | Expr::List(_)
                        | Expr::Dict(_)
                        | Expr::Set(_)
                        | Expr::FString(_) => None,
                        _ => literal_type(e),
                    });
                    if let Some(t) = literal {
                        self.found.push(SyntaxWarning {
                            range: c.range,
                            message: format!(
                                "\"{word}\" with '{t}' literal. Did you mean \"{instead}\"?"
                            ),
                        });
                    }
                    left = right;
                }
            }
            Expr::Call(c) => {
                if let Some(t) = literal_type(&c.func) {
                    self.found.push(SyntaxWarning {
                        range: c.range(),
                        message: format!(
                            "'{t}' object is not callable; perhaps you missed a comma?"
                        ),
                    });
                }
            }
            _ => {}
        }
        visitor::walk_expr(self, expr);
    }
}

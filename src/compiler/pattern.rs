//! Code generation for `match` statements.
//!
//! `compile_pattern(p, fail)`: the value to match is on top of the stack
//! and is consumed; on success the code falls through, on failure it jumps
//! to `fail`, in both cases with the rest of the stack as it was.

use super::{CompileError, Compiler, FBlock, Label, NameOp};
use crate::bytecode::{CmpOp, Constant, Instr, intrinsic};
use ruff_python_ast::{self as ast, Pattern};
use std::rc::Rc;

type R = Result<(), CompileError>;

impl<'a> Compiler<'a> {
    pub fn compile_match(&mut self, m: &'a ast::StmtMatch) -> R {
        self.compile_expr(&m.subject)?;
        let end = self.new_label();
        for case in &m.cases {
            self.set_line(case.pattern_range());
            let next = self.new_label();
            self.emit(Instr::Dup);
            self.unit().depth += 1;
            self.compile_pattern(&case.pattern, next)?;
            if let Some(g) = &case.guard {
                self.compile_jump_if(g, false, next)?;
            }
            self.emit(Instr::Pop);
            self.unit().depth -= 1;
            self.compile_body(&case.body)?;
            self.jump(Instr::Jump, end);
            self.bind(next);
        }
        self.emit(Instr::Pop);
        self.bind(end);
        let _ = FBlock::PopValue;
        Ok(())
    }

    /// A label that pops `n` items and then jumps to `fail`; its code is
    /// emitted by the returned closure-free helper `emit_cleanups`.
    fn cleanup_labels(&mut self, n: usize) -> Vec<Label> {
        (0..=n).map(|_| self.new_label()).collect()
    }

    /// Emit `labels[k]: pop k items; jump fail`, sharing the pops.
    fn emit_cleanups(&mut self, labels: &[Label], fail: Label) {
        for k in (1..labels.len()).rev() {
            self.bind(labels[k]);
            self.emit(Instr::Pop);
        }
        self.bind(labels[0]);
        self.jump(Instr::Jump, fail);
    }

    pub fn compile_pattern(&mut self, p: &'a Pattern, fail: Label) -> R {
        match p {
            Pattern::MatchValue(v) => {
                self.compile_expr(&v.value)?;
                self.emit(Instr::Compare(CmpOp::Eq));
                self.jump(Instr::PopJumpIfFalse, fail);
            }
            Pattern::MatchSingleton(s) => {
                self.load_const(match s.value {
                    ast::Singleton::None => Constant::None,
                    ast::Singleton::True => Constant::Bool(true),
                    ast::Singleton::False => Constant::Bool(false),
                });
                self.emit(Instr::IsOp(0));
                self.jump(Instr::PopJumpIfFalse, fail);
            }
            Pattern::MatchAs(a) => match (&a.pattern, &a.name) {
                (None, None) => {
                    self.emit(Instr::Pop);
                }
                (None, Some(n)) => self.name_op(&n.id, NameOp::Store),
                (Some(sub), name) => {
                    let cleanup = self.cleanup_labels(1);
                    let ok = self.new_label();
                    self.emit(Instr::Dup);
                    self.compile_pattern(sub, cleanup[1])?;
                    match name {
                        Some(n) => self.name_op(&n.id, NameOp::Store),
                        None => {
                            self.emit(Instr::Pop);
                        }
                    }
                    self.jump(Instr::Jump, ok);
                    self.emit_cleanups(&cleanup, fail);
                    self.bind(ok);
                }
            },
            Pattern::MatchOr(o) => {
                let ok = self.new_label();
                let n = o.patterns.len();
                for (i, alt) in o.patterns.iter().enumerate() {
                    if i + 1 < n {
                        let next = self.new_label();
                        self.emit(Instr::Dup);
                        self.compile_pattern(alt, next)?;
                        self.emit(Instr::Pop);
                        self.jump(Instr::Jump, ok);
                        self.bind(next);
                    } else {
                        self.compile_pattern(alt, fail)?;
                    }
                }
                self.bind(ok);
            }
            Pattern::MatchSequence(s) => self.compile_sequence_pattern(&s.patterns, fail)?,
            Pattern::MatchStar(s) => match &s.name {
                Some(n) => self.name_op(&n.id, NameOp::Store),
                None => {
                    self.emit(Instr::Pop);
                }
            },
            Pattern::MatchMapping(m) => self.compile_mapping_pattern(m, fail)?,
            Pattern::MatchClass(c) => self.compile_class_pattern(c, fail)?,
        }
        Ok(())
    }

    fn compile_sequence_pattern(&mut self, pats: &'a [Pattern], fail: Label) -> R {
        let n = pats.len();
        let star = pats.iter().position(|p| matches!(p, Pattern::MatchStar(_)));
        let cleanup = self.cleanup_labels(n.max(1));
        let ok = self.new_label();
        self.emit(Instr::Dup);
        self.emit(Instr::MatchSequence);
        self.jump(Instr::PopJumpIfFalse, cleanup[1]);
        self.emit(Instr::Dup);
        self.emit(Instr::GetLen);
        match star {
            Some(_) => {
                self.load_const(Constant::Int(n as i64 - 1));
                self.emit(Instr::Compare(CmpOp::Ge));
            }
            None => {
                self.load_const(Constant::Int(n as i64));
                self.emit(Instr::Compare(CmpOp::Eq));
            }
        }
        self.jump(Instr::PopJumpIfFalse, cleanup[1]);
        match star {
            Some(i) => {
                let after = n - i - 1;
                self.emit(Instr::UnpackEx(i as u32 | ((after as u32) << 16)));
            }
            None => {
                self.emit(Instr::UnpackSequence(n as u32));
            }
        }
        for (k, sub) in pats.iter().enumerate() {
            let remaining = n - k - 1;
            self.compile_pattern(sub, cleanup[remaining])?;
        }
        self.jump(Instr::Jump, ok);
        self.emit_cleanups(&cleanup, fail);
        self.bind(ok);
        Ok(())
    }

    fn compile_mapping_pattern(&mut self, m: &'a ast::PatternMatchMapping, fail: Label) -> R {
        let n = m.keys.len();
        let cleanup = self.cleanup_labels(n + 3);
        let ok = self.new_label();
        self.emit(Instr::Dup);
        self.emit(Instr::MatchMapping);
        self.jump(Instr::PopJumpIfFalse, cleanup[1]);
        if n > 0 {
            self.emit(Instr::Dup);
            self.emit(Instr::GetLen);
            self.load_const(Constant::Int(n as i64));
            self.emit(Instr::Compare(CmpOp::Ge));
            self.jump(Instr::PopJumpIfFalse, cleanup[1]);
        }
        for k in &m.keys {
            self.compile_expr(k)?;
        }
        self.emit(Instr::BuildTuple(n as u32));
        self.emit(Instr::MatchKeys); // [x, keys, values|None]
        self.emit(Instr::Dup);
        self.jump(Instr::PopJumpIfNone, cleanup[3]);
        self.emit(Instr::UnpackSequence(n as u32));
        for (k, sub) in m.patterns.iter().enumerate() {
            let remaining = n - k - 1;
            self.compile_pattern(sub, cleanup[remaining + 2])?;
        }
        match &m.rest {
            Some(r) => {
                self.emit(Instr::Intrinsic(intrinsic::DICT_WITHOUT_KEYS));
                self.name_op(&r.id, NameOp::Store);
            }
            None => {
                self.emit(Instr::Pop);
                self.emit(Instr::Pop);
            }
        }
        self.jump(Instr::Jump, ok);
        self.emit_cleanups(&cleanup, fail);
        self.bind(ok);
        Ok(())
    }

    fn compile_class_pattern(&mut self, c: &'a ast::PatternMatchClass, fail: Label) -> R {
        let npos = c.arguments.patterns.len();
        let nkw = c.arguments.keywords.len();
        let total = npos + nkw;
        let cleanup = self.cleanup_labels(total.max(1));
        let ok = self.new_label();
        self.compile_expr(&c.cls)?;
        let names: Vec<Constant> = c
            .arguments
            .keywords
            .iter()
            .map(|k| Constant::Str(Rc::from(k.attr.id.as_str())))
            .collect();
        self.load_const(Constant::Tuple(names.into()));
        self.emit(Instr::MatchClass(npos as u32));
        self.emit(Instr::Dup);
        self.jump(Instr::PopJumpIfNone, cleanup[1]);
        self.emit(Instr::UnpackSequence(total as u32));
        let subs = c
            .arguments
            .patterns
            .iter()
            .chain(c.arguments.keywords.iter().map(|k| &k.pattern));
        for (k, sub) in subs.enumerate() {
            let remaining = total - k - 1;
            self.compile_pattern(sub, cleanup[remaining])?;
        }
        self.jump(Instr::Jump, ok);
        self.emit_cleanups(&cleanup, fail);
        self.bind(ok);
        let _ = intrinsic::TYPEVAR;
        Ok(())
    }
}

trait PatternRange {
    fn pattern_range(&self) -> ruff_text_size::TextRange;
}

impl PatternRange for ast::MatchCase {
    fn pattern_range(&self) -> ruff_text_size::TextRange {
        use ruff_text_size::Ranged;
        self.pattern.range()
    }
}

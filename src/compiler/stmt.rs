//! Code generation for statements.

use super::symtable::ScopeKind;
use super::{CompileError, Compiler, FBlock, Label, Mode, NameOp};
use crate::bytecode::{BinOp, Constant, Instr, code_flags, make_fn};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};
use std::rc::Rc;

type R = Result<(), CompileError>;

pub(crate) fn docstring(body: &[Stmt]) -> Option<&str> {
    if let Some(Stmt::Expr(e)) = body.first()
        && let Expr::StringLiteral(s) = &*e.value
    {
        return Some(s.value.to_str());
    }
    None
}

fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::AnnAssign(_) => true,
        Stmt::If(i) => {
            has_annotations(&i.body) || i.elif_else_clauses.iter().any(|c| has_annotations(&c.body))
        }
        Stmt::For(f) => has_annotations(&f.body) || has_annotations(&f.orelse),
        Stmt::While(w) => has_annotations(&w.body) || has_annotations(&w.orelse),
        Stmt::With(w) => has_annotations(&w.body),
        Stmt::Try(t) => {
            has_annotations(&t.body)
                || has_annotations(&t.orelse)
                || has_annotations(&t.finalbody)
                || t.handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    has_annotations(&h.body)
                })
        }
        _ => false,
    })
}

impl<'a> Compiler<'a> {
    pub fn compile_module_body(&mut self, body: &'a [Stmt]) -> R {
        if has_annotations(body) {
            self.emit(Instr::SetupAnnotations);
        }
        let mut rest = body;
        if self.mode == Mode::Exec
            && let Some(doc) = docstring(body)
        {
            self.set_line(body[0].range());
            self.load_const(Constant::Str(Rc::from(doc)));
            let n = self.name_idx("__doc__");
            self.emit(Instr::StoreName(n));
            rest = &body[1..];
        }
        self.compile_body(rest)?;
        self.load_const(Constant::None);
        self.emit(Instr::ReturnValue);
        Ok(())
    }

    pub fn compile_body(&mut self, body: &'a [Stmt]) -> R {
        for s in body {
            self.compile_stmt(s)?;
        }
        Ok(())
    }

    pub fn compile_stmt(&mut self, s: &'a Stmt) -> R {
        self.set_line(s.range());
        match s {
            Stmt::Expr(e) => {
                if self.mode == Mode::Single && self.scope().kind == ScopeKind::Module {
                    self.compile_expr(&e.value)?;
                    self.emit(Instr::Intrinsic(crate::bytecode::intrinsic::PRINT_EXPR));
                    self.emit(Instr::Pop);
                } else if is_constant_expr(&e.value) {
                    // Constant expression statements compile to nothing.
                } else {
                    self.compile_expr(&e.value)?;
                    self.emit(Instr::Pop);
                }
            }
            Stmt::Assign(a) if swap_assign(a).is_some() => {
                // `a, b = x, y` (2 or 3 names): the values are pushed and
                // reversed in place, no tuple built and unpacked (as
                // CPython's compiler does).
                let (targets, values) = swap_assign(a).unwrap_or_default();
                for v in values {
                    self.compile_expr(v)?;
                }
                self.emit(Instr::Swap(values.len() as u32));
                for t in targets {
                    self.compile_store(t)?;
                }
            }
            Stmt::Assign(a) => {
                self.compile_expr(&a.value)?;
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < a.targets.len() {
                        self.emit(Instr::Dup);
                    }
                    self.compile_store(t)?;
                }
            }
            Stmt::AugAssign(a) => self.compile_augassign(a)?,
            Stmt::AnnAssign(a) => self.compile_annassign(a)?,
            Stmt::Pass(_) => {}
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.compile_delete(t)?;
                }
            }
            Stmt::If(i) => self.compile_if(i)?,
            Stmt::While(w) => self.compile_while(w)?,
            Stmt::For(f) => {
                if f.is_async {
                    self.compile_async_for(f)?
                } else {
                    self.compile_for(f)?
                }
            }
            Stmt::Break(b) => self.compile_break(b.range)?,
            Stmt::Continue(c) => self.compile_continue(c.range)?,
            Stmt::Return(r) => self.compile_return(r)?,
            Stmt::FunctionDef(f) => self.compile_function_def(f)?,
            Stmt::ClassDef(c) => self.compile_class_def(c)?,
            Stmt::Global(_) | Stmt::Nonlocal(_) => {}
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.compile_expr(e)?;
                    n = 1;
                    if let Some(c) = &r.cause {
                        self.compile_expr(c)?;
                        n = 2;
                    }
                }
                self.emit(Instr::Raise(n));
            }
            Stmt::Assert(a) => {
                let end = self.new_label();
                self.compile_jump_if(&a.test, true, end)?;
                // A failed assert is reported at its test, as in CPython.
                self.set_line(a.test.range());
                self.emit(Instr::LoadAssertionError);
                if let Some(m) = &a.msg {
                    self.compile_expr(m)?;
                    self.emit(Instr::Call(1));
                }
                self.emit(Instr::Raise(1));
                self.bind(end);
            }
            Stmt::Import(i) => self.compile_import(i)?,
            Stmt::ImportFrom(i) => self.compile_import_from(i)?,
            Stmt::Try(t) => {
                if t.finalbody.is_empty() {
                    self.compile_try_except(t)?;
                } else {
                    self.compile_try_finally(t)?;
                }
            }
            Stmt::With(w) => self.compile_with(w, 0)?,
            Stmt::Match(m) => self.compile_match(m)?,
            Stmt::TypeAlias(t) => self.compile_type_alias(t)?,
            Stmt::IpyEscapeCommand(c) => return self.error("invalid syntax", c.range),
        }
        Ok(())
    }

    fn compile_augassign(&mut self, a: &'a ast::StmtAugAssign) -> R {
        let op = binop(a.op);
        match &*a.target {
            Expr::Name(n) => {
                self.name_op(&n.id, NameOp::Load);
                self.compile_expr(&a.value)?;
                self.emit(Instr::InplaceOp(op));
                self.name_op(&n.id, NameOp::Store);
            }
            Expr::Attribute(at) => {
                self.compile_expr(&at.value)?;
                self.emit(Instr::Dup);
                let name = self.mangle(&at.attr.id);
                let idx = self.name_idx(&name);
                self.emit(Instr::LoadAttr(idx));
                self.compile_expr(&a.value)?;
                self.emit(Instr::InplaceOp(op));
                self.emit(Instr::Rot2);
                self.emit(Instr::StoreAttr(idx));
            }
            Expr::Subscript(sub) => {
                self.compile_expr(&sub.value)?;
                self.compile_expr(&sub.slice)?;
                self.emit(Instr::Copy(2));
                self.emit(Instr::Copy(2));
                self.emit(Instr::BinarySubscr);
                self.compile_expr(&a.value)?;
                self.emit(Instr::InplaceOp(op));
                self.emit(Instr::Rot3);
                self.emit(Instr::StoreSubscr);
            }
            other => {
                return self.error(
                    "'expression' is an illegal expression for augmented assignment",
                    other.range(),
                );
            }
        }
        Ok(())
    }

    fn compile_annassign(&mut self, a: &'a ast::StmtAnnAssign) -> R {
        if let Some(v) = &a.value {
            self.compile_expr(v)?;
            self.compile_store(&a.target)?;
        }
        let kind = self.scope().kind;
        if let Expr::Name(n) = &*a.target {
            if a.simple && matches!(kind, ScopeKind::Module | ScopeKind::Class) {
                self.compile_annotation(&a.annotation)?;
                let ann = self.name_idx("__annotations__");
                self.emit(Instr::LoadName(ann));
                let name = self.mangle(&n.id);
                self.load_const(Constant::Str(Rc::from(name.as_str())));
                self.emit(Instr::StoreSubscr);
            }
        } else if matches!(kind, ScopeKind::Module | ScopeKind::Class) {
            // Complex targets: evaluate the annotation for its side effects
            // (not under PEP 563, where annotations are never run).
            if self.annotation_source.is_none() {
                self.compile_expr(&a.annotation)?;
                self.emit(Instr::Pop);
            }
        }
        Ok(())
    }

    fn compile_if(&mut self, i: &'a ast::StmtIf) -> R {
        let end = self.new_label();
        let mut next = self.new_label();
        self.compile_jump_if(&i.test, false, next)?;
        self.compile_body(&i.body)?;
        if !i.elif_else_clauses.is_empty() {
            self.jump(Instr::Jump, end);
        }
        let n = i.elif_else_clauses.len();
        for (k, clause) in i.elif_else_clauses.iter().enumerate() {
            self.bind(next);
            next = self.new_label();
            if let Some(test) = &clause.test {
                self.set_line(test.range());
                self.compile_jump_if(test, false, next)?;
            }
            self.compile_body(&clause.body)?;
            if k + 1 < n {
                self.jump(Instr::Jump, end);
            }
        }
        self.bind(next);
        self.bind(end);
        Ok(())
    }

    fn compile_while(&mut self, w: &'a ast::StmtWhile) -> R {
        let top = self.new_label();
        let orelse = self.new_label();
        let exit = self.new_label();
        self.bind(top);
        self.compile_jump_if(&w.test, false, orelse)?;
        self.unit().fblocks.push(FBlock::WhileLoop { top, exit });
        self.compile_body(&w.body)?;
        self.unit().fblocks.pop();
        self.set_line(w.range);
        self.jump(Instr::Jump, top);
        self.bind(orelse);
        self.compile_body(&w.orelse)?;
        self.bind(exit);
        Ok(())
    }

    fn compile_for(&mut self, f: &'a ast::StmtFor) -> R {
        let top = self.new_label();
        let done = self.new_label();
        let exit = self.new_label();
        self.compile_iterable(&f.iter)?;
        self.emit(Instr::GetIter);
        self.bind(top);
        self.set_line(f.iter.range());
        self.jump(Instr::ForIter, done);
        self.unit().depth += 1;
        self.compile_store(&f.target)?;
        self.unit().fblocks.push(FBlock::ForLoop { top, exit });
        self.compile_body(&f.body)?;
        self.unit().fblocks.pop();
        self.jump(Instr::Jump, top);
        self.unit().depth -= 1;
        self.bind(done);
        self.compile_body(&f.orelse)?;
        self.bind(exit);
        Ok(())
    }

    fn compile_async_for(&mut self, f: &'a ast::StmtFor) -> R {
        self.check_async_allowed(f.range, "'async for' outside async function")?;
        let top = self.new_label();
        let end_handler = self.new_label();
        let exit = self.new_label();
        self.compile_expr(&f.iter)?;
        self.emit(Instr::GetAIter);
        self.unit().depth += 1;
        self.bind(top);
        self.push_handler(end_handler, 0);
        self.emit(Instr::GetANext);
        self.load_const(Constant::None);
        self.compile_yield_from_loop(true)?;
        self.pop_handler();
        self.compile_store(&f.target)?;
        self.unit().fblocks.push(FBlock::AsyncForLoop { top, exit });
        self.compile_body(&f.body)?;
        self.unit().fblocks.pop();
        self.jump(Instr::Jump, top);
        self.unit().depth -= 1;
        self.bind(end_handler);
        self.set_line(f.range);
        self.emit(Instr::EndAsyncFor);
        self.compile_body(&f.orelse)?;
        self.bind(exit);
        Ok(())
    }

    pub fn check_async_allowed(&self, range: TextRange, msg: &str) -> R {
        let scope = self.scope();
        if scope.kind == ScopeKind::Function && scope.is_coroutine {
            return Ok(());
        }
        if scope.kind == ScopeKind::Comprehension {
            // Allowed when the comprehension sits inside an async function.
            let mut p = scope.parent;
            while let Some(i) = p {
                let s = &self.table.scopes[i];
                match s.kind {
                    ScopeKind::Comprehension => p = s.parent,
                    ScopeKind::Function if s.is_coroutine => return Ok(()),
                    _ => break,
                }
            }
            if scope.name == "<genexpr>" {
                return Ok(());
            }
        }
        self.error(msg, range)
    }

    fn loop_index(&self) -> Option<usize> {
        self.unit_ref().fblocks.iter().rposition(|f| {
            matches!(
                f,
                FBlock::WhileLoop { .. } | FBlock::ForLoop { .. } | FBlock::AsyncForLoop { .. }
            )
        })
    }

    /// Whether leaving the blocks from `from` up crosses an `except*`
    /// clause's body, which CPython refuses at compile time.
    fn leaves_except_star(&self, from: usize) -> bool {
        self.unit_ref().fblocks[from..]
            .iter()
            .any(|f| matches!(f, FBlock::ExceptStar))
    }

    fn except_star_exit(&mut self, range: TextRange) -> R {
        self.error(
            "'break', 'continue' and 'return' cannot appear in an except* block",
            range,
        )
    }

    fn compile_break(&mut self, range: TextRange) -> R {
        let Some(i) = self.loop_index() else {
            if self.leaves_except_star(0) {
                return self.except_star_exit(range);
            }
            return self.error("'break' outside loop", range);
        };
        if self.leaves_except_star(i + 1) {
            return self.except_star_exit(range);
        }
        let saved = self.save_unwind_state();
        self.unwind_from(i + 1, false)?;
        let fb = self.unit_ref().fblocks[i].clone();
        match fb {
            FBlock::WhileLoop { exit, .. } => self.jump(Instr::Jump, exit),
            FBlock::ForLoop { exit, .. } | FBlock::AsyncForLoop { exit, .. } => {
                self.emit(Instr::Pop);
                self.jump(Instr::Jump, exit);
            }
            _ => {}
        }
        self.restore_unwind_state(saved);
        Ok(())
    }

    fn compile_continue(&mut self, range: TextRange) -> R {
        let Some(i) = self.loop_index() else {
            if self.leaves_except_star(0) {
                return self.except_star_exit(range);
            }
            return self.error("'continue' not properly in loop", range);
        };
        if self.leaves_except_star(i + 1) {
            return self.except_star_exit(range);
        }
        let saved = self.save_unwind_state();
        self.unwind_from(i + 1, false)?;
        let fb = self.unit_ref().fblocks[i].clone();
        match fb {
            FBlock::WhileLoop { top, .. }
            | FBlock::ForLoop { top, .. }
            | FBlock::AsyncForLoop { top, .. } => self.jump(Instr::Jump, top),
            _ => {}
        }
        self.restore_unwind_state(saved);
        Ok(())
    }

    fn compile_return(&mut self, r: &'a ast::StmtReturn) -> R {
        let scope = self.scope();
        if !matches!(scope.kind, ScopeKind::Function) {
            return self.error("'return' outside function", r.range);
        }
        if r.value.is_some() && scope.is_coroutine && scope.is_generator {
            return self.error("'return' with value in async generator", r.range);
        }
        if self.leaves_except_star(0) {
            // CPython points at the value returned, if there is one.
            let at = r.value.as_ref().map_or(r.range, |v| v.range());
            return self.except_star_exit(at);
        }
        match &r.value {
            Some(v) => self.compile_expr(v)?,
            None => self.load_const(Constant::None),
        }
        let saved = self.save_unwind_state();
        self.unwind_from(0, true)?;
        self.set_line(r.range);
        self.emit(Instr::ReturnValue);
        self.restore_unwind_state(saved);
        Ok(())
    }

    fn save_unwind_state(&mut self) -> (Vec<FBlock<'a>>, Vec<(Label, u32)>, u32) {
        let u = self.unit();
        (u.fblocks.clone(), u.handler_stack.clone(), u.depth)
    }

    fn restore_unwind_state(&mut self, s: (Vec<FBlock<'a>>, Vec<(Label, u32)>, u32)) {
        let u = self.unit();
        u.fblocks = s.0;
        u.handler_stack = s.1;
        u.depth = s.2;
    }

    /// Emit what leaving every fblock from the innermost down to `stop`
    /// requires; with `preserve_tos` a return value rides on top.
    fn unwind_from(&mut self, stop: usize, preserve_tos: bool) -> R {
        if preserve_tos {
            self.unit().depth += 1;
        }
        let blocks = self.unit_ref().fblocks.clone();
        for i in (stop..blocks.len()).rev() {
            self.unit().fblocks.truncate(i);
            match &blocks[i] {
                FBlock::WhileLoop { .. } => {}
                FBlock::ForLoop { .. } | FBlock::AsyncForLoop { .. } => {
                    if preserve_tos {
                        self.emit(Instr::Rot2);
                    }
                    self.emit(Instr::Pop);
                    self.unit().depth -= 1;
                }
                FBlock::TryExcept => self.pop_handler(),
                FBlock::Finally { body } => {
                    self.pop_handler();
                    // A value being returned waits under the final body:
                    // a `break`, `continue` or `return` there drops it.
                    if preserve_tos {
                        self.unit().fblocks.push(FBlock::PopValue);
                    }
                    self.compile_body(body)?;
                    if preserve_tos {
                        self.unit().fblocks.pop();
                    }
                }
                FBlock::FinallyEnd => {
                    self.pop_handler();
                    if preserve_tos {
                        self.emit(Instr::Rot2);
                        self.emit(Instr::Pop);
                        self.emit(Instr::Rot2);
                    } else {
                        self.emit(Instr::Pop);
                    }
                    self.emit(Instr::PopExcept);
                    self.unit().depth -= 2;
                }
                FBlock::Handler { name } => {
                    if let Some(n) = name {
                        self.pop_handler();
                        self.load_const(Constant::None);
                        self.name_op(n, NameOp::Store);
                        self.name_op(n, NameOp::Delete);
                    }
                    self.pop_handler();
                    if preserve_tos {
                        self.emit(Instr::Rot2);
                    }
                    self.emit(Instr::PopExcept);
                    self.unit().depth -= 1;
                }
                FBlock::With { is_async } => {
                    self.pop_handler();
                    if preserve_tos {
                        self.emit(Instr::Rot2);
                    }
                    self.load_const(Constant::None);
                    self.load_const(Constant::None);
                    self.load_const(Constant::None);
                    self.emit(Instr::Call(3));
                    if *is_async {
                        self.emit(Instr::GetAwaitable(2));
                        self.load_const(Constant::None);
                        self.compile_yield_from_loop(true)?;
                    }
                    self.emit(Instr::Pop);
                    self.unit().depth -= 1;
                }
                FBlock::PopValue => {
                    if preserve_tos {
                        self.emit(Instr::Rot2);
                    }
                    self.emit(Instr::Pop);
                    self.unit().depth -= 1;
                }
                FBlock::ExceptStar => {}
            }
        }
        Ok(())
    }

    fn compile_try_except(&mut self, t: &'a ast::StmtTry) -> R {
        let handler = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.push_handler(handler, 0);
        self.unit().fblocks.push(FBlock::TryExcept);
        self.compile_body(&t.body)?;
        self.unit().fblocks.pop();
        self.pop_handler();
        self.compile_body(&t.orelse)?;
        self.jump(Instr::Jump, end);

        self.bind(handler);
        self.push_handler(cleanup, 1);
        self.emit(Instr::PushExcInfo);
        if t.is_star {
            self.compile_star_handlers(t, end)?;
        } else {
            for h in &t.handlers {
                let ast::ExceptHandler::ExceptHandler(h) = h;
                self.set_line(h.range);
                let next = self.new_label();
                if let Some(ty) = &h.type_ {
                    self.compile_expr(ty)?;
                    self.emit(Instr::CheckExcMatch);
                    self.jump(Instr::PopJumpIfFalse, next);
                }
                let name = h.name.as_ref().map(|n| n.id.as_str());
                match name {
                    Some(n) => self.name_op(n, NameOp::Store),
                    None => {
                        self.emit(Instr::Pop);
                    }
                }
                self.unit().depth += 1;
                let name_cleanup = self.new_label();
                if name.is_some() {
                    self.push_handler(name_cleanup, 0);
                }
                self.unit().fblocks.push(FBlock::Handler { name });
                self.compile_body(&h.body)?;
                self.unit().fblocks.pop();
                // As CPython: the handled exception is released before the
                // name, so the name's deletion is what frees it.
                if let Some(n) = name {
                    self.pop_handler();
                    self.emit(Instr::PopExcept);
                    self.load_const(Constant::None);
                    self.name_op(n, NameOp::Store);
                    self.name_op(n, NameOp::Delete);
                } else {
                    self.emit(Instr::PopExcept);
                }
                self.jump(Instr::Jump, end);
                self.unit().depth -= 1;
                if let Some(n) = name {
                    self.bind(name_cleanup);
                    self.load_const(Constant::None);
                    self.name_op(n, NameOp::Store);
                    self.name_op(n, NameOp::Delete);
                    self.emit(Instr::Reraise);
                }
                self.bind(next);
            }
            self.emit(Instr::Reraise);
        }
        self.pop_handler();
        self.bind(cleanup);
        self.emit(Instr::Rot2);
        self.emit(Instr::PopExcept);
        self.emit(Instr::Reraise);
        self.bind(end);
        Ok(())
    }

    /// `except*` clauses: each takes its matching part of the group; what
    /// no clause matched is re-raised at the end.
    fn compile_star_handlers(&mut self, t: &'a ast::StmtTry, end: Label) -> R {
        // Stack: [prev, rest]
        for h in &t.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_line(h.range);
            let next = self.new_label();
            let Some(ty) = &h.type_ else {
                return self.error("expected 'except' or 'finally' block", h.range);
            };
            self.compile_expr(ty)?;
            self.emit(Instr::CheckEgMatch); // [prev, rest, match]
            self.emit(Instr::Dup);
            let no_match = self.new_label();
            self.jump(Instr::PopJumpIfNone, no_match);
            let name = h.name.as_ref().map(|n| n.id.as_str());
            match name {
                Some(n) => self.name_op(n, NameOp::Store),
                None => {
                    self.emit(Instr::Pop);
                }
            }
            self.unit().depth += 1;
            self.unit().fblocks.push(FBlock::PopValue);
            self.unit().fblocks.push(FBlock::ExceptStar);
            self.compile_body(&h.body)?;
            self.unit().fblocks.pop();
            self.unit().fblocks.pop();
            self.unit().depth -= 1;
            if let Some(n) = name {
                self.load_const(Constant::None);
                self.name_op(n, NameOp::Store);
                self.name_op(n, NameOp::Delete);
            }
            self.jump(Instr::Jump, next);
            self.bind(no_match);
            self.emit(Instr::Pop);
            self.bind(next);
        }
        // [prev, rest]
        let reraise = self.new_label();
        self.emit(Instr::Dup);
        self.jump(Instr::PopJumpIfNotNone, reraise);
        self.emit(Instr::Pop);
        self.emit(Instr::PopExcept);
        self.jump(Instr::Jump, end);
        self.bind(reraise);
        self.emit(Instr::Reraise);
        Ok(())
    }

    fn compile_try_finally(&mut self, t: &'a ast::StmtTry) -> R {
        let handler = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.push_handler(handler, 0);
        self.unit()
            .fblocks
            .push(FBlock::Finally { body: &t.finalbody });
        if t.handlers.is_empty() {
            self.compile_body(&t.body)?;
            self.compile_body(&t.orelse)?;
        } else {
            self.compile_try_except(t)?;
        }
        self.unit().fblocks.pop();
        self.pop_handler();
        self.compile_body(&t.finalbody)?;
        self.jump(Instr::Jump, end);

        self.bind(handler);
        self.push_handler(cleanup, 1);
        self.emit(Instr::PushExcInfo);
        self.unit().depth += 2;
        self.unit().fblocks.push(FBlock::FinallyEnd);
        self.compile_body(&t.finalbody)?;
        self.unit().fblocks.pop();
        self.unit().depth -= 2;
        self.pop_handler();
        self.emit(Instr::Rot2);
        self.emit(Instr::PopExcept);
        self.emit(Instr::Reraise);
        self.bind(cleanup);
        self.emit(Instr::Rot2);
        self.emit(Instr::PopExcept);
        self.emit(Instr::Reraise);
        self.bind(end);
        Ok(())
    }

    fn compile_with(&mut self, w: &'a ast::StmtWith, item: usize) -> R {
        if item >= w.items.len() {
            return self.compile_body(&w.body);
        }
        if w.is_async {
            self.check_async_allowed(w.range, "'async with' outside async function")?;
        }
        let it = &w.items[item];
        let handler = self.new_label();
        let cleanup = self.new_label();
        let suppress = self.new_label();
        let end = self.new_label();
        self.set_line(it.context_expr.range());
        self.compile_expr(&it.context_expr)?;
        if w.is_async {
            self.emit(Instr::BeforeAsyncWith);
            self.emit(Instr::GetAwaitable(1));
            self.load_const(Constant::None);
            self.compile_yield_from_loop(true)?;
        } else {
            self.emit(Instr::BeforeWith);
        }
        self.unit().depth += 1;
        self.push_handler(handler, 0);
        match &it.optional_vars {
            Some(v) => self.compile_store(v)?,
            None => {
                self.emit(Instr::Pop);
            }
        }
        self.unit().fblocks.push(FBlock::With {
            is_async: w.is_async,
        });
        self.compile_with(w, item + 1)?;
        self.unit().fblocks.pop();
        self.pop_handler();
        self.set_line(w.range);
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.emit(Instr::Call(3));
        if w.is_async {
            self.emit(Instr::GetAwaitable(2));
            self.load_const(Constant::None);
            self.compile_yield_from_loop(true)?;
        }
        self.emit(Instr::Pop);
        self.jump(Instr::Jump, end);

        // Exception path: [exit, exc]
        self.bind(handler);
        self.push_handler(cleanup, 1);
        self.emit(Instr::PushExcInfo); // [exit, prev, exc]
        self.emit(Instr::WithExceptStart); // [exit, prev, exc, res]
        if w.is_async {
            self.emit(Instr::GetAwaitable(2));
            self.load_const(Constant::None);
            self.unit().depth += 3;
            self.compile_yield_from_loop(true)?;
            self.unit().depth -= 3;
        }
        self.jump(Instr::PopJumpIfTrue, suppress);
        self.emit(Instr::Reraise);
        self.bind(suppress);
        self.pop_handler();
        self.emit(Instr::Pop);
        self.emit(Instr::PopExcept);
        self.emit(Instr::Pop);
        self.jump(Instr::Jump, end);
        self.bind(cleanup); // [exit, prev, exc2]
        self.emit(Instr::Rot2);
        self.emit(Instr::PopExcept);
        self.emit(Instr::Rot2);
        self.emit(Instr::Pop);
        self.emit(Instr::Reraise);
        self.unit().depth -= 1;
        self.bind(end);
        Ok(())
    }

    fn compile_import(&mut self, i: &'a ast::StmtImport) -> R {
        for a in &i.names {
            self.load_const(Constant::Int(0));
            self.load_const(Constant::None);
            let full = a.name.id.as_str();
            let n = self.name_idx(full);
            self.emit(Instr::ImportName(n));
            match &a.asname {
                Some(asname) => {
                    // `import a.b.c as d` binds the innermost module.
                    let parts: Vec<&str> = full.split('.').collect();
                    for p in &parts[1..] {
                        let pi = self.name_idx(p);
                        self.emit(Instr::ImportFrom(pi));
                        self.emit(Instr::Rot2);
                        self.emit(Instr::Pop);
                    }
                    self.name_op(&asname.id, NameOp::Store);
                }
                None => {
                    let first = full.split('.').next().unwrap_or(full);
                    self.name_op(first, NameOp::Store);
                }
            }
        }
        Ok(())
    }

    fn compile_import_from(&mut self, i: &'a ast::StmtImportFrom) -> R {
        self.load_const(Constant::Int(i.level as i64));
        let names: Vec<Constant> = i
            .names
            .iter()
            .map(|a| Constant::Str(Rc::from(a.name.id.as_str())))
            .collect();
        self.load_const(Constant::Tuple(Rc::from(names)));
        let module = i.module.as_ref().map(|m| m.id.as_str()).unwrap_or("");
        let n = self.name_idx(module);
        self.emit(Instr::ImportName(n));
        for a in &i.names {
            if a.name.id.as_str() == "*" {
                self.emit(Instr::ImportStar);
                return Ok(());
            }
            let ni = self.name_idx(&a.name.id);
            self.emit(Instr::ImportFrom(ni));
            let bound = a.asname.as_ref().unwrap_or(&a.name);
            self.name_op(&bound.id, NameOp::Store);
        }
        self.emit(Instr::Pop);
        Ok(())
    }

    /// Push defaults, keyword defaults and annotations for a function;
    /// returns the `MakeFunction` flags.
    fn compile_function_extras(
        &mut self,
        params: Option<&'a ast::Parameters>,
        returns: Option<&'a Expr>,
    ) -> Result<u32, CompileError> {
        let mut flags = 0;
        let Some(params) = params else {
            return Ok(0);
        };
        let positional: Vec<_> = params
            .posonlyargs
            .iter()
            .chain(params.args.iter())
            .collect();
        let defaults: Vec<_> = positional
            .iter()
            .filter_map(|p| p.default.as_deref())
            .collect();
        if !defaults.is_empty() {
            for d in &defaults {
                self.compile_expr(d)?;
            }
            self.emit(Instr::BuildTuple(defaults.len() as u32));
            flags |= make_fn::DEFAULTS;
        }
        let kwdefaults: Vec<_> = params
            .kwonlyargs
            .iter()
            .filter(|p| p.default.is_some())
            .collect();
        if !kwdefaults.is_empty() {
            for p in &kwdefaults {
                let name = self.mangle(&p.parameter.name.id);
                self.load_const(Constant::Str(Rc::from(name.as_str())));
                if let Some(d) = &p.default {
                    self.compile_expr(d)?;
                }
            }
            self.emit(Instr::BuildMap(kwdefaults.len() as u32));
            flags |= make_fn::KWDEFAULTS;
        }
        let mut n_ann = 0;
        for p in params.iter() {
            if let Some(a) = p.annotation() {
                let name = self.mangle(p.name());
                self.load_const(Constant::Str(Rc::from(name.as_str())));
                self.compile_annotation(a)?;
                n_ann += 1;
            }
        }
        if let Some(r) = returns {
            self.load_const(Constant::Str(Rc::from("return")));
            self.compile_annotation(r)?;
            n_ann += 1;
        }
        if n_ann > 0 {
            self.emit(Instr::BuildMap(n_ann));
            flags |= make_fn::ANNOTATIONS;
        }
        Ok(flags)
    }

    /// An annotation; `*Ts` (PEP 646) evaluates to the unpacked item.
    /// Under PEP 563 it is not run: its source text is the value.
    fn compile_annotation(&mut self, a: &'a Expr) -> R {
        if let Some(src) = &self.annotation_source {
            let start = u32::from(a.range().start()) as usize;
            let end = u32::from(a.range().end()) as usize;
            // The source text stands in for CPython's unparse; a string
            // annotation unparses to its repr.
            let text = match a {
                Expr::StringLiteral(s) => {
                    let v = s.value.to_str();
                    if v.contains('\'') && !v.contains('"') {
                        format!("\"{v}\"")
                    } else {
                        format!("'{}'", v.replace('\\', "\\\\").replace('\'', "\\'"))
                    }
                }
                _ => src.get(start..end).unwrap_or("").replace('\n', " "),
            };
            self.load_const(Constant::Str(Rc::from(text.as_str())));
            return Ok(());
        }
        if let Expr::Starred(s) = a {
            self.emit(Instr::BuildList(0));
            self.compile_expr(&s.value)?;
            self.emit(Instr::ListExtend(1));
            self.load_const(Constant::Int(0));
            self.emit(Instr::BinarySubscr);
            return Ok(());
        }
        self.compile_expr(a)
    }

    /// Push the cells a nested code object closes over.
    pub fn compile_closure(
        &mut self,
        code: &crate::bytecode::CodeObject,
    ) -> Result<u32, CompileError> {
        if code.freevars.is_empty() {
            return Ok(0);
        }
        for name in &code.freevars {
            let Some(i) = self.deref_idx(name) else {
                return self.error(
                    format!("internal compiler error: no cell for '{name}'"),
                    TextRange::default(),
                );
            };
            self.emit(Instr::LoadClosure(i));
        }
        self.emit(Instr::BuildTuple(code.freevars.len() as u32));
        Ok(make_fn::CLOSURE)
    }

    pub fn make_function(&mut self, code: Rc<crate::bytecode::CodeObject>, mut flags: u32) -> R {
        flags |= self.compile_closure(&code)?;
        let qualname = code.qualname.clone();
        self.load_const(Constant::Code(code));
        self.load_const(Constant::Str(qualname));
        self.emit(Instr::MakeFunction(flags));
        Ok(())
    }

    fn compile_function_def(&mut self, f: &'a ast::StmtFunctionDef) -> R {
        for d in &f.decorator_list {
            self.set_line(d.range);
            self.compile_expr(&d.expression)?;
        }
        self.set_line(f.range);
        if let Some(tp) = &f.type_params {
            self.compile_generic(tp, &f.name.id, f.range, true, |c| {
                c.compile_function_inner(f)
            })?;
        } else {
            self.compile_function_inner(f)?;
        }
        for _ in &f.decorator_list {
            self.emit(Instr::Call(1));
        }
        self.name_op(&f.name.id, NameOp::Store);
        Ok(())
    }

    fn compile_function_inner(&mut self, f: &'a ast::StmtFunctionDef) -> R {
        let flags = self.compile_function_extras(Some(&f.parameters), f.returns.as_deref())?;
        let Some(scope) = self.table.scope_for(f) else {
            return self.error("internal compiler error: no scope", f.range);
        };
        let qualname = self.qualname_for(&f.name.id);
        let line = self.line_of(f.range);
        let code = self.compile_function_body(
            scope,
            &f.name.id,
            &qualname,
            line,
            &f.parameters,
            FunctionBody::Stmts(&f.body),
        )?;
        self.make_function(code, flags)
    }

    /// Compile a `def`'s or `lambda`'s body into its own code object.
    pub fn compile_function_body(
        &mut self,
        scope: usize,
        name: &str,
        qualname: &str,
        line: u32,
        params: &'a ast::Parameters,
        body: FunctionBody<'a>,
    ) -> Result<Rc<crate::bytecode::CodeObject>, CompileError> {
        let s = &self.table.scopes[scope];
        let mut flags = code_flags::NESTED;
        if params.vararg.is_some() {
            flags |= code_flags::VARARGS;
        }
        if params.kwarg.is_some() {
            flags |= code_flags::VARKEYWORDS;
        }
        match (s.is_coroutine, s.is_generator) {
            (true, true) => flags |= code_flags::ASYNC_GENERATOR,
            (true, false) => flags |= code_flags::COROUTINE,
            (false, true) => flags |= code_flags::GENERATOR,
            _ => {}
        }
        self.push_unit(scope, name, qualname, line, flags);
        {
            let u = self.unit();
            u.argcount = (params.posonlyargs.len() + params.args.len()) as u32;
            u.posonlyargcount = params.posonlyargs.len() as u32;
            u.kwonlyargcount = params.kwonlyargs.len() as u32;
        }
        match body {
            FunctionBody::Stmts(stmts) => {
                let mut rest = stmts;
                if let Some(doc) = docstring(stmts) {
                    self.add_const(Constant::Str(Rc::from(doc)));
                    self.unit().flags |= code_flags::HAS_DOCSTRING;
                    rest = &stmts[1..];
                }
                self.compile_body(rest)?;
                // Implicit `return None` at the end.
                if let Some(last) = stmts.last() {
                    let line = self.index.line_of(last.range().end());
                    let _ = line;
                }
                self.load_const(Constant::None);
                self.emit(Instr::ReturnValue);
            }
            FunctionBody::Expr(e) => {
                // A lambda's docstring slot is None.
                self.set_line(e.range());
                self.compile_expr(e)?;
                if self.scope().is_generator {
                    self.emit(Instr::Pop);
                    self.load_const(Constant::None);
                }
                self.emit(Instr::ReturnValue);
            }
        }
        Ok(self.pop_unit())
    }

    fn compile_class_def(&mut self, c: &'a ast::StmtClassDef) -> R {
        for d in &c.decorator_list {
            self.set_line(d.range);
            self.compile_expr(&d.expression)?;
        }
        self.set_line(c.range);
        if let Some(tp) = &c.type_params {
            self.compile_generic(tp, &c.name.id, c.range, true, |cc| {
                cc.compile_class_inner(c, true)
            })?;
        } else {
            self.compile_class_inner(c, false)?;
        }
        for _ in &c.decorator_list {
            self.emit(Instr::Call(1));
        }
        self.name_op(&c.name.id, NameOp::Store);
        Ok(())
    }

    fn compile_class_inner(&mut self, c: &'a ast::StmtClassDef, generic: bool) -> R {
        let Some(scope) = self.table.scope_for(c) else {
            return self.error("internal compiler error: no class scope", c.range);
        };
        let qualname = self.qualname_for(&c.name.id);
        let line = self.line_of(c.range);
        self.emit(Instr::LoadBuildClass);
        self.push_unit(scope, &c.name.id, &qualname, line, code_flags::NAME_LOOKUPS);
        self.set_line(c.range);
        let n = self.name_idx("__name__");
        self.emit(Instr::LoadName(n));
        let m = self.name_idx("__module__");
        self.emit(Instr::StoreName(m));
        self.load_const(Constant::Str(Rc::from(qualname.as_str())));
        let q = self.name_idx("__qualname__");
        self.emit(Instr::StoreName(q));
        if has_annotations(&c.body) {
            self.emit(Instr::SetupAnnotations);
        }
        let mut rest: &[Stmt] = &c.body;
        if let Some(doc) = docstring(&c.body) {
            self.set_line(c.body[0].range());
            self.load_const(Constant::Str(Rc::from(doc)));
            let d = self.name_idx("__doc__");
            self.emit(Instr::StoreName(d));
            rest = &c.body[1..];
        }
        self.compile_body(rest)?;
        if self.scope().needs_class_cell
            && let Some(i) = self.deref_idx("__class__")
        {
            self.emit(Instr::LoadClosure(i));
            let cc = self.name_idx("__classcell__");
            self.emit(Instr::StoreName(cc));
        }
        self.load_const(Constant::None);
        self.emit(Instr::ReturnValue);
        let code = self.pop_unit();
        self.make_function(code, 0)?;
        self.load_const(Constant::Str(Rc::from(c.name.id.as_str())));
        let (args, keywords): (&[Expr], &[ast::Keyword]) = match &c.arguments {
            Some(a) => (&a.args, &a.keywords),
            None => (&[], &[]),
        };
        // A class with type parameters gets `Generic[T, ...]` (made by
        // `compile_generic`) as its last base, as in CPython.
        let extra = generic.then_some(".generic_base");
        self.compile_call_args(2, args, keywords, extra)
    }

    /// `def f[T](...)`, `class C[T]`: run the definition inside a function
    /// scope that binds the type parameters, as CPython does.
    fn compile_generic(
        &mut self,
        tp: &'a ast::TypeParams,
        name: &str,
        range: TextRange,
        set_attr: bool,
        inner: impl FnOnce(&mut Self) -> R,
    ) -> R {
        let Some(scope) = self.table.scope_for(tp) else {
            return self.error("internal compiler error: no type-params scope", range);
        };
        let line = self.line_of(range);
        let qualname = format!("<generic parameters of {name}>");
        self.push_unit(scope, &qualname, &qualname, line, code_flags::NESTED);
        let mut names = Vec::new();
        for p in &tp.type_params {
            let (n, which, bound) = match p {
                ast::TypeParam::TypeVar(t) => (
                    &t.name,
                    crate::bytecode::intrinsic::TYPEVAR,
                    t.bound.as_deref(),
                ),
                ast::TypeParam::TypeVarTuple(t) => {
                    (&t.name, crate::bytecode::intrinsic::TYPEVARTUPLE, None)
                }
                ast::TypeParam::ParamSpec(t) => {
                    (&t.name, crate::bytecode::intrinsic::PARAMSPEC, None)
                }
            };
            self.load_const(Constant::Str(Rc::from(n.id.as_str())));
            match bound {
                Some(b) => self.compile_expr(b)?,
                None => self.load_const(Constant::None),
            }
            self.emit(Instr::Intrinsic(which));
            self.emit(Instr::Dup);
            self.name_op(&n.id, NameOp::Store);
            names.push(n.id.as_str());
        }
        self.emit(Instr::BuildTuple(names.len() as u32));
        self.emit(Instr::Dup);
        self.name_op(".type_params", NameOp::Store);
        if self.scope().flags.contains_key(".generic_base") {
            self.emit(Instr::Intrinsic(
                crate::bytecode::intrinsic::SUBSCRIPT_GENERIC,
            ));
            self.name_op(".generic_base", NameOp::Store);
        } else {
            self.emit(Instr::Pop);
        }
        inner(self)?;
        if set_attr {
            // The function or class made: `obj.__type_params__ = (T, ...)`.
            self.emit(Instr::Dup);
            self.name_op(".type_params", NameOp::Load);
            self.emit(Instr::Rot2);
            let attr = self.name_idx("__type_params__");
            self.emit(Instr::StoreAttr(attr));
        }
        self.emit(Instr::ReturnValue);
        let code = self.pop_unit();
        self.make_function(code, 0)?;
        self.emit(Instr::Call(0));
        Ok(())
    }

    fn compile_type_alias(&mut self, t: &'a ast::StmtTypeAlias) -> R {
        let Expr::Name(n) = &*t.name else {
            return self.error("invalid syntax", t.range);
        };
        let name = n.id.as_str();
        let generic = t.type_params.is_some();
        let body = |c: &mut Self| -> R {
            c.load_const(Constant::Str(Rc::from(name)));
            let Some(scope) = c.table.scope_for(t) else {
                return c.error("internal compiler error: no alias scope", t.range);
            };
            let line = c.line_of(t.range);
            c.push_unit(scope, name, name, line, code_flags::NESTED);
            c.compile_expr(&t.value)?;
            c.emit(Instr::ReturnValue);
            let code = c.pop_unit();
            c.make_function(code, 0)?;
            if generic {
                c.name_op(".type_params", NameOp::Load);
            } else {
                c.load_const(Constant::None);
            }
            c.emit(Instr::Intrinsic(crate::bytecode::intrinsic::TYPEALIAS));
            Ok(())
        };
        if let Some(tp) = &t.type_params {
            self.compile_generic(tp, name, t.range, false, body)?;
        } else {
            body(self)?;
        }
        self.name_op(name, NameOp::Store);
        Ok(())
    }
}

pub(crate) enum FunctionBody<'a> {
    Stmts(&'a [Stmt]),
    Expr(&'a Expr),
}

fn is_constant_expr(e: &Expr) -> bool {
    matches!(
        e,
        Expr::StringLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_)
            | Expr::BytesLiteral(_)
    )
}

pub(crate) fn binop(op: ast::Operator) -> BinOp {
    match op {
        ast::Operator::Add => BinOp::Add,
        ast::Operator::Sub => BinOp::Sub,
        ast::Operator::Mult => BinOp::Mul,
        ast::Operator::MatMult => BinOp::MatMul,
        ast::Operator::Div => BinOp::TrueDiv,
        ast::Operator::Mod => BinOp::Mod,
        ast::Operator::Pow => BinOp::Pow,
        ast::Operator::LShift => BinOp::LShift,
        ast::Operator::RShift => BinOp::RShift,
        ast::Operator::BitOr => BinOp::Or,
        ast::Operator::BitXor => BinOp::Xor,
        ast::Operator::BitAnd => BinOp::And,
        ast::Operator::FloorDiv => BinOp::FloorDiv,
    }
}

/// The targets and values of `t1, t2[, t3] = v1, v2[, v3]`: one target
/// list and a tuple display of the same length (2 or 3), nothing starred.
fn swap_assign(a: &ast::StmtAssign) -> Option<(&[Expr], &[Expr])> {
    let [target] = a.targets.as_slice() else {
        return None;
    };
    let targets = match target {
        Expr::Tuple(t) => &t.elts,
        Expr::List(l) => &l.elts,
        _ => return None,
    };
    let Expr::Tuple(values) = &*a.value else {
        return None;
    };
    let n = targets.len();
    let starred = |e: &Expr| matches!(e, Expr::Starred(_));
    // A tuple display that is one constant is loaded as one: unpacking it
    // is cheaper still.
    ((2..=3).contains(&n)
        && values.elts.len() == n
        && super::expr::constant_of(&a.value).is_none()
        && !targets.iter().any(starred)
        && !values.elts.iter().any(starred))
    .then_some((targets.as_slice(), values.elts.as_slice()))
}

//! Code generation for expressions, assignment targets and comprehensions.

use super::stmt::{FunctionBody, binop};
use super::symtable::ScopeKind;
use super::{CompileError, Compiler, Label, NameOp};
use crate::bytecode::{CmpOp, Constant, Instr, UnaryOp, code_flags, format_flags};
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::{Ranged, TextRange};
use std::rc::Rc;

type R = Result<(), CompileError>;

#[derive(Clone, Copy, PartialEq, Eq)]
enum CompKind {
    List,
    Set,
    Dict,
    Gen,
}

/// The constant an expression folds to, if it is a literal.
pub(crate) fn constant_of(e: &Expr) -> Option<Constant> {
    Some(match e {
        Expr::NoneLiteral(_) => Constant::None,
        Expr::BooleanLiteral(b) => Constant::Bool(b.value),
        Expr::EllipsisLiteral(_) => Constant::Ellipsis,
        Expr::StringLiteral(s) => Constant::Str(Rc::from(s.value.to_str())),
        Expr::BytesLiteral(b) => Constant::Bytes(b.value.bytes().collect::<Vec<u8>>().into()),
        Expr::NumberLiteral(n) => match &n.value {
            ast::Number::Int(i) => match i.as_i64() {
                Some(v) => Constant::Int(v),
                None => Constant::BigInt(i.to_string().into()),
            },
            ast::Number::Float(f) => Constant::Float(*f),
            ast::Number::Complex { real, imag } => Constant::Complex(*real, *imag),
        },
        Expr::Tuple(t) => {
            let mut items = Vec::with_capacity(t.elts.len());
            for e in &t.elts {
                items.push(constant_of(e)?);
            }
            Constant::Tuple(items.into())
        }
        Expr::BinOp(b) => fold_binop(b.op, constant_of(&b.left)?, constant_of(&b.right)?)?,
        Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => match constant_of(&u.operand)? {
            Constant::Int(i) if i != i64::MIN => Constant::Int(-i),
            Constant::Float(f) => Constant::Float(-f),
            Constant::Complex(r, i) => Constant::Complex(-r, -i),
            _ => return None,
        },
        _ => return None,
    })
}

/// `a op b` of two number constants, folded as CPython's compiler folds
/// them, where the result is certain and small: int arithmetic that stays
/// within 64 bits, float `+ - * /` with a finite result. Anything that
/// would raise (division by zero, overflow) or could be large is left for
/// run time.
fn fold_binop(op: ast::Operator, a: Constant, b: Constant) -> Option<Constant> {
    use ast::Operator as O;
    const EXACT: i64 = 1 << 53;
    let float = |c: &Constant| match c {
        Constant::Int(i) if i.abs() < EXACT => Some(*i as f64),
        Constant::Float(f) => Some(*f),
        _ => None,
    };
    if let (Constant::Int(x), Constant::Int(y)) = (&a, &b) {
        let (x, y) = (*x, *y);
        let r = match op {
            O::Add => x.checked_add(y)?,
            O::Sub => x.checked_sub(y)?,
            O::Mult => x.checked_mul(y)?,
            O::FloorDiv | O::Mod if y == 0 => return None,
            O::FloorDiv => {
                let q = x.checked_div(y)?;
                if x % y != 0 && ((x < 0) != (y < 0)) {
                    q - 1
                } else {
                    q
                }
            }
            O::Mod => {
                let r = x.checked_rem(y)?;
                if r != 0 && ((r < 0) != (y < 0)) {
                    r + y
                } else {
                    r
                }
            }
            O::Pow if (0..64).contains(&y) => x.checked_pow(y as u32)?,
            O::LShift if (0..63).contains(&y) => {
                let r = x.checked_shl(y as u32)?;
                if r >> y != x {
                    return None;
                }
                r
            }
            O::RShift if (0..64).contains(&y) => x >> y,
            O::BitAnd => x & y,
            O::BitOr => x | y,
            O::BitXor => x ^ y,
            O::Div if y != 0 && x.abs() < EXACT && y.abs() < EXACT => {
                return Some(Constant::Float(x as f64 / y as f64));
            }
            _ => return None,
        };
        return Some(Constant::Int(r));
    }
    let (x, y) = (float(&a)?, float(&b)?);
    let r = match op {
        O::Add => x + y,
        O::Sub => x - y,
        O::Mult => x * y,
        O::Div if y != 0.0 => x / y,
        _ => return None,
    };
    r.is_finite().then_some(Constant::Float(r))
}

fn cmpop(op: ast::CmpOp) -> Instr {
    match op {
        ast::CmpOp::Eq => Instr::Compare(CmpOp::Eq),
        ast::CmpOp::NotEq => Instr::Compare(CmpOp::Ne),
        ast::CmpOp::Lt => Instr::Compare(CmpOp::Lt),
        ast::CmpOp::LtE => Instr::Compare(CmpOp::Le),
        ast::CmpOp::Gt => Instr::Compare(CmpOp::Gt),
        ast::CmpOp::GtE => Instr::Compare(CmpOp::Ge),
        ast::CmpOp::Is => Instr::IsOp(0),
        ast::CmpOp::IsNot => Instr::IsOp(1),
        ast::CmpOp::In => Instr::ContainsOp(0),
        ast::CmpOp::NotIn => Instr::ContainsOp(1),
    }
}

impl<'a> Compiler<'a> {
    /// Compile `e`; its instructions carry its source range (for
    /// tracebacks), and the enclosing range is restored afterwards.
    pub fn compile_expr(&mut self, e: &'a Expr) -> R {
        let u = self.unit();
        let saved = (u.line, u.span);
        self.set_line(e.range());
        let r = self.compile_expr_here(e);
        let u = self.unit();
        (u.line, u.span) = saved;
        r
    }

    fn compile_expr_here(&mut self, e: &'a Expr) -> R {
        match e {
            Expr::NumberLiteral(_)
            | Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => {
                if let Some(c) = constant_of(e) {
                    self.load_const(c);
                }
            }
            Expr::Name(n) => self.name_op(&n.id, NameOp::Load),
            Expr::BoolOp(b) => {
                let end = self.new_label();
                let n = b.values.len();
                for (i, v) in b.values.iter().enumerate() {
                    self.compile_expr(v)?;
                    if i + 1 < n {
                        match b.op {
                            ast::BoolOp::And => self.jump(Instr::JumpIfFalseOrPop, end),
                            ast::BoolOp::Or => self.jump(Instr::JumpIfTrueOrPop, end),
                        }
                    }
                }
                self.bind(end);
            }
            Expr::Named(w) => {
                self.compile_expr(&w.value)?;
                self.emit(Instr::Dup);
                self.compile_store(&w.target)?;
            }
            Expr::BinOp(b) => {
                if let Some(c) = constant_of(e) {
                    self.load_const(c);
                    return Ok(());
                }
                self.compile_expr(&b.left)?;
                self.compile_expr(&b.right)?;
                self.set_line(b.range);
                self.emit(Instr::BinaryOp(binop(b.op)));
            }
            Expr::UnaryOp(u) => {
                if let Some(c) = constant_of(e) {
                    self.load_const(c);
                    return Ok(());
                }
                self.compile_expr(&u.operand)?;
                self.emit(Instr::Unary(match u.op {
                    ast::UnaryOp::Invert => UnaryOp::Invert,
                    ast::UnaryOp::Not => UnaryOp::Not,
                    ast::UnaryOp::UAdd => UnaryOp::Pos,
                    ast::UnaryOp::USub => UnaryOp::Neg,
                }));
            }
            Expr::Lambda(l) => {
                let flags = self.compile_lambda_extras(l)?;
                let Some(scope) = self.table.scope_for(l) else {
                    return self.error("internal compiler error: no lambda scope", l.range);
                };
                let qualname = self.qualname_for("<lambda>");
                let line = self.line_of(l.range);
                let empty = Box::leak(Box::default());
                let params: &'a ast::Parameters = match &l.parameters {
                    Some(p) => p,
                    None => empty,
                };
                let code = self.compile_function_body(
                    scope,
                    "<lambda>",
                    &qualname,
                    line,
                    params,
                    FunctionBody::Expr(&l.body),
                )?;
                self.make_function(code, flags)?;
            }
            Expr::If(i) => {
                let orelse = self.new_label();
                let end = self.new_label();
                self.compile_jump_if(&i.test, false, orelse)?;
                self.compile_expr(&i.body)?;
                self.jump(Instr::Jump, end);
                self.bind(orelse);
                self.compile_expr(&i.orelse)?;
                self.bind(end);
            }
            Expr::Dict(d) => self.compile_dict(d)?,
            Expr::Set(s) => self.compile_sequence(&s.elts, SeqKind::Set)?,
            Expr::List(l) => self.compile_sequence(&l.elts, SeqKind::List)?,
            Expr::Tuple(t) => {
                if let Some(c) = constant_of(e) {
                    self.load_const(c);
                } else {
                    self.compile_sequence(&t.elts, SeqKind::Tuple)?;
                }
            }
            Expr::ListComp(c) => {
                self.compile_comprehension(e, CompKind::List, &c.generators, &c.elt, None)?
            }
            Expr::SetComp(c) => {
                self.compile_comprehension(e, CompKind::Set, &c.generators, &c.elt, None)?
            }
            Expr::DictComp(c) => {
                let Some(k) = &c.key else {
                    return self.error(
                        "dict unpacking cannot be used in dict comprehension",
                        c.range,
                    );
                };
                self.compile_comprehension(e, CompKind::Dict, &c.generators, k, Some(&c.value))?
            }
            Expr::Generator(c) => {
                self.compile_comprehension(e, CompKind::Gen, &c.generators, &c.elt, None)?
            }
            Expr::Await(a) => {
                let scope = self.scope();
                let allowed = (scope.kind == ScopeKind::Function && scope.is_coroutine)
                    || scope.kind == ScopeKind::Comprehension;
                if !allowed {
                    let msg = if scope.kind == ScopeKind::Function {
                        "'await' outside async function"
                    } else {
                        "'await' outside function"
                    };
                    return self.error(msg, a.range);
                }
                if scope.kind == ScopeKind::Comprehension {
                    self.check_async_allowed(
                        a.range,
                        "asynchronous comprehension outside of an asynchronous function",
                    )?;
                }
                self.compile_expr(&a.value)?;
                self.set_line(a.range);
                self.emit(Instr::GetAwaitable(0));
                self.load_const(Constant::None);
                self.compile_yield_from_loop(true)?;
            }
            Expr::Yield(y) => {
                self.check_yield_allowed(y.range)?;
                match &y.value {
                    Some(v) => self.compile_expr(v)?,
                    None => self.load_const(Constant::None),
                }
                let is_async_gen = self.scope().is_coroutine;
                self.set_line(y.range);
                self.emit(Instr::YieldValue(if is_async_gen { 1 } else { 0 }));
            }
            Expr::YieldFrom(y) => {
                self.check_yield_allowed(y.range)?;
                if self.scope().is_coroutine {
                    return self.error("'yield from' inside async function", y.range);
                }
                self.compile_expr(&y.value)?;
                self.set_line(y.range);
                self.emit(Instr::GetYieldFromIter);
                self.load_const(Constant::None);
                self.compile_yield_from_loop(false)?;
            }
            Expr::Compare(c) => self.compile_compare(c)?,
            Expr::Call(c) => self.compile_call(c)?,
            Expr::FString(f) => self.compile_fstring(f)?,
            Expr::TString(t) => return self.error("template strings are not supported", t.range),
            Expr::Attribute(a) => {
                self.compile_expr(&a.value)?;
                self.set_line(a.range);
                let name = self.mangle(&a.attr.id);
                let i = self.name_idx(&name);
                self.emit(Instr::LoadAttr(i));
            }
            Expr::Subscript(s) => {
                self.compile_expr(&s.value)?;
                self.compile_subscript_key(&s.slice)?;
                self.set_line(s.range);
                self.emit(Instr::BinarySubscr);
            }
            Expr::Starred(s) => {
                return self.error("can't use starred expression here", s.range);
            }
            Expr::Slice(s) => self.compile_slice(s)?,
            Expr::IpyEscapeCommand(c) => return self.error("invalid syntax", c.range),
        }
        Ok(())
    }

    fn check_yield_allowed(&self, range: TextRange) -> R {
        match self.scope().kind {
            ScopeKind::Function => Ok(()),
            ScopeKind::Comprehension => self.error("'yield' inside generator expression", range),
            _ => self.error("'yield' outside function", range),
        }
    }

    fn compile_lambda_extras(&mut self, l: &'a ast::ExprLambda) -> Result<u32, CompileError> {
        let mut flags = 0;
        let Some(params) = &l.parameters else {
            return Ok(0);
        };
        let defaults: Vec<_> = params
            .posonlyargs
            .iter()
            .chain(params.args.iter())
            .filter_map(|p| p.default.as_deref())
            .collect();
        if !defaults.is_empty() {
            for d in &defaults {
                self.compile_expr(d)?;
            }
            self.emit(Instr::BuildTuple(defaults.len() as u32));
            flags |= crate::bytecode::make_fn::DEFAULTS;
        }
        let kw: Vec<_> = params
            .kwonlyargs
            .iter()
            .filter(|p| p.default.is_some())
            .collect();
        if !kw.is_empty() {
            for p in &kw {
                self.load_const(Constant::Str(Rc::from(p.parameter.name.id.as_str())));
                if let Some(d) = &p.default {
                    self.compile_expr(d)?;
                }
            }
            self.emit(Instr::BuildMap(kw.len() as u32));
            flags |= crate::bytecode::make_fn::KWDEFAULTS;
        }
        Ok(flags)
    }

    fn compile_subscript_key(&mut self, key: &'a Expr) -> R {
        match key {
            Expr::Slice(s) => self.compile_slice(s),
            // `a[*b]` indexes with the tuple `(*b,)`.
            Expr::Starred(s) => {
                self.emit(Instr::BuildList(0));
                self.compile_expr(&s.value)?;
                self.emit(Instr::ListExtend(1));
                self.emit(Instr::ListToTuple);
                Ok(())
            }
            _ => self.compile_expr(key),
        }
    }

    fn compile_slice(&mut self, s: &'a ast::ExprSlice) -> R {
        for part in [&s.lower, &s.upper] {
            match part {
                Some(p) => self.compile_expr(p)?,
                None => self.load_const(Constant::None),
            }
        }
        match &s.step {
            Some(st) => {
                self.compile_expr(st)?;
                self.emit(Instr::BuildSlice(3));
            }
            None => {
                self.emit(Instr::BuildSlice(2));
            }
        }
        Ok(())
    }

    /// `[receiver, value]` on the stack: delegate until the receiver is done,
    /// leaving its return value.
    pub fn compile_yield_from_loop(&mut self, _is_await: bool) -> R {
        let send = self.new_label();
        let exit = self.new_label();
        self.bind(send);
        self.jump(Instr::Send, exit);
        self.emit(Instr::YieldValue(2));
        self.jump(Instr::Jump, send);
        self.bind(exit);
        Ok(())
    }

    /// Jump to `target` when the truth of `e` equals `when`.
    pub fn compile_jump_if(&mut self, e: &'a Expr, when: bool, target: Label) -> R {
        match e {
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => {
                self.compile_jump_if(&u.operand, !when, target)
            }
            Expr::BoolOp(b) => {
                let is_and = b.op == ast::BoolOp::And;
                let n = b.values.len();
                if is_and != when {
                    // and + jump-if-false, or + jump-if-true: any one decides.
                    for v in &b.values {
                        self.compile_jump_if(v, when, target)?;
                    }
                } else {
                    let end = self.new_label();
                    for (i, v) in b.values.iter().enumerate() {
                        if i + 1 < n {
                            self.compile_jump_if(v, !when, end)?;
                        } else {
                            self.compile_jump_if(v, when, target)?;
                        }
                    }
                    self.bind(end);
                }
                Ok(())
            }
            _ => {
                self.compile_expr(e)?;
                if when {
                    self.jump(Instr::PopJumpIfTrue, target);
                } else {
                    self.jump(Instr::PopJumpIfFalse, target);
                }
                Ok(())
            }
        }
    }

    fn compile_compare(&mut self, c: &'a ast::ExprCompare) -> R {
        self.compile_expr(&c.left)?;
        let n = c.ops.len();
        if n == 1 {
            self.compile_expr(&c.comparators[0])?;
            self.set_line(c.range);
            self.emit(cmpop(c.ops[0]));
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        for i in 0..n {
            self.compile_expr(&c.comparators[i])?;
            if i + 1 < n {
                self.emit(Instr::Dup);
                self.emit(Instr::Rot3);
                self.set_line(c.range);
                self.emit(cmpop(c.ops[i]));
                self.jump(Instr::JumpIfFalseOrPop, cleanup);
            } else {
                self.set_line(c.range);
                self.emit(cmpop(c.ops[i]));
            }
        }
        self.jump(Instr::Jump, end);
        self.bind(cleanup);
        self.emit(Instr::Rot2);
        self.emit(Instr::Pop);
        self.bind(end);
        Ok(())
    }

    /// A zero-argument `super()` call in a method: its first parameter.
    fn zero_arg_super(&mut self, c: &ast::ExprCall) -> Option<String> {
        let Expr::Name(n) = &*c.func else { return None };
        let scope = self.scope();
        (n.id.as_str() == "super"
            && c.arguments.args.is_empty()
            && c.arguments.keywords.is_empty()
            && scope.kind == super::symtable::ScopeKind::Function
            && !scope.params.is_empty()
            && self.deref_idx("__class__").is_some())
        .then(|| scope.params[0].clone())
    }

    /// Push what `super()` is called with: `super`, `__class__` and the
    /// method's first argument (also from inside a comprehension inlined
    /// into it), as CPython's compiler arranges for the frame.
    fn load_super_args(&mut self, first: &str) {
        self.name_op("super", NameOp::Load);
        self.name_op("__class__", NameOp::Load);
        let inline = std::mem::take(&mut self.unit().inline_scopes);
        self.name_op(first, NameOp::Load);
        self.unit().inline_scopes = inline;
    }

    fn compile_call(&mut self, c: &'a ast::ExprCall) -> R {
        // Zero-argument super(): pass __class__ and the first argument
        // explicitly.
        if let Some(first) = self.zero_arg_super(c) {
            self.load_super_args(&first);
            self.set_line(c.range());
            self.emit(Instr::Call(2));
            return Ok(());
        }
        let simple_args = !c
            .arguments
            .args
            .iter()
            .any(|a| matches!(a, Expr::Starred(_)))
            && c.arguments.keywords.is_empty();
        if let (Expr::Attribute(a), true) = (&*c.func, simple_args) {
            // `super().m(...)` looks `m` up without a `super` object.
            let name = self.mangle(&a.attr.id);
            let i = self.name_idx(&name);
            let sup = match &*a.value {
                Expr::Call(inner) => self.zero_arg_super(inner),
                _ => None,
            };
            if let Some(first) = sup {
                self.load_super_args(&first);
                self.set_line(a.range);
                self.emit(Instr::LoadSuperMethod(i));
            } else {
                self.compile_expr(&a.value)?;
                self.set_line(a.range);
                self.emit(Instr::LoadMethod(i));
            }
            for arg in &c.arguments.args {
                self.compile_expr(arg)?;
            }
            self.set_line(c.range());
            self.emit(Instr::CallMethod(c.arguments.args.len() as u32));
            return Ok(());
        }
        self.compile_expr(&c.func)?;
        let line_range = c.range();
        self.compile_call_args(0, &c.arguments.args, &c.arguments.keywords, None)?;
        let _ = line_range;
        Ok(())
    }

    /// The callable and `n_pre` positional arguments are already pushed.
    pub fn compile_call_args(
        &mut self,
        n_pre: u32,
        args: &'a [Expr],
        keywords: &'a [ast::Keyword],
        extra_arg: Option<&str>,
    ) -> R {
        for (i, k) in keywords.iter().enumerate() {
            if let Some(name) = &k.arg
                && keywords[..i]
                    .iter()
                    .any(|p| p.arg.as_ref().is_some_and(|a| a.as_str() == name.as_str()))
            {
                return self.error(format!("keyword argument repeated: {name}"), k.range);
            }
        }
        let line = self.unit_ref().line;
        let has_star = args.iter().any(|a| matches!(a, Expr::Starred(_)));
        let has_dstar = keywords.iter().any(|k| k.arg.is_none());
        if !has_star && !has_dstar {
            for a in args {
                self.compile_expr(a)?;
            }
            let mut n = n_pre + args.len() as u32;
            if let Some(x) = extra_arg {
                self.name_op(x, NameOp::Load);
                n += 1;
            }
            if keywords.is_empty() {
                self.unit().line = line;
                self.emit(Instr::Call(n));
            } else {
                let mut names = Vec::new();
                for k in keywords {
                    self.compile_expr(&k.value)?;
                    if let Some(a) = &k.arg {
                        names.push(Constant::Str(Rc::from(a.id.as_str())));
                    }
                }
                self.load_const(Constant::Tuple(names.into()));
                self.unit().line = line;
                self.emit(Instr::CallKw(n + keywords.len() as u32));
            }
            return Ok(());
        }
        self.emit(Instr::BuildList(n_pre));
        for a in args {
            match a {
                Expr::Starred(s) => {
                    self.compile_expr(&s.value)?;
                    self.emit(Instr::ListExtend(1));
                }
                _ => {
                    self.compile_expr(a)?;
                    self.emit(Instr::ListAppend(1));
                }
            }
        }
        if let Some(x) = extra_arg {
            self.name_op(x, NameOp::Load);
            self.emit(Instr::ListAppend(1));
        }
        self.emit(Instr::ListToTuple);
        if keywords.is_empty() {
            self.unit().line = line;
            self.emit(Instr::CallEx(0));
            return Ok(());
        }
        self.emit(Instr::BuildMap(0));
        let mut i = 0;
        while i < keywords.len() {
            match &keywords[i].arg {
                None => {
                    self.compile_expr(&keywords[i].value)?;
                    self.emit(Instr::DictMerge(1));
                    i += 1;
                }
                Some(_) => {
                    // A run of named keywords becomes one dict, merged so
                    // that a repeated name is an error.
                    let mut n = 0;
                    while i < keywords.len() {
                        let Some(a) = &keywords[i].arg else { break };
                        self.load_const(Constant::Str(Rc::from(a.id.as_str())));
                        self.compile_expr(&keywords[i].value)?;
                        n += 1;
                        i += 1;
                    }
                    self.emit(Instr::BuildMap(n));
                    self.emit(Instr::DictMerge(1));
                }
            }
        }
        self.unit().line = line;
        self.emit(Instr::CallEx(1));
        Ok(())
    }

    fn compile_dict(&mut self, d: &'a ast::ExprDict) -> R {
        let has_unpack = d.items.iter().any(|i| i.key.is_none());
        if !has_unpack {
            for item in &d.items {
                if let Some(k) = &item.key {
                    self.compile_expr(k)?;
                }
                self.compile_expr(&item.value)?;
            }
            self.emit(Instr::BuildMap(d.items.len() as u32));
            return Ok(());
        }
        self.emit(Instr::BuildMap(0));
        for item in &d.items {
            match &item.key {
                Some(k) => {
                    self.compile_expr(k)?;
                    self.compile_expr(&item.value)?;
                    self.emit(Instr::MapAdd(1));
                }
                None => {
                    self.compile_expr(&item.value)?;
                    self.emit(Instr::DictUpdate(1));
                }
            }
        }
        Ok(())
    }

    /// Compile the iterable of a `for` loop or comprehension. As CPython's
    /// optimizer does, a list display is built as a tuple and a set of
    /// constants is a frozenset constant (error messages name those types).
    pub fn compile_iterable(&mut self, e: &'a Expr) -> R {
        match e {
            Expr::List(l) if !l.elts.iter().any(|x| x.is_starred_expr()) => {
                let u = self.unit();
                let saved = (u.line, u.span);
                self.set_line(e.range());
                let r = self.compile_sequence(&l.elts, SeqKind::Tuple);
                let u = self.unit();
                (u.line, u.span) = saved;
                r
            }
            Expr::Set(set) => {
                let consts: Option<Vec<Constant>> = set.elts.iter().map(constant_of).collect();
                match consts {
                    Some(items) => {
                        self.load_const(Constant::FrozenSet(items.into()));
                        Ok(())
                    }
                    None => self.compile_expr(e),
                }
            }
            _ => self.compile_expr(e),
        }
    }

    fn compile_sequence(&mut self, elts: &'a [Expr], kind: SeqKind) -> R {
        // A set of three or more constants is built from a frozenset
        // constant, as CPython does (this decides the iteration order).
        if kind == SeqKind::Set && elts.len() > 2 {
            let consts: Option<Vec<Constant>> = elts.iter().map(constant_of).collect();
            let simple = |c: &Constant| {
                matches!(
                    c,
                    Constant::Int(_)
                        | Constant::Float(_)
                        | Constant::Str(_)
                        | Constant::Bool(_)
                        | Constant::None
                )
            };
            if let Some(items) = consts.filter(|cs| cs.iter().all(simple)) {
                self.emit(Instr::BuildSet(0));
                self.load_const(Constant::FrozenSet(items.into()));
                self.emit(Instr::SetUpdate(1));
                return Ok(());
            }
        }
        let has_star = elts.iter().any(|e| matches!(e, Expr::Starred(_)));
        if !has_star {
            for e in elts {
                self.compile_expr(e)?;
            }
            let n = elts.len() as u32;
            self.emit(match kind {
                SeqKind::List => Instr::BuildList(n),
                SeqKind::Tuple => Instr::BuildTuple(n),
                SeqKind::Set => Instr::BuildSet(n),
            });
            return Ok(());
        }
        match kind {
            SeqKind::Set => self.emit(Instr::BuildSet(0)),
            _ => self.emit(Instr::BuildList(0)),
        };
        for e in elts {
            match e {
                Expr::Starred(s) => {
                    self.compile_expr(&s.value)?;
                    self.emit(match kind {
                        SeqKind::Set => Instr::SetUpdate(1),
                        _ => Instr::ListExtend(1),
                    });
                }
                _ => {
                    self.compile_expr(e)?;
                    self.emit(match kind {
                        SeqKind::Set => Instr::SetAdd(1),
                        _ => Instr::ListAppend(1),
                    });
                }
            }
        }
        if kind == SeqKind::Tuple {
            self.emit(Instr::ListToTuple);
        }
        Ok(())
    }

    pub fn compile_store(&mut self, t: &'a Expr) -> R {
        match t {
            Expr::Name(n) => {
                if n.id.as_str() == "__debug__" {
                    return self.error("cannot assign to __debug__", n.range);
                }
                self.name_op(&n.id, NameOp::Store)
            }
            Expr::Attribute(a) => {
                self.compile_expr(&a.value)?;
                let name = self.mangle(&a.attr.id);
                let i = self.name_idx(&name);
                self.emit(Instr::StoreAttr(i));
            }
            Expr::Subscript(s) => {
                self.compile_expr(&s.value)?;
                self.compile_subscript_key(&s.slice)?;
                self.emit(Instr::StoreSubscr);
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                let star = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
                match star {
                    Some(i) => {
                        if elts
                            .iter()
                            .filter(|e| matches!(e, Expr::Starred(_)))
                            .count()
                            > 1
                        {
                            return self
                                .error("multiple starred expressions in assignment", t.range());
                        }
                        let after = elts.len() - i - 1;
                        self.emit(Instr::UnpackEx(i as u32 | ((after as u32) << 16)));
                    }
                    None => {
                        self.emit(Instr::UnpackSequence(elts.len() as u32));
                    }
                }
                for e in elts {
                    match e {
                        Expr::Starred(s) => self.compile_store(&s.value)?,
                        _ => self.compile_store(e)?,
                    }
                }
            }
            Expr::Starred(s) => {
                return self.error(
                    "starred assignment target must be in a list or tuple",
                    s.range,
                );
            }
            other => {
                let what = describe(other);
                let msg = if matches!(other, Expr::Named(_)) {
                    format!("cannot use assignment expressions with {what}")
                } else {
                    format!("cannot assign to {what}")
                };
                return self.error(msg, other.range());
            }
        }
        Ok(())
    }

    pub fn compile_delete(&mut self, t: &'a Expr) -> R {
        match t {
            Expr::Name(n) => self.name_op(&n.id, NameOp::Delete),
            Expr::Attribute(a) => {
                self.compile_expr(&a.value)?;
                let name = self.mangle(&a.attr.id);
                let i = self.name_idx(&name);
                self.emit(Instr::DeleteAttr(i));
            }
            Expr::Subscript(s) => {
                self.compile_expr(&s.value)?;
                self.compile_subscript_key(&s.slice)?;
                self.emit(Instr::DeleteSubscr);
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                for e in elts {
                    self.compile_delete(e)?;
                }
            }
            other => {
                return self.error(format!("cannot delete {}", describe(other)), other.range());
            }
        }
        Ok(())
    }

    fn compile_fstring(&mut self, f: &'a ast::ExprFString) -> R {
        let mut parts = 0u32;
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(l) => {
                    if !l.value.is_empty() {
                        self.load_const(Constant::Str(Rc::from(&*l.value)));
                        parts += 1;
                    }
                }
                ast::FStringPart::FString(fs) => {
                    parts += self.compile_fstring_elements(&fs.elements)?;
                }
            }
        }
        if parts == 0 {
            self.load_const(Constant::Str(Rc::from("")));
        } else if parts > 1 {
            self.emit(Instr::BuildString(parts));
        }
        Ok(())
    }

    fn compile_fstring_elements(
        &mut self,
        elements: &'a ast::InterpolatedStringElements,
    ) -> Result<u32, CompileError> {
        let mut parts = 0;
        for el in elements.iter() {
            match el {
                ast::InterpolatedStringElement::Literal(l) => {
                    self.load_const(Constant::Str(Rc::from(&*l.value)));
                    parts += 1;
                }
                ast::InterpolatedStringElement::Interpolation(i) => {
                    let mut conv = match i.conversion {
                        ast::ConversionFlag::None => 0,
                        ast::ConversionFlag::Str => format_flags::CONV_STR,
                        ast::ConversionFlag::Repr => format_flags::CONV_REPR,
                        ast::ConversionFlag::Ascii => format_flags::CONV_ASCII,
                    };
                    if let Some(d) = &i.debug_text {
                        self.load_const(Constant::Str(Rc::from(d.as_str())));
                        parts += 1;
                        if conv == 0 && i.format_spec.is_none() {
                            conv = format_flags::CONV_REPR;
                        }
                    }
                    self.compile_expr(&i.expression)?;
                    if let Some(spec) = &i.format_spec {
                        let n = self.compile_fstring_elements(&spec.elements)?;
                        if n == 0 {
                            self.load_const(Constant::Str(Rc::from("")));
                        } else if n > 1 {
                            self.emit(Instr::BuildString(n));
                        }
                        conv |= format_flags::HAS_SPEC;
                    }
                    self.emit(Instr::FormatValue(conv));
                    parts += 1;
                }
            }
        }
        Ok(parts)
    }

    fn compile_comprehension(
        &mut self,
        node: &'a Expr,
        kind: CompKind,
        generators: &'a [ast::Comprehension],
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> R {
        let (scope, name) = match node {
            Expr::ListComp(c) => (self.table.scope_for(c), "<listcomp>"),
            Expr::SetComp(c) => (self.table.scope_for(c), "<setcomp>"),
            Expr::DictComp(c) => (self.table.scope_for(c), "<dictcomp>"),
            Expr::Generator(c) => (self.table.scope_for(c), "<genexpr>"),
            _ => (None, ""),
        };
        let Some(scope) = scope else {
            return self.error(
                "internal compiler error: no comprehension scope",
                node.range(),
            );
        };
        let s = &self.table.scopes[scope];
        if s.inlined {
            return self.compile_inline_comprehension(scope, kind, generators, elt, value);
        }
        let is_async = s.has_await || generators.iter().any(|g| g.is_async);
        if is_async && kind != CompKind::Gen {
            self.check_async_allowed(
                node.range(),
                "asynchronous comprehension outside of an asynchronous function",
            )?;
        }
        let mut flags = code_flags::NESTED;
        flags |= match (kind, is_async) {
            (CompKind::Gen, true) => code_flags::ASYNC_GENERATOR,
            (CompKind::Gen, false) => code_flags::GENERATOR,
            (_, true) => code_flags::COROUTINE,
            _ => 0,
        };
        let qualname = self.qualname_for(name);
        let line = self.line_of(node.range());
        self.push_unit(scope, name, &qualname, line, flags);
        self.unit().argcount = 1;
        match kind {
            CompKind::List => {
                self.emit(Instr::BuildList(0));
            }
            CompKind::Set => {
                self.emit(Instr::BuildSet(0));
            }
            CompKind::Dict => {
                self.emit(Instr::BuildMap(0));
            }
            CompKind::Gen => {}
        }
        if kind != CompKind::Gen {
            self.unit().depth = 1;
        }
        self.compile_comp_loop(kind, generators, 0, elt, value, is_async, false)?;
        if kind == CompKind::Gen {
            self.load_const(Constant::None);
        }
        self.emit(Instr::ReturnValue);
        let code = self.pop_unit();
        self.make_function(code, 0)?;
        self.compile_iterable(&generators[0].iter)?;
        if generators[0].is_async {
            self.emit(Instr::GetAIter);
        } else {
            self.emit(Instr::GetIter);
        }
        self.set_line(node.range());
        self.emit(Instr::Call(1));
        if is_async && kind != CompKind::Gen {
            self.emit(Instr::GetAwaitable(0));
            self.load_const(Constant::None);
            self.compile_yield_from_loop(true)?;
        }
        Ok(())
    }

    /// A list, set or dict comprehension compiled in place (PEP 709; see
    /// `symtable::inlinable`), as CPython lays it out: the first
    /// iterable's iterator, the comprehension's variables saved from
    /// their fast slots (`LoadFastAndClear`), the new container, the loop
    /// with the comprehension's names resolved by its own scope, then the
    /// variables restored (`RestoreFast`), also when the loop raises.
    fn compile_inline_comprehension(
        &mut self,
        scope: usize,
        kind: CompKind,
        generators: &'a [ast::Comprehension],
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> R {
        self.compile_iterable(&generators[0].iter)?;
        self.emit(Instr::GetIter);
        let s = &self.table.scopes[scope];
        let names: Vec<&str> = s
            .order
            .iter()
            .filter(|n| n.as_str() != ".0" && s.lookup(n) == super::symtable::NameScope::Local)
            .map(String::as_str)
            .collect();
        let slots: Vec<u32> = names.iter().map(|n| self.varname_idx(n)).collect();
        for &i in &slots {
            self.emit(Instr::LoadFastAndClear(i));
        }
        // The iterator back on top: [saved..., iterator]. The swap leaves
        // the last saved value lowest, so they come off the stack in the
        // order `restore` lists.
        let restore: Vec<u32> = match slots.split_last() {
            Some((&last, rest)) => {
                self.emit(Instr::Swap(slots.len() as u32 + 1));
                rest.iter().rev().copied().chain([last]).collect()
            }
            None => Vec::new(),
        };
        let start = self.new_label();
        let cleanup = self.new_label();
        self.bind(start);
        if !restore.is_empty() {
            // An exception leaves the saved values on the stack (not the
            // iterator or the container) for the cleanup to put back.
            self.push_handler_at_label(cleanup, start, -1);
        }
        self.emit(match kind {
            CompKind::Set => Instr::BuildSet(0),
            CompKind::Dict => Instr::BuildMap(0),
            _ => Instr::BuildList(0),
        });
        self.emit(Instr::Swap(2));
        self.unit().inline_scopes.push(scope);
        self.unit().depth += 1;
        let r = self.compile_comp_loop(kind, generators, 0, elt, value, false, true);
        self.unit().depth -= 1;
        self.unit().inline_scopes.pop();
        r?;
        if restore.is_empty() {
            return Ok(());
        }
        self.pop_handler();
        let restore_all = |c: &mut Self| {
            for &i in &restore {
                c.emit(Instr::Swap(2));
                c.emit(Instr::RestoreFast(i));
            }
        };
        restore_all(self);
        let end = self.new_label();
        self.jump(Instr::Jump, end);
        self.bind(cleanup);
        restore_all(self);
        self.emit(Instr::Reraise);
        self.bind(end);
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn compile_comp_loop(
        &mut self,
        kind: CompKind,
        generators: &'a [ast::Comprehension],
        i: usize,
        elt: &'a Expr,
        value: Option<&'a Expr>,
        in_async: bool,
        inline: bool,
    ) -> R {
        let g = &generators[i];
        if i == 0 {
            // Inlined, the iterator is on the stack already.
            if !inline {
                self.emit(Instr::LoadFast(0));
            }
        } else {
            self.compile_iterable(&g.iter)?;
            self.emit(if g.is_async {
                Instr::GetAIter
            } else {
                Instr::GetIter
            });
        }
        let top = self.new_label();
        let done = self.new_label();
        self.bind(top);
        if g.is_async {
            self.unit().depth += 1;
            self.push_handler(done, 0);
            self.emit(Instr::GetANext);
            self.load_const(Constant::None);
            self.compile_yield_from_loop(true)?;
            self.pop_handler();
        } else {
            self.jump(Instr::ForIter, done);
            self.unit().depth += 1;
        }
        self.compile_store(&g.target)?;
        for cond in &g.ifs {
            self.compile_jump_if(cond, false, top)?;
        }
        if i + 1 < generators.len() {
            self.compile_comp_loop(kind, generators, i + 1, elt, value, in_async, inline)?;
        } else {
            let depth = (i + 2) as u32;
            match kind {
                CompKind::Gen => {
                    self.compile_expr(elt)?;
                    self.emit(Instr::YieldValue(if in_async { 1 } else { 0 }));
                    self.emit(Instr::Pop);
                }
                CompKind::List => {
                    self.compile_expr(elt)?;
                    self.emit(Instr::ListAppend(depth));
                }
                CompKind::Set => {
                    self.compile_expr(elt)?;
                    self.emit(Instr::SetAdd(depth));
                }
                CompKind::Dict => {
                    self.compile_expr(elt)?;
                    if let Some(v) = value {
                        self.compile_expr(v)?;
                    }
                    self.emit(Instr::MapAdd(depth));
                }
            }
        }
        self.jump(Instr::Jump, top);
        self.unit().depth -= 1;
        self.bind(done);
        if g.is_async {
            self.emit(Instr::EndAsyncFor);
        }
        Ok(())
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum SeqKind {
    List,
    Tuple,
    Set,
}

/// CPython's description of an expression in "cannot assign to ..." errors.
pub fn describe(e: &Expr) -> &'static str {
    match e {
        Expr::Call(_) => "function call",
        Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::BoolOp(_) => "expression",
        Expr::Compare(_) => "comparison",
        Expr::Lambda(_) => "lambda",
        Expr::If(_) => "conditional expression",
        Expr::Named(_) => "named expression",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Generator(_) => "generator expression",
        Expr::Await(_) => "await expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::FString(_) => "f-string expression",
        Expr::StringLiteral(_) | Expr::BytesLiteral(_) | Expr::NumberLiteral(_) => "literal",
        Expr::BooleanLiteral(b) => {
            if b.value {
                "True"
            } else {
                "False"
            }
        }
        Expr::NoneLiteral(_) => "None",
        Expr::EllipsisLiteral(_) => "ellipsis",
        _ => "expression",
    }
}

//! Scope analysis: which names are local, global, free or cells in each
//! scope, as CPython's symtable decides, and which functions are
//! generators, coroutines or async generators.
//!
//! Scopes are keyed by the address of the AST node that opens them; the
//! code generator walks the same borrowed tree and finds them again.

use super::CompileError;
use hashbrown::HashMap;
use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

pub const DEF_LOCAL: u32 = 1;
pub const DEF_GLOBAL: u32 = 2;
pub const DEF_NONLOCAL: u32 = 4;
pub const DEF_PARAM: u32 = 8;
pub const USE: u32 = 16;
/// A walrus target inside a comprehension: bound in the enclosing function.
pub const DEF_COMP_OUTER: u32 = 32;
pub const DEF_ANNOT: u32 = 64;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Comprehension,
    /// The implicit scope that holds `def f[T]` / `class C[T]` type parameters.
    TypeParams,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameScope {
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    /// Names in first-seen order with their flags.
    pub order: Vec<String>,
    pub flags: HashMap<String, u32>,
    pub resolved: HashMap<String, NameScope>,
    pub params: Vec<String>,
    pub children: Vec<usize>,
    pub is_generator: bool,
    pub is_coroutine: bool,
    /// Comprehension that must run as an async generator/coroutine.
    pub has_await: bool,
    /// A class scope whose methods use `super` or `__class__`.
    pub needs_class_cell: bool,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub parent: Option<usize>,
    /// Where each `nonlocal` name was declared, for its error.
    pub nonlocal_at: HashMap<String, TextRange>,
    /// A list, set or dict comprehension compiled into the enclosing
    /// code (PEP 709), not as a function of its own (see `inlinable`).
    pub inlined: bool,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, parent: Option<usize>) -> Scope {
        Scope {
            kind,
            name: name.to_string(),
            order: Vec::new(),
            nonlocal_at: HashMap::new(),
            flags: HashMap::new(),
            resolved: HashMap::new(),
            params: Vec::new(),
            children: Vec::new(),
            is_generator: false,
            is_coroutine: false,
            has_await: false,
            needs_class_cell: false,
            cellvars: Vec::new(),
            freevars: Vec::new(),
            parent,
            inlined: false,
        }
    }

    pub fn lookup(&self, name: &str) -> NameScope {
        self.resolved
            .get(name)
            .copied()
            .unwrap_or(NameScope::GlobalImplicit)
    }
}

pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    /// AST node address -> scope index.
    pub by_node: HashMap<usize, usize>,
}

impl SymbolTable {
    pub fn scope_for<T>(&self, node: &T) -> Option<usize> {
        self.by_node.get(&(node as *const T as usize)).copied()
    }
}

pub fn key_of<T>(node: &T) -> usize {
    node as *const T as usize
}

struct Builder {
    /// Names bound as iteration targets by the comprehensions being visited.
    comp_targets: Vec<Vec<String>>,
    scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
    stack: Vec<usize>,
    error: Option<CompileError>,
}

pub fn build(module: &[Stmt]) -> Result<SymbolTable, CompileError> {
    let mut b = Builder {
        comp_targets: Vec::new(),
        scopes: vec![Scope::new(ScopeKind::Module, "top", None)],
        by_node: HashMap::new(),
        stack: vec![0],
        error: None,
    };
    b.visit_body(module);
    if let Some(e) = b.error {
        return Err(e);
    }
    let mut table = SymbolTable {
        scopes: b.scopes,
        by_node: b.by_node,
    };
    analyze(&mut table)?;
    Ok(table)
}

impl Builder {
    fn cur(&mut self) -> &mut Scope {
        let i = *self.stack.last().unwrap_or(&0);
        &mut self.scopes[i]
    }

    fn fail(&mut self, msg: String, range: TextRange) {
        if self.error.is_none() {
            self.error = Some(CompileError::syntax(msg, range));
        }
    }

    fn add(&mut self, name: &str, flag: u32, range: TextRange) {
        let scope = self.cur();
        let old = scope.flags.get(name).copied().unwrap_or(0);
        if old == 0 {
            scope.order.push(name.to_string());
        }
        if flag == DEF_NONLOCAL {
            scope.nonlocal_at.entry(name.to_string()).or_insert(range);
        }
        if flag == DEF_GLOBAL || flag == DEF_NONLOCAL {
            let what = if flag == DEF_GLOBAL {
                "global"
            } else {
                "nonlocal"
            };
            if old & DEF_PARAM != 0 {
                let msg = format!("name '{name}' is parameter and {what}");
                self.fail(msg, range);
                return;
            }
            if old & (USE | DEF_LOCAL) != 0 {
                let how = if old & DEF_LOCAL != 0 {
                    "assigned to"
                } else {
                    "used"
                };
                let msg = format!("name '{name}' is {how} before {what} declaration");
                self.fail(msg, range);
                return;
            }
            if old & DEF_ANNOT != 0 {
                let msg = format!("annotated name '{name}' can't be {what}");
                self.fail(msg, range);
                return;
            }
        }
        self.cur().flags.insert(name.to_string(), old | flag);
    }

    fn push_scope(&mut self, kind: ScopeKind, name: &str, key: usize) {
        let parent = *self.stack.last().unwrap_or(&0);
        let idx = self.scopes.len();
        self.scopes.push(Scope::new(kind, name, Some(parent)));
        self.scopes[parent].children.push(idx);
        self.by_node.insert(key, idx);
        self.stack.push(idx);
    }

    fn pop_scope(&mut self) {
        self.stack.pop();
    }

    fn visit_params(&mut self, params: &ast::Parameters) {
        for p in params
            .posonlyargs
            .iter()
            .chain(params.args.iter())
            .chain(params.kwonlyargs.iter())
        {
            self.add_param(&p.parameter.name.id, p.parameter.range);
        }
        // CPython orders *args after kw-only params in varnames.
        if let Some(v) = &params.vararg {
            self.add_param(&v.name.id, v.range);
        }
        if let Some(k) = &params.kwarg {
            self.add_param(&k.name.id, k.range);
        }
    }

    fn add_param(&mut self, name: &str, range: TextRange) {
        if self
            .cur()
            .flags
            .get(name)
            .is_some_and(|f| f & DEF_PARAM != 0)
        {
            self.fail(
                format!("duplicate argument '{name}' in function definition"),
                range,
            );
            return;
        }
        self.add(name, DEF_PARAM, range);
        self.cur().params.push(name.to_string());
    }

    fn visit_param_defaults_and_annotations(&mut self, params: &ast::Parameters) {
        for p in params
            .posonlyargs
            .iter()
            .chain(params.args.iter())
            .chain(params.kwonlyargs.iter())
        {
            if let Some(d) = &p.default {
                self.visit_expr(d);
            }
        }
        for p in params.iter() {
            if let Some(a) = p.annotation() {
                self.visit_expr(a);
            }
        }
    }

    fn visit_type_params_scope(&mut self, tp: &ast::TypeParams, name: &str) {
        self.push_scope(ScopeKind::TypeParams, name, key_of(tp));
        for p in &tp.type_params {
            let (n, r) = match p {
                ast::TypeParam::TypeVar(t) => (&t.name, t.range),
                ast::TypeParam::TypeVarTuple(t) => (&t.name, t.range),
                ast::TypeParam::ParamSpec(t) => (&t.name, t.range),
            };
            self.add(n.id.as_str(), DEF_LOCAL, r);
            if let ast::TypeParam::TypeVar(t) = p
                && let Some(b) = &t.bound
            {
                self.visit_expr(b);
            }
        }
    }

    fn visit_comprehension_scope(
        &mut self,
        key: usize,
        name: &str,
        generators: &[ast::Comprehension],
        elts: &[&Expr],
        is_genexpr: bool,
    ) {
        // The first iterable is evaluated in the enclosing scope.
        if let Some(first) = generators.first() {
            self.visit_expr(&first.iter);
        }
        self.push_scope(ScopeKind::Comprehension, name, key);
        self.add(".0", DEF_PARAM, TextRange::default());
        self.cur().params.push(".0".to_string());
        if is_genexpr {
            self.cur().is_generator = true;
        }
        let mut targets = Vec::new();
        for g in generators {
            collect_names(&g.target, &mut targets);
        }
        self.comp_targets.push(targets);
        for (i, g) in generators.iter().enumerate() {
            if g.is_async {
                self.cur().has_await = true;
            }
            self.visit_target(&g.target);
            if i > 0 {
                self.visit_expr(&g.iter);
            }
            for cond in &g.ifs {
                self.visit_expr(cond);
            }
        }
        for e in elts {
            self.visit_expr(e);
        }
        self.comp_targets.pop();
        // An async list/set/dict comprehension is awaited where it is
        // built, so an enclosing comprehension becomes async too.
        let awaits = !is_genexpr && self.cur().has_await;
        self.pop_scope();
        if awaits && self.cur().kind == ScopeKind::Comprehension {
            self.cur().has_await = true;
        }
    }

    fn visit_target(&mut self, target: &Expr) {
        self.visit_expr(target);
    }

    fn bind_walrus(&mut self, name: &str, range: TextRange) {
        // Walrus in a comprehension binds in the nearest enclosing
        // non-comprehension scope.
        let mut depth = self.stack.len();
        let mut in_comp = false;
        while depth > 0 {
            let idx = self.stack[depth - 1];
            if self.scopes[idx].kind != ScopeKind::Comprehension {
                break;
            }
            in_comp = true;
            depth -= 1;
        }
        if !in_comp {
            self.add(name, DEF_LOCAL, range);
            return;
        }
        if self
            .comp_targets
            .iter()
            .any(|t| t.iter().any(|n| n == name))
        {
            self.fail(
                format!(
                    "assignment expression cannot rebind comprehension iteration variable '{name}'"
                ),
                range,
            );
            return;
        }
        let owner = self.stack[depth.saturating_sub(1)];
        if self.scopes[owner].kind == ScopeKind::Class {
            self.fail(
                "assignment expression within a comprehension cannot be used in a class body"
                    .to_string(),
                range,
            );
            return;
        }
        for d in depth..self.stack.len() {
            let idx = self.stack[d];
            let s = &mut self.scopes[idx];
            let old = s.flags.get(name).copied().unwrap_or(0);
            if old == 0 {
                s.order.push(name.to_string());
            }
            s.flags.insert(name.to_string(), old | DEF_COMP_OUTER);
        }
        let s = &mut self.scopes[owner];
        let old = s.flags.get(name).copied().unwrap_or(0);
        if old == 0 {
            s.order.push(name.to_string());
        }
        s.flags.insert(name.to_string(), old | DEF_LOCAL);
    }
}

impl<'a> Visitor<'a> for Builder {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.visit_expr(&d.expression);
                }
                if let Some(tp) = &f.type_params {
                    self.visit_type_params_scope(tp, &f.name.id);
                    self.add(".type_params", DEF_LOCAL, f.name.range);
                }
                self.visit_param_defaults_and_annotations(&f.parameters);
                if let Some(r) = &f.returns {
                    self.visit_expr(r);
                }
                if f.type_params.is_some() {
                    self.add(&f.name.id, DEF_LOCAL, f.name.range);
                }
                self.push_scope(ScopeKind::Function, &f.name.id, key_of(f));
                self.cur().is_coroutine = f.is_async;
                self.visit_params(&f.parameters);
                self.visit_body(&f.body);
                self.pop_scope();
                if f.type_params.is_some() {
                    self.pop_scope();
                }
                self.add(&f.name.id, DEF_LOCAL, f.name.range);
            }
            Stmt::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.visit_expr(&d.expression);
                }
                if let Some(tp) = &c.type_params {
                    self.visit_type_params_scope(tp, &c.name.id);
                    self.add(".type_params", DEF_LOCAL, c.name.range);
                    self.add(".generic_base", DEF_LOCAL, c.name.range);
                }
                if let Some(args) = &c.arguments {
                    self.visit_arguments(args);
                }
                self.push_scope(ScopeKind::Class, &c.name.id, key_of(c));
                self.visit_body(&c.body);
                self.pop_scope();
                if c.type_params.is_some() {
                    self.pop_scope();
                }
                self.add(&c.name.id, DEF_LOCAL, c.name.range);
            }
            Stmt::TypeAlias(t) => {
                if let Expr::Name(n) = &*t.name {
                    self.add(&n.id, DEF_LOCAL, n.range);
                }
                if let Some(tp) = &t.type_params {
                    self.visit_type_params_scope(tp, "type alias");
                    self.add(".type_params", DEF_LOCAL, t.range);
                }
                self.push_scope(ScopeKind::Function, "type alias", key_of(t));
                self.visit_expr(&t.value);
                self.pop_scope();
                if t.type_params.is_some() {
                    self.pop_scope();
                }
            }
            Stmt::Global(g) => {
                for n in &g.names {
                    self.add(&n.id, DEF_GLOBAL, g.range);
                }
            }
            Stmt::Nonlocal(g) => {
                if self.cur().kind == ScopeKind::Module {
                    self.fail(
                        "nonlocal declaration not allowed at module level".to_string(),
                        g.range,
                    );
                }
                for n in &g.names {
                    self.add(&n.id, DEF_NONLOCAL, g.range);
                }
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let bound = match &a.asname {
                        Some(n) => n.id.to_string(),
                        None => a.name.id.split('.').next().unwrap_or("").to_string(),
                    };
                    self.add(&bound, DEF_LOCAL, a.range);
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    if a.name.id.as_str() == "*" {
                        if self.cur().kind != ScopeKind::Module {
                            self.fail("import * only allowed at module level".to_string(), i.range);
                        }
                        continue;
                    }
                    let bound = a.asname.as_ref().unwrap_or(&a.name);
                    self.add(&bound.id, DEF_LOCAL, a.range);
                }
            }
            Stmt::AnnAssign(a) => {
                if let Expr::Name(n) = &*a.target {
                    let f = self.cur().flags.get(n.id.as_str()).copied().unwrap_or(0);
                    if f & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && a.simple {
                        let what = if f & DEF_GLOBAL != 0 {
                            "global"
                        } else {
                            "nonlocal"
                        };
                        self.fail(
                            format!("annotated name '{}' can't be {what}", n.id),
                            n.range,
                        );
                    }
                    if a.simple {
                        self.add(&n.id, DEF_ANNOT, n.range);
                    }
                    if a.value.is_some() {
                        self.add(&n.id, DEF_LOCAL, n.range);
                    }
                } else {
                    self.visit_expr(&a.target);
                }
                self.visit_expr(&a.annotation);
                if let Some(v) = &a.value {
                    self.visit_expr(v);
                }
            }
            Stmt::Try(t) => {
                self.visit_body(&t.body);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.visit_expr(ty);
                    }
                    if let Some(n) = &h.name {
                        self.add(&n.id, DEF_LOCAL, n.range);
                    }
                    self.visit_body(&h.body);
                }
                self.visit_body(&t.orelse);
                self.visit_body(&t.finalbody);
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.visit_expr(v);
                }
            }
            _ => visitor::walk_stmt(self, stmt),
        }
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Name(n) => {
                let flag = match n.ctx {
                    ast::ExprContext::Load => USE,
                    _ => DEF_LOCAL,
                };
                self.add(&n.id, flag, n.range);
                if n.ctx == ast::ExprContext::Load && n.id.as_str() == "super" {
                    self.add("__class__", USE, n.range);
                }
            }
            Expr::Named(w) => {
                self.visit_expr(&w.value);
                if let Expr::Name(n) = &*w.target {
                    self.bind_walrus(&n.id, n.range);
                }
            }
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.visit_param_defaults_and_annotations(p);
                }
                self.push_scope(ScopeKind::Function, "<lambda>", key_of(l));
                if let Some(p) = &l.parameters {
                    self.visit_params(p);
                }
                self.visit_expr(&l.body);
                self.pop_scope();
            }
            Expr::ListComp(c) => self.visit_comprehension_scope(
                key_of(c),
                "<listcomp>",
                &c.generators,
                &[&c.elt],
                false,
            ),
            Expr::SetComp(c) => self.visit_comprehension_scope(
                key_of(c),
                "<setcomp>",
                &c.generators,
                &[&c.elt],
                false,
            ),
            Expr::Generator(c) => self.visit_comprehension_scope(
                key_of(c),
                "<genexpr>",
                &c.generators,
                &[&c.elt],
                true,
            ),
            Expr::DictComp(c) => {
                let mut elts: Vec<&Expr> = Vec::new();
                if let Some(k) = &c.key {
                    elts.push(k);
                }
                elts.push(&c.value);
                self.visit_comprehension_scope(key_of(c), "<dictcomp>", &c.generators, &elts, false)
            }
            Expr::Yield(y) => {
                self.mark_yield(y.range);
                if let Some(v) = &y.value {
                    self.visit_expr(v);
                }
            }
            Expr::YieldFrom(y) => {
                self.mark_yield(y.range);
                self.visit_expr(&y.value);
            }
            Expr::Await(a) => {
                self.cur().has_await = true;
                self.visit_expr(&a.value);
            }
            _ => visitor::walk_expr(self, expr),
        }
    }
}

impl Builder {
    fn mark_yield(&mut self, range: TextRange) {
        let kind = self.cur().kind;
        match kind {
            ScopeKind::Function => self.cur().is_generator = true,
            ScopeKind::Comprehension => {
                let name = self.cur().name.clone();
                let what = match name.as_str() {
                    "<listcomp>" => "list comprehension",
                    "<setcomp>" => "set comprehension",
                    "<dictcomp>" => "dict comprehension",
                    _ => "generator expression",
                };
                self.fail(format!("'yield' inside {what}"), range);
            }
            _ => {
                // Module or class level: reported by the code generator as
                // "'yield' outside function".
                self.cur().is_generator = true;
            }
        }
    }
}

/// Resolve every name of every scope, top-down, as CPython's analysis does.
fn analyze(table: &mut SymbolTable) -> Result<(), CompileError> {
    analyze_scope(table, 0, &[], &[])?;
    Ok(())
}

/// `bound`: names bound by enclosing function scopes; `globals`: names
/// declared global by enclosing scopes. Returns the scope's free names.
fn analyze_scope(
    table: &mut SymbolTable,
    idx: usize,
    bound: &[String],
    globals: &[String],
) -> Result<Vec<String>, CompileError> {
    let kind = table.scopes[idx].kind;
    let names: Vec<String> = table.scopes[idx].order.clone();
    let mut resolved: HashMap<String, NameScope> = HashMap::new();
    let mut local_bound: Vec<String> = Vec::new();
    let mut new_globals: Vec<String> = globals.to_vec();
    for name in &names {
        let flags = table.scopes[idx].flags[name];
        let scope = if flags & DEF_GLOBAL != 0 {
            new_globals.push(name.clone());
            NameScope::GlobalExplicit
        } else if flags & DEF_NONLOCAL != 0 {
            if !bound.contains(name) {
                let at = table.scopes[idx]
                    .nonlocal_at
                    .get(name)
                    .copied()
                    .unwrap_or_default();
                return Err(CompileError::syntax(
                    format!("no binding for nonlocal '{name}' found"),
                    at,
                ));
            }
            NameScope::Free
        } else if flags & DEF_COMP_OUTER != 0 && kind == ScopeKind::Comprehension {
            if bound.contains(name) {
                NameScope::Free
            } else {
                NameScope::GlobalExplicit
            }
        } else if flags & (DEF_LOCAL | DEF_PARAM) != 0 {
            local_bound.push(name.clone());
            NameScope::Local
        } else if bound.contains(name) && !(kind == ScopeKind::Module) {
            NameScope::Free
        } else if globals.contains(name) {
            NameScope::GlobalExplicit
        } else {
            NameScope::GlobalImplicit
        };
        resolved.insert(name.clone(), scope);
    }
    // What children may see as enclosing bindings.
    let mut child_bound: Vec<String> = bound.to_vec();
    match kind {
        ScopeKind::Function | ScopeKind::Comprehension | ScopeKind::TypeParams => {
            for n in &local_bound {
                if !child_bound.contains(n) {
                    child_bound.push(n.clone());
                }
            }
            // A local shadows an outer global declaration for nested scopes.
            new_globals.retain(|g| !local_bound.contains(g));
        }
        ScopeKind::Class => {
            if !child_bound.contains(&"__class__".to_string()) {
                child_bound.push("__class__".to_string());
            }
        }
        ScopeKind::Module => {
            child_bound.clear();
        }
    }
    let children = table.scopes[idx].children.clone();
    let mut child_free: Vec<String> = Vec::new();
    for c in children {
        let free = analyze_scope(table, c, &child_bound, &new_globals)?;
        let inline = kind != ScopeKind::TypeParams && inlinable(table, c);
        table.scopes[c].inlined = inline;
        for f in free {
            // An inlined comprehension reads our locals as they are: they
            // need no cell for it.
            if inline && resolved.get(&f) == Some(&NameScope::Local) && kind != ScopeKind::Class {
                continue;
            }
            if !child_free.contains(&f) {
                child_free.push(f);
            }
        }
    }
    // Names our children need from us become cells; others pass through.
    let mut cellvars = Vec::new();
    let mut freevars: Vec<String> = Vec::new();
    for f in &child_free {
        if kind == ScopeKind::Class && f == "__class__" {
            table.scopes[idx].needs_class_cell = true;
            continue;
        }
        match resolved.get(f).copied() {
            Some(NameScope::Local) if kind != ScopeKind::Class => {
                resolved.insert(f.clone(), NameScope::Cell);
                cellvars.push(f.clone());
            }
            Some(NameScope::Cell) => {}
            Some(NameScope::Free) => {}
            Some(NameScope::GlobalExplicit) | Some(NameScope::GlobalImplicit) | None
                if kind != ScopeKind::Module =>
            {
                // Pass the name through this scope to the child.
                if bound.contains(f) {
                    if kind == ScopeKind::Class {
                        // Class scopes see it through the class-deref path.
                        if !resolved.contains_key(f) {
                            freevars.push(f.clone());
                        }
                        resolved.entry(f.clone()).or_insert(NameScope::Free);
                        if resolved.get(f) == Some(&NameScope::Free) && !freevars.contains(f) {
                            freevars.push(f.clone());
                        }
                    } else {
                        resolved.insert(f.clone(), NameScope::Free);
                    }
                }
            }
            _ => {
                if kind == ScopeKind::Class && bound.contains(f) && !freevars.contains(f) {
                    // A class-local name shadows for the class body, but
                    // methods still see the enclosing function's cell.
                    freevars.push(f.clone());
                }
            }
        }
    }
    for name in &names {
        if resolved.get(name) == Some(&NameScope::Free) && !freevars.contains(name) {
            freevars.push(name.clone());
        }
    }
    for (name, s) in &resolved {
        if *s == NameScope::Free && !freevars.contains(name) {
            freevars.push(name.clone());
        }
    }
    // Functions whose methods reference `__class__` get it as a free var.
    let s = &mut table.scopes[idx];
    s.resolved = resolved;
    s.cellvars = cellvars;
    s.freevars = freevars.clone();
    if s.kind == ScopeKind::Class && s.needs_class_cell {
        s.cellvars.push("__class__".to_string());
    }
    // Report upward: our free vars (minus what we ourselves bind).
    let _ = Ranged::range(&TextRange::default());
    Ok(freevars)
}

/// Whether comprehension scope `c` (analyzed) can be compiled into the
/// code around it, as CPython 3.12+ does with list, set and dict
/// comprehensions (no frame of their own: tracebacks, `sys._getframe`
/// and `super()` see the enclosing function). Its variables then live in
/// fast slots of that code named after them, saved before the loop and
/// restored after it (a local of the same name is shared and comes back
/// as it was; a cell or a global of that name lives elsewhere). Left as
/// functions: generator expressions, comprehensions that await, and
/// those holding any scope other than an inlined comprehension (a lambda
/// or generator expression, which could capture their variables).
fn inlinable(table: &SymbolTable, c: usize) -> bool {
    let s = &table.scopes[c];
    s.kind == ScopeKind::Comprehension
        && !s.is_generator
        && !s.has_await
        && s.cellvars.is_empty()
        && s.children.iter().all(|&k| table.scopes[k].inlined)
}

fn collect_names(target: &Expr, out: &mut Vec<String>) {
    match target {
        Expr::Name(n) => out.push(n.id.to_string()),
        Expr::Tuple(t) => t.elts.iter().for_each(|e| collect_names(e, out)),
        Expr::List(l) => l.elts.iter().for_each(|e| collect_names(e, out)),
        Expr::Starred(s) => collect_names(&s.value, out),
        _ => {}
    }
}

//! AST to bytecode. Parsing is `ruff_python_parser`'s; scope analysis is
//! `symtable`; code generation is split by what it compiles (`stmt`,
//! `expr`, `pattern`). Nothing here knows the VM's types.

pub(crate) mod expr;
mod pattern;
mod stmt;
pub mod symtable;
mod tokens;
pub mod warnings;

use crate::bytecode::{CodeObject, Constant, ExceptionEntry, Instr, Position, code_flags};
use hashbrown::HashMap;
use ruff_python_ast::{self as ast, Stmt};
use ruff_text_size::{Ranged, TextRange, TextSize};
use std::rc::Rc;
use symtable::{NameScope, ScopeKind, SymbolTable};

/// A compile-time error, reported to Python as `SyntaxError`.
#[derive(Clone, Debug)]
pub struct CompileError {
    pub message: String,
    pub range: TextRange,
    /// `IndentationError` / `TabError` instead of plain `SyntaxError`.
    pub kind: &'static str,
    /// Resolved by `compile`: 1-based line and column, and the line's text.
    pub line: u32,
    pub column: u32,
    pub end_line: u32,
    pub end_column: u32,
    pub text: Option<String>,
}

impl CompileError {
    pub fn syntax(message: impl Into<String>, range: TextRange) -> CompileError {
        CompileError {
            message: message.into(),
            range,
            kind: "SyntaxError",
            line: 0,
            column: 0,
            end_line: 0,
            end_column: 0,
            text: None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Exec,
    Eval,
    /// Interactive: expression statements print their value.
    Single,
}

/// Maps byte offsets to 1-based lines and columns.
pub struct LineIndex {
    starts: Vec<u32>,
}

impl LineIndex {
    pub fn new(source: &str) -> LineIndex {
        let mut starts = vec![0];
        for (i, b) in source.bytes().enumerate() {
            if b == b'\n' {
                starts.push(i as u32 + 1);
            }
        }
        LineIndex { starts }
    }
    pub fn line_of(&self, offset: TextSize) -> u32 {
        let off = u32::from(offset);
        match self.starts.binary_search(&off) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }
    pub fn line_start(&self, line: u32) -> u32 {
        self.starts
            .get(line.saturating_sub(1) as usize)
            .copied()
            .unwrap_or(0)
    }
}

/// Compile `source` into a module (or expression) code object.
pub fn compile(source: &str, filename: &str, mode: Mode) -> Result<Rc<CodeObject>, CompileError> {
    compile_reporting(source, filename, mode, &mut Vec::new())
}

/// `compile`, also collecting CPython's compile-time SyntaxWarnings as
/// (line, message) pairs.
pub fn compile_reporting(
    source: &str,
    filename: &str,
    mode: Mode,
    warnings: &mut Vec<(u32, String)>,
) -> Result<Rc<CodeObject>, CompileError> {
    let index = LineIndex::new(source);
    let result = compile_inner(source, filename, mode, &index, warnings);
    result.map_err(|mut e| {
        locate(&mut e, source, &index);
        e
    })
}

fn locate(e: &mut CompileError, source: &str, index: &LineIndex) {
    if e.line != 0 {
        return;
    }
    let start = e.range.start();
    e.line = index.line_of(start);
    let ls = index.line_start(e.line) as usize;
    let off = (u32::from(start) as usize).min(source.len());
    let prefix = source.get(ls..off).unwrap_or("");
    e.column = prefix.chars().count() as u32 + 1;
    let end = e.range.end();
    e.end_line = index.line_of(end);
    let els = index.line_start(e.end_line) as usize;
    let eoff = (u32::from(end) as usize).min(source.len());
    e.end_column = source.get(els..eoff).unwrap_or("").chars().count() as u32 + 1;
    let line_end = source[ls.min(source.len())..]
        .find('\n')
        .map(|p| ls + p)
        .unwrap_or(source.len());
    e.text = source.get(ls..line_end).map(|s| s.to_string());
}

fn compile_inner(
    source: &str,
    filename: &str,
    mode: Mode,
    index: &LineIndex,
    warnings: &mut Vec<(u32, String)>,
) -> Result<Rc<CodeObject>, CompileError> {
    tokens::check_nesting(source)?;
    let parse_mode = match mode {
        Mode::Eval => ruff_python_parser::Mode::Expression,
        _ => ruff_python_parser::Mode::Module,
    };
    let options = ruff_python_parser::ParseOptions::from(parse_mode);
    let parsed = ruff_python_parser::parse(source, options).map_err(|e| parse_error(e, source))?;
    let module = parsed.into_syntax();
    match module {
        ast::Mod::Module(m) => {
            let stringize = check_future_imports(&m.body)?;
            for w in self::warnings::collect(&m.body, source) {
                warnings.push((index.line_of(w.range.start()), w.message));
            }
            let table = symtable::build(&m.body)?;
            let mut c = Compiler::new(&table, filename, index, mode);
            if stringize {
                c.annotation_source = Some(source.to_string());
            }
            c.push_unit(0, "<module>", "<module>", 1, code_flags::NAME_LOOKUPS);
            c.compile_module_body(&m.body)?;
            Ok(c.pop_unit())
        }
        ast::Mod::Expression(e) => {
            let stmt = ast::Stmt::Expr(ast::StmtExpr {
                range: e.range,
                node_index: Default::default(),
                value: e.body,
            });
            let body = vec![stmt];
            let table = symtable::build(&body)?;
            let mut c = Compiler::new(&table, filename, index, mode);
            c.push_unit(0, "<module>", "<module>", 1, code_flags::NAME_LOOKUPS);
            if let ast::Stmt::Expr(s) = &body[0] {
                c.set_line(s.range());
                c.compile_expr(&s.value)?;
            }
            c.emit(Instr::ReturnValue);
            Ok(c.pop_unit())
        }
    }
}

fn parse_error(e: ruff_python_parser::ParseError, source: &str) -> CompileError {
    if let Some(msg) = target_error(&e, source) {
        return CompileError::syntax(msg, e.location);
    }
    if let Some(err) = specific_error(&e, source) {
        return err;
    }
    let text = e.error.to_string();
    let (message, kind) = (cpython_wording(&text), "SyntaxError");
    // As CPython: a generic error gives way to what the tokenizer finds.
    if (message == "invalid syntax" || message.starts_with("unterminated"))
        && let Some(t) = tokens::tokenizer_error(source, e.location)
    {
        return t;
    }
    if message == "invalid syntax"
        && let Some(t) = tokens::missing_comma(source, e.location)
    {
        return t;
    }
    if message == "invalid syntax"
        && let Some(t) = tuple_augassign(source, e.location)
    {
        return t;
    }
    let kind = if message.contains("indent") {
        "IndentationError"
    } else {
        kind
    };
    let message = if message == "expected an indented block" {
        match block_header(source, u32::from(e.location.start()) as usize) {
            Some((what, line)) => format!("{message} after {what} on line {line}"),
            None => message,
        }
    } else {
        message
    };
    let mut err = CompileError::syntax(message, e.location);
    err.kind = kind;
    err
}

/// `a, b += 1`: ruff stops at the operator; CPython names the tuple.
fn tuple_augassign(source: &str, location: TextRange) -> Option<CompileError> {
    let (start, end) = (
        u32::from(location.start()) as usize,
        u32::from(location.end()) as usize,
    );
    let op = source.get(start..end)?;
    const OPS: &[&str] = &[
        "+=", "-=", "*=", "/=", "//=", "%=", "@=", "&=", "|=", "^=", ">>=", "<<=", "**=",
    ];
    if !OPS.contains(&op) {
        return None;
    }
    let line_start = source[..start].rfind('\n').map_or(0, |p| p + 1);
    let target = &source[line_start..start];
    let first = line_start + (target.len() - target.trim_start().len());
    let last = line_start + target.trim_end().len();
    let text = &source[first..last];
    // A comma outside brackets makes the target a tuple.
    let mut depth = 0i32;
    let tuple = text.bytes().any(|b| {
        match b {
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => depth -= 1,
            _ => {}
        }
        b == b',' && depth == 0
    });
    if !tuple {
        return None;
    }
    Some(CompileError::syntax(
        "'tuple' is an illegal expression for augmented assignment",
        TextRange::new(TextSize::from(first as u32), TextSize::from(last as u32)),
    ))
}

/// CPython's own wording for the parse errors ruff names precisely.
fn specific_error(e: &ruff_python_parser::ParseError, source: &str) -> Option<CompileError> {
    use ruff_python_ast::token::TokenKind as T;
    use ruff_python_parser::{LexicalErrorType as L, ParseErrorType as P};
    let start = u32::from(e.location.start()) as usize;
    let at = |from: usize, to: usize| {
        TextRange::new(TextSize::from(from as u32), TextSize::from(to as u32))
    };
    let message = match &e.error {
        P::ExpectedToken {
            expected: T::Colon,
            found: T::Equal,
        } => {
            // From the name before the `=`, as CPython marks it.
            let bytes = source.as_bytes();
            let mut a = start;
            while a > 0 && bytes[a - 1].is_ascii_whitespace() {
                a -= 1;
            }
            let end = a;
            a = tokens::back_over_primary(bytes, end).unwrap_or(end);
            let target = &source[a..end];
            let is_name = !target.is_empty()
                && target
                    .bytes()
                    .all(|c| c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80);
            if !is_name && !target.is_empty() {
                // An attribute, subscript or call: "cannot assign to ...".
                let parsed = ruff_python_parser::parse_expression(target).ok()?;
                let what = match parsed.expr() {
                    ast::Expr::Attribute(_) => "attribute",
                    ast::Expr::Subscript(_) => "subscript",
                    other => expr::describe(other),
                };
                return Some(CompileError::syntax(
                    format!("cannot assign to {what} here. Maybe you meant '==' instead of '='?"),
                    at(a, end),
                ));
            }
            // ... to the end of the value after it.
            let mut b = start + 1;
            while b < bytes.len() && bytes[b] == b' ' {
                b += 1;
            }
            while b < bytes.len()
                && (bytes[b].is_ascii_alphanumeric() || matches!(bytes[b], b'_' | b'.'))
            {
                b += 1;
            }
            return Some(CompileError::syntax(
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                at(a, b.max(end.max(a + 1))),
            ));
        }
        P::ExpectedToken {
            expected: T::Colon,
            found: T::Newline,
        } => "expected ':'",
        P::ExpectedToken {
            expected: T::Else, ..
        } => {
            // From the value before `if` to the end of the condition.
            let end = source[..start.min(source.len())].trim_end().len();
            let if_at = source[..end].rfind(" if ")?;
            let body_end = source[..if_at].trim_end().len();
            let body_start =
                tokens::back_over_primary(source.as_bytes(), body_end).unwrap_or(body_end);
            return Some(CompileError::syntax(
                "expected 'else' after 'if' expression",
                at(body_start, end),
            ));
        }
        P::Lexical(L::LineContinuationError) => {
            // Just after the backslash, as CPython's tokenizer reports it.
            return Some(CompileError::syntax(
                "unexpected character after line continuation character",
                at(start + 1, start + 1),
            ));
        }
        P::PositionalAfterKeywordArgument => {
            // At the token after the argument, as CPython reports it.
            let end = u32::from(e.location.end()) as usize;
            return Some(CompileError::syntax(
                "positional argument follows keyword argument",
                at(end, end + 1),
            ));
        }
        P::InvalidArgumentUnpackingOrder => {
            "iterable argument unpacking follows keyword argument unpacking"
        }
        P::ExpectedKeywordParam => "named arguments must follow bare *",
        P::UnparenthesizedGeneratorExpression => "Generator expression must be parenthesized",
        P::Lexical(L::OtherError(m)) if m.contains("decimal integer literal") => {
            let text = source.get(start..u32::from(e.location.end()) as usize)?;
            if !(text.starts_with('0') && text.bytes().all(|b| b.is_ascii_digit() || b == b'_')) {
                return None;
            }
            return Some(CompileError::syntax(
                "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                at(start, start + 1),
            ));
        }
        P::OtherError(m) if m.contains("`except` or `finally`") => {
            // Reported at the end of the `try` body, as CPython does.
            let end = source[..start.min(source.len())].trim_end().len();
            return Some(CompileError::syntax(
                "expected 'except' or 'finally' block",
                at(end, end),
            ));
        }
        P::SimpleStatementsOnSameLine => {
            let line_start = source[..start.min(source.len())]
                .rfind('\n')
                .map_or(0, |p| p + 1);
            let line = &source[line_start..];
            let line = &line[..line.find('\n').unwrap_or(line.len())];
            let head = line.trim_start();
            let indent = line.len() - head.len();
            for word in ["print", "exec"] {
                if head.starts_with(word)
                    && head[word.len()..].starts_with([' ', '\t'])
                    && line_start + indent + word.len() < start
                {
                    return Some(CompileError::syntax(
                        format!(
                            "Missing parentheses in call to '{word}'. Did you mean {word}(...)?"
                        ),
                        at(line_start + indent, line_start + line.trim_end().len()),
                    ));
                }
            }
            // A name glued to a number: `1abc`.
            let bytes = source.as_bytes();
            if start > 0 && bytes[start - 1].is_ascii_digit() {
                let mut n = start - 1;
                while n > 0 && (bytes[n - 1].is_ascii_alphanumeric() || bytes[n - 1] == b'.') {
                    n -= 1;
                }
                return Some(CompileError::syntax(
                    "invalid decimal literal",
                    at(n, start),
                ));
            }
            return None;
        }
        _ => return None,
    };
    Some(CompileError::syntax(message, e.location))
}

/// The compound statement whose block is missing, for CPython's "expected
/// an indented block after 'if' statement on line 3": the last non-blank
/// line before `offset`, by its leading keyword.
fn block_header(source: &str, offset: usize) -> Option<(String, usize)> {
    let before = source.get(..offset.min(source.len()))?;
    let (index, line) = before
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .last()?;
    let words: Vec<&str> = line
        .trim_start()
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
        .take(2)
        .collect();
    let first = *words.first()?;
    let first = if first == "async" {
        *words.get(1)?
    } else {
        first
    };
    let what = match first {
        "def" => "function definition".to_string(),
        "class" => "class definition".to_string(),
        "if" | "elif" | "else" | "for" | "while" | "with" | "try" | "except" | "finally"
        | "match" | "case" => format!("'{first}' statement"),
        _ => return None,
    };
    Some((what, index + 1))
}

/// Translate ruff's wording into CPython's where the two differ.
fn cpython_wording(text: &str) -> String {
    let lower = text.to_lowercase();
    if lower.contains("unexpected indentation") {
        return "unexpected indent".to_string();
    }
    if lower.contains("expected an indented block") {
        return "expected an indented block".to_string();
    }
    if lower.contains("unindent") || lower.contains("dedent") {
        return "unindent does not match any outer indentation level".to_string();
    }
    if lower.contains("missing closing quote") || lower.contains("unterminated string") {
        return "unterminated string literal".to_string();
    }
    "invalid syntax".to_string()
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Label(u32);

/// What a `break`, `continue` or `return` must undo on its way out.
#[derive(Clone)]
pub(crate) enum FBlock<'a> {
    WhileLoop {
        top: Label,
        exit: Label,
    },
    ForLoop {
        top: Label,
        exit: Label,
    },
    AsyncForLoop {
        top: Label,
        exit: Label,
    },
    /// Body of a `try` with handlers: leaving it just drops the handler.
    TryExcept,
    /// Body of `try: ... finally:`: leaving it runs the final body inline.
    Finally {
        body: &'a [Stmt],
    },
    /// Running a final body on the exception path: `[prev, exc]` on the stack.
    FinallyEnd,
    /// An except clause: `[prev]` on the stack, maybe a bound name.
    Handler {
        name: Option<&'a str>,
    },
    /// `with` / `async with` body: `[exit]` on the stack.
    With {
        is_async: bool,
    },
    /// A value (e.g. a match subject) the statement keeps on the stack.
    PopValue,
    /// The body of an `except*` clause: `break`, `continue` and `return`
    /// may not leave it. Nothing to undo.
    ExceptStar,
}

pub(crate) struct Unit<'a> {
    pub scope: usize,
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub flags: u32,
    pub first_line: u32,
    pub instructions: Vec<Instr>,
    pub lines: Vec<u32>,
    /// The source range each instruction came from.
    pub spans: Vec<TextRange>,
    /// Handler label and stack depth active for each instruction.
    pub handlers: Vec<Option<(Label, u32)>>,
    pub constants: Vec<Constant>,
    const_index: HashMap<String, u32>,
    pub names: Vec<Rc<str>>,
    name_index: HashMap<Rc<str>, u32>,
    pub varnames: Vec<Rc<str>>,
    pub cellvars: Vec<Rc<str>>,
    pub freevars: Vec<Rc<str>>,
    pub labels: Vec<u32>,
    pub fblocks: Vec<FBlock<'a>>,
    /// Stack of active handlers: (label, depth).
    pub handler_stack: Vec<(Label, u32)>,
    /// Items the enclosing constructs keep on the value stack.
    pub depth: u32,
    pub line: u32,
    /// The source range of the expression or statement being compiled.
    pub span: TextRange,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub private: Option<Rc<str>>,
    /// Handler depths known only once the code is complete: the stack
    /// depth at a label plus an offset (see `push_handler_at_label`).
    pub label_depths: Vec<(Label, i32)>,
    /// The inlined comprehensions being compiled into this unit,
    /// innermost last: their names resolve by their own scopes
    /// (`inline_name_op`).
    pub inline_scopes: Vec<usize>,
}

const UNBOUND_LABEL: u32 = u32::MAX;

/// Give the exception-table entries made by `push_handler_at_label` their
/// depths: each is the stack depth at its label plus its offset, read off
/// the depths of the code reachable so far (an entry's label may lie
/// inside another such entry's handler, so this goes round until done).
fn resolve_label_depths(
    instrs: &[Instr],
    table: &mut [ExceptionEntry],
    label_depths: &[(Label, i32)],
    labels: &[u32],
) {
    use crate::bytecode::UNRESOLVED_DEPTH;
    while table.iter().any(|e| e.depth >= UNRESOLVED_DEPTH) {
        let (depth_at, _) = crate::bytecode::depths(instrs, table);
        let mut progress = false;
        for e in table.iter_mut().filter(|e| e.depth >= UNRESOLVED_DEPTH) {
            let Some(&(label, offset)) = label_depths.get((e.depth - UNRESOLVED_DEPTH) as usize)
            else {
                e.depth = 0;
                continue;
            };
            let at = labels.get(label.0 as usize).copied().unwrap_or(0) as usize;
            if let Some(Some(d)) = depth_at.get(at) {
                e.depth = (d + offset).max(0) as u32;
                progress = true;
            }
        }
        if !progress {
            // Unreachable code: no depth matters there.
            for e in table.iter_mut().filter(|e| e.depth >= UNRESOLVED_DEPTH) {
                e.depth = 0;
            }
        }
    }
}

pub(crate) struct Compiler<'a> {
    pub table: &'a SymbolTable,
    pub filename: Rc<str>,
    pub index: &'a LineIndex,
    pub mode: Mode,
    pub units: Vec<Unit<'a>>,
    /// Under `from __future__ import annotations` (PEP 563): the module
    /// source, whose text each annotation becomes instead of being run.
    pub annotation_source: Option<String>,
}

impl<'a> Compiler<'a> {
    fn new(table: &'a SymbolTable, filename: &str, index: &'a LineIndex, mode: Mode) -> Self {
        Compiler {
            table,
            filename: Rc::from(filename),
            index,
            mode,
            units: Vec::new(),
            annotation_source: None,
        }
    }

    pub fn unit(&mut self) -> &mut Unit<'a> {
        let n = self.units.len() - 1;
        &mut self.units[n]
    }

    pub fn unit_ref(&self) -> &Unit<'a> {
        &self.units[self.units.len() - 1]
    }

    pub fn scope(&self) -> &'a symtable::Scope {
        &self.table.scopes[self.unit_ref().scope]
    }

    pub fn push_unit(&mut self, scope: usize, name: &str, qualname: &str, line: u32, flags: u32) {
        let s = &self.table.scopes[scope];
        let mut varnames: Vec<Rc<str>> = s.params.iter().map(|p| Rc::from(p.as_str())).collect();
        let is_fast = matches!(
            s.kind,
            ScopeKind::Function | ScopeKind::Comprehension | ScopeKind::TypeParams
        );
        if is_fast {
            for n in &s.order {
                if s.resolved.get(n) == Some(&NameScope::Local)
                    && !varnames.iter().any(|v| &**v == n.as_str())
                {
                    varnames.push(Rc::from(n.as_str()));
                }
            }
        }
        let mut cellvars: Vec<Rc<str>> = s.cellvars.iter().map(|c| Rc::from(c.as_str())).collect();
        cellvars.sort();
        let mut freevars: Vec<Rc<str>> = s.freevars.iter().map(|c| Rc::from(c.as_str())).collect();
        freevars.sort();
        let private = if s.kind == ScopeKind::Class {
            Some(Rc::from(s.name.as_str()))
        } else {
            self.units.last().and_then(|u| u.private.clone())
        };
        self.units.push(Unit {
            scope,
            name: Rc::from(name),
            qualname: Rc::from(qualname),
            flags,
            first_line: line,
            instructions: Vec::new(),
            lines: Vec::new(),
            spans: Vec::new(),
            handlers: Vec::new(),
            constants: Vec::new(),
            const_index: HashMap::new(),
            names: Vec::new(),
            name_index: HashMap::new(),
            varnames,
            cellvars,
            freevars,
            labels: Vec::new(),
            fblocks: Vec::new(),
            handler_stack: Vec::new(),
            depth: 0,
            line,
            span: TextRange::default(),
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            inline_scopes: Vec::new(),
            label_depths: Vec::new(),
            private,
        });
    }

    pub fn pop_unit(&mut self) -> Rc<CodeObject> {
        let Some(u) = self.units.pop() else {
            return Rc::new(empty_code());
        };
        let mut instructions = u.instructions;
        for ins in instructions.iter_mut() {
            if let Some(t) = jump_target_mut(ins) {
                *t = u.labels.get(*t as usize).copied().unwrap_or(0);
            }
        }
        // Collapse per-instruction handlers into non-overlapping ranges.
        let mut table: Vec<ExceptionEntry> = Vec::new();
        let mut i = 0;
        while i < u.handlers.len() {
            if let Some((label, depth)) = u.handlers[i] {
                let start = i;
                while i < u.handlers.len() && u.handlers[i] == Some((label, depth)) {
                    i += 1;
                }
                table.push(ExceptionEntry {
                    start: start as u32,
                    end: i as u32,
                    target: u.labels.get(label.0 as usize).copied().unwrap_or(0),
                    depth,
                });
            } else {
                i += 1;
            }
        }
        let cell2arg = u
            .cellvars
            .iter()
            .map(|c| {
                u.varnames
                    .iter()
                    .take(u.argcount as usize + u.kwonlyargcount as usize + 2)
                    .position(|v| v == c)
                    .map(|p| p as u32)
            })
            .collect();
        resolve_label_depths(&instructions, &mut table, &u.label_depths, &u.labels);
        let max_stack = crate::bytecode::max_stack_depth(&instructions, &table);
        Rc::new(CodeObject {
            name: u.name,
            qualname: u.qualname,
            filename: self.filename.clone(),
            first_line: u.first_line,
            flags: u.flags,
            argcount: u.argcount,
            posonlyargcount: u.posonlyargcount,
            kwonlyargcount: u.kwonlyargcount,
            instructions,
            positions: u.spans.iter().map(|r| self.position(*r)).collect(),
            lines: u.lines,
            constants: u.constants,
            names: u.names,
            varnames: u.varnames,
            cellvars: u.cellvars,
            freevars: u.freevars,
            cell2arg,
            exception_table: table,
            max_stack,
        })
    }

    pub fn emit(&mut self, ins: Instr) -> usize {
        let u = self.unit();
        let h = u.handler_stack.last().copied();
        u.instructions.push(ins);
        u.lines.push(u.line);
        u.spans.push(u.span);
        u.handlers.push(h);
        u.instructions.len() - 1
    }

    pub fn new_label(&mut self) -> Label {
        let u = self.unit();
        u.labels.push(UNBOUND_LABEL);
        Label(u.labels.len() as u32 - 1)
    }

    pub fn bind(&mut self, l: Label) {
        let u = self.unit();
        let pos = u.instructions.len() as u32;
        u.labels[l.0 as usize] = pos;
    }

    pub fn jump(&mut self, make: fn(u32) -> Instr, l: Label) {
        self.emit(make(l.0));
    }

    /// Start protecting the following instructions with `handler`; on an
    /// exception the stack is cut to the current depth plus `extra`.
    pub fn push_handler(&mut self, handler: Label, extra: u32) {
        let u = self.unit();
        let depth = u.depth + extra;
        u.handler_stack.push((handler, depth));
    }

    /// Like `push_handler`, for a handler whose stack depth the compiler
    /// does not track (inside an expression): the depth before the
    /// instruction at `at`, plus `offset`, found once the code is done.
    pub fn push_handler_at_label(&mut self, handler: Label, at: Label, offset: i32) {
        let u = self.unit();
        let depth = crate::bytecode::UNRESOLVED_DEPTH + u.label_depths.len() as u32;
        u.label_depths.push((at, offset));
        u.handler_stack.push((handler, depth));
    }

    pub fn pop_handler(&mut self) {
        self.unit().handler_stack.pop();
    }

    pub fn set_line(&mut self, range: TextRange) {
        let line = self.index.line_of(range.start());
        let u = self.unit();
        u.line = line;
        u.span = range;
    }

    /// A source range as end line and byte columns.
    fn position(&self, r: TextRange) -> Position {
        let line = self.index.line_of(r.start());
        let end_line = self.index.line_of(r.end());
        Position {
            end_line,
            col: u32::from(r.start()).saturating_sub(self.index.line_start(line)),
            end_col: u32::from(r.end()).saturating_sub(self.index.line_start(end_line)),
        }
    }

    pub fn line_of(&self, range: TextRange) -> u32 {
        self.index.line_of(range.start())
    }

    pub fn add_const(&mut self, c: Constant) -> u32 {
        let u = self.unit();
        if let Constant::Code(_) = c {
            u.constants.push(c);
            return u.constants.len() as u32 - 1;
        }
        let key = format!("{c:?}");
        if let Some(&i) = u.const_index.get(&key) {
            return i;
        }
        u.constants.push(c);
        let i = u.constants.len() as u32 - 1;
        u.const_index.insert(key, i);
        i
    }

    pub fn load_const(&mut self, c: Constant) {
        let i = self.add_const(c);
        self.emit(Instr::LoadConst(i));
    }

    pub fn name_idx(&mut self, name: &str) -> u32 {
        let u = self.unit();
        if let Some(&i) = u.name_index.get(name) {
            return i;
        }
        let rc: Rc<str> = Rc::from(name);
        u.names.push(rc.clone());
        let i = u.names.len() as u32 - 1;
        u.name_index.insert(rc, i);
        i
    }

    pub fn mangle(&self, name: &str) -> String {
        let Some(class) = &self.unit_ref().private else {
            return name.to_string();
        };
        if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
            return name.to_string();
        }
        let stripped = class.trim_start_matches('_');
        if stripped.is_empty() {
            return name.to_string();
        }
        format!("_{stripped}{name}")
    }

    pub(crate) fn varname_idx(&mut self, name: &str) -> u32 {
        let u = self.unit();
        if let Some(i) = u.varnames.iter().position(|v| &**v == name) {
            return i as u32;
        }
        u.varnames.push(Rc::from(name));
        u.varnames.len() as u32 - 1
    }

    /// Index of a cell or free variable in `cellvars ++ freevars`.
    pub fn deref_idx(&mut self, name: &str) -> Option<u32> {
        let u = self.unit_ref();
        if let Some(i) = u.cellvars.iter().position(|v| &**v == name) {
            return Some(i as u32);
        }
        u.freevars
            .iter()
            .position(|v| &**v == name)
            .map(|i| (i + u.cellvars.len()) as u32)
    }

    fn is_fast_scope(&self) -> bool {
        matches!(
            self.scope().kind,
            ScopeKind::Function | ScopeKind::Comprehension | ScopeKind::TypeParams
        ) && self.unit_ref().flags & code_flags::NAME_LOOKUPS == 0
    }

    /// Emit the load, store or delete of a plain name, resolved by scope.
    pub fn name_op(&mut self, name: &str, op: NameOp) {
        if let Some(&comp) = self.unit_ref().inline_scopes.last() {
            self.inline_name_op(comp, name, op);
            return;
        }
        let scope = self.scope();
        let kind = scope.kind;
        let resolved = scope.lookup(name);
        let mangled = self.mangle(name);
        match resolved {
            NameScope::Local if self.is_fast_scope() => {
                let i = self.varname_idx(name);
                self.emit(match op {
                    NameOp::Load => Instr::LoadFast(i),
                    NameOp::Store => Instr::StoreFast(i),
                    NameOp::Delete => Instr::DeleteFast(i),
                });
            }
            NameScope::Cell | NameScope::Free => {
                let Some(i) = self.deref_idx(name) else {
                    let n = self.name_idx(&mangled);
                    self.emit(match op {
                        NameOp::Load => Instr::LoadGlobal(n),
                        NameOp::Store => Instr::StoreGlobal(n),
                        NameOp::Delete => Instr::DeleteGlobal(n),
                    });
                    return;
                };
                self.emit(match op {
                    NameOp::Load if kind == ScopeKind::Class => Instr::LoadClassDeref(i),
                    NameOp::Load => Instr::LoadDeref(i),
                    NameOp::Store => Instr::StoreDeref(i),
                    NameOp::Delete => Instr::DeleteDeref(i),
                });
            }
            NameScope::GlobalExplicit => {
                let n = self.name_idx(&mangled);
                self.emit(match op {
                    NameOp::Load => Instr::LoadGlobal(n),
                    NameOp::Store => Instr::StoreGlobal(n),
                    NameOp::Delete => Instr::DeleteGlobal(n),
                });
            }
            NameScope::GlobalImplicit if self.is_fast_scope() => {
                let n = self.name_idx(&mangled);
                self.emit(match op {
                    NameOp::Load => Instr::LoadGlobal(n),
                    NameOp::Store => Instr::StoreGlobal(n),
                    NameOp::Delete => Instr::DeleteGlobal(n),
                });
            }
            _ => {
                let n = self.name_idx(&mangled);
                self.emit(match op {
                    NameOp::Load => Instr::LoadName(n),
                    NameOp::Store => Instr::StoreName(n),
                    NameOp::Delete => Instr::DeleteName(n),
                });
            }
        }
    }

    /// A name inside a comprehension inlined into this unit (PEP 709). Its
    /// own variables live in fast slots of this unit named after them
    /// (shared with the inlined comprehensions around it, which bind
    /// different names: see `symtable::inlinable`); globals are globals
    /// even in a module or class body; a free name is the variable of the
    /// enclosing code, read as that code reads it, except that a class
    /// body's own namespace is never consulted.
    fn inline_name_op(&mut self, comp: usize, name: &str, op: NameOp) {
        let resolved = self.table.scopes[comp].lookup(name);
        let fast = |i| match op {
            NameOp::Load => Instr::LoadFast(i),
            NameOp::Store => Instr::StoreFast(i),
            NameOp::Delete => Instr::DeleteFast(i),
        };
        let global = |n| match op {
            NameOp::Load => Instr::LoadGlobal(n),
            NameOp::Store => Instr::StoreGlobal(n),
            NameOp::Delete => Instr::DeleteGlobal(n),
        };
        match resolved {
            NameScope::Local | NameScope::Cell => {
                let i = self.varname_idx(name);
                self.emit(fast(i));
            }
            NameScope::Free => {
                // Bound by an inlined comprehension around this one: the
                // same fast slot.
                let inline_outer = self
                    .unit_ref()
                    .inline_scopes
                    .iter()
                    .rev()
                    .skip(1)
                    .any(|&c| self.table.scopes[c].lookup(name) == NameScope::Local);
                if inline_outer {
                    let i = self.varname_idx(name);
                    self.emit(fast(i));
                    return;
                }
                if let Some(i) = self.deref_idx(name) {
                    self.emit(match op {
                        NameOp::Load => Instr::LoadDeref(i),
                        NameOp::Store => Instr::StoreDeref(i),
                        NameOp::Delete => Instr::DeleteDeref(i),
                    });
                    return;
                }
                if self.scope().lookup(name) == NameScope::Local && self.is_fast_scope() {
                    let i = self.varname_idx(name);
                    self.emit(fast(i));
                    return;
                }
                let n = self.name_idx(&self.mangle(name));
                self.emit(global(n));
            }
            NameScope::GlobalExplicit | NameScope::GlobalImplicit => {
                let n = self.name_idx(&self.mangle(name));
                self.emit(global(n));
            }
        }
    }

    pub fn error<T>(&self, msg: impl Into<String>, range: TextRange) -> Result<T, CompileError> {
        Err(CompileError::syntax(msg, range))
    }

    /// The qualified name for a function or class defined in the current unit.
    pub fn qualname_for(&self, name: &str) -> String {
        let u = self.unit_ref();
        let scope = self.scope();
        match scope.kind {
            ScopeKind::Module => name.to_string(),
            ScopeKind::Class => format!("{}.{}", u.qualname, name),
            ScopeKind::TypeParams => {
                // Generic functions are named as if the type-params scope
                // were not there.
                let parent = self.units.len().checked_sub(2).map(|i| &self.units[i]);
                match parent {
                    Some(p) if self.table.scopes[p.scope].kind != ScopeKind::Module => {
                        if self.table.scopes[p.scope].kind == ScopeKind::Class {
                            format!("{}.{}", p.qualname, name)
                        } else {
                            format!("{}.<locals>.{}", p.qualname, name)
                        }
                    }
                    _ => name.to_string(),
                }
            }
            _ => {
                // A name declared global in the enclosing function is not nested.
                if scope.lookup(name) == NameScope::GlobalExplicit {
                    return name.to_string();
                }
                format!("{}.<locals>.{}", u.qualname, name)
            }
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum NameOp {
    Load,
    Store,
    Delete,
}

fn jump_target_mut(ins: &mut Instr) -> Option<&mut u32> {
    match ins {
        Instr::ForIter(t)
        | Instr::Jump(t)
        | Instr::PopJumpIfFalse(t)
        | Instr::PopJumpIfTrue(t)
        | Instr::PopJumpIfNone(t)
        | Instr::PopJumpIfNotNone(t)
        | Instr::JumpIfFalseOrPop(t)
        | Instr::JumpIfTrueOrPop(t)
        | Instr::Send(t) => Some(t),
        _ => None,
    }
}

fn empty_code() -> CodeObject {
    CodeObject {
        name: Rc::from(""),
        qualname: Rc::from(""),
        filename: Rc::from(""),
        first_line: 0,
        flags: 0,
        argcount: 0,
        posonlyargcount: 0,
        kwonlyargcount: 0,
        instructions: vec![],
        lines: vec![],
        positions: vec![],
        constants: vec![],
        names: vec![],
        varnames: vec![],
        cellvars: vec![],
        freevars: vec![],
        cell2arg: vec![],
        exception_table: vec![],
        max_stack: 0,
    }
}

/// Decode source bytes as CPython's tokenizer does: a UTF-8 BOM, or a
/// `coding:` cookie on one of the first two lines, else UTF-8. The error
/// is the SyntaxError message.
pub fn decode_source(bytes: &[u8]) -> Result<String, String> {
    let (bom, body) = match bytes.strip_prefix(b"\xef\xbb\xbf") {
        Some(rest) => (true, rest),
        None => (false, bytes),
    };
    let cookie = coding_cookie(body);
    let encoding = match &cookie {
        None => "utf-8".to_string(),
        Some(c) => {
            let norm = c.to_ascii_lowercase().replace('_', "-");
            if bom && norm != "utf-8" {
                return Err(format!("encoding problem: {c} with BOM"));
            }
            norm
        }
    };
    match encoding.as_str() {
        "utf-8" | "utf8" | "utf-8-sig" => match std::str::from_utf8(body) {
            Ok(s) => Ok(s.to_string()),
            Err(e) => {
                let pos = e.valid_up_to();
                Err(format!(
                    "(unicode error) 'utf-8' codec can't decode byte 0x{:02x} in position {pos}: invalid start byte",
                    body.get(pos).copied().unwrap_or(0)
                ))
            }
        },
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1" | "iso-latin-1" => {
            Ok(body.iter().map(|&b| b as char).collect())
        }
        "ascii" | "us-ascii" => match std::str::from_utf8(body) {
            Ok(s) if s.is_ascii() => Ok(s.to_string()),
            _ => Err("(unicode error) 'ascii' codec can't decode bytes".to_string()),
        },
        other => match encoding_rs::Encoding::for_label(other.as_bytes()) {
            Some(enc) => {
                let (text, _, had_errors) = enc.decode(body);
                if had_errors {
                    return Err(format!(
                        "(unicode error) '{other}' codec can't decode bytes"
                    ));
                }
                Ok(text.into_owned())
            }
            None => Err(format!("unknown encoding: {}", cookie.unwrap_or_default())),
        },
    }
}

/// The encoding named by a PEP 263 comment on line 1 or 2.
fn coding_cookie(body: &[u8]) -> Option<String> {
    for (i, line) in body.split(|&b| b == b'\n').take(2).enumerate() {
        let text = String::from_utf8_lossy(line);
        let trimmed = text.trim_start_matches([' ', '\t', '\x0c']);
        if !trimmed.starts_with('#') {
            if i == 0 && trimmed.trim().is_empty() {
                continue;
            }
            if i == 0 {
                return None;
            }
            continue;
        }
        if let Some(pos) = trimmed.find("coding") {
            let rest = &trimmed[pos + 6..];
            if let Some(r) = rest.strip_prefix([':', '=']) {
                let name: String = r
                    .trim_start_matches([' ', '\t'])
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'))
                    .collect();
                if !name.is_empty() {
                    return Some(name);
                }
            }
        }
    }
    None
}

/// `from __future__` imports must come first (after a docstring), and
/// name features Python knows. True when `annotations` is among them.
fn check_future_imports(body: &[Stmt]) -> Result<bool, CompileError> {
    const FEATURES: &[&str] = &[
        "nested_scopes",
        "generators",
        "division",
        "absolute_import",
        "with_statement",
        "print_function",
        "unicode_literals",
        "barry_as_FLUFL",
        "generator_stop",
        "annotations",
    ];
    let mut allowed = true;
    let mut stringize = false;
    for (i, s) in body.iter().enumerate() {
        match s {
            Stmt::ImportFrom(imp)
                if imp
                    .module
                    .as_ref()
                    .is_some_and(|m| m.id.as_str() == "__future__") =>
            {
                if !allowed {
                    return Err(CompileError::syntax(
                        "from __future__ imports must occur at the beginning of the file",
                        imp.range,
                    ));
                }
                for a in &imp.names {
                    if a.name.id.as_str() == "braces" {
                        return Err(CompileError::syntax("not a chance", a.range));
                    }
                    stringize |= a.name.id.as_str() == "annotations";
                    if !FEATURES.contains(&a.name.id.as_str()) {
                        return Err(CompileError::syntax(
                            format!("future feature {} is not defined", a.name.id),
                            a.range,
                        ));
                    }
                }
            }
            Stmt::Expr(e) if i == 0 && matches!(*e.value, ast::Expr::StringLiteral(_)) => {}
            _ => allowed = false,
        }
    }
    Ok(stringize)
}

/// CPython's wording for invalid assignment, deletion and walrus targets,
/// from the offending expression's source text.
fn target_error(e: &ruff_python_parser::ParseError, source: &str) -> Option<String> {
    use ruff_python_parser::ParseErrorType as P;
    let start = u32::from(e.location.start()) as usize;
    let end = u32::from(e.location.end()) as usize;
    let text = source.get(start..end)?;
    let parsed = ruff_python_parser::parse_expression(text)
        .or_else(|_| ruff_python_parser::parse_expression(&format!("({text})")))
        .ok()?;
    let expr = parsed.expr();
    let what = match expr {
        ast::Expr::BooleanLiteral(b) => {
            if b.value {
                "True"
            } else {
                "False"
            }
        }
        ast::Expr::NoneLiteral(_) => "None",
        other => expr::describe(other),
    };
    let keyword = matches!(what, "True" | "False" | "None");
    // A bare `yield` as the target of a chained assignment (`x = yield = 1`):
    // CPython's own wording (a parenthesized one gets the generic one).
    let parenthesized =
        text.trim_start().starts_with('(') || source[..start].trim_end().ends_with('(');
    let bare_yield =
        matches!(expr, ast::Expr::Yield(_) | ast::Expr::YieldFrom(_)) && !parenthesized;
    if bare_yield && matches!(e.error, P::InvalidAssignmentTarget) {
        return Some("assignment to yield expression not possible".to_string());
    }
    Some(match e.error {
        P::InvalidAssignmentTarget => {
            let after = source[end.min(source.len())..].trim_start_matches([' ', '\t', ')']);
            let is_assign = after.starts_with('=') && !after.starts_with("==");
            if is_assign && !keyword {
                format!("cannot assign to {what} here. Maybe you meant '==' instead of '='?")
            } else {
                format!("cannot assign to {what}")
            }
        }
        P::InvalidAugmentedAssignmentTarget => {
            let what = match expr {
                ast::Expr::List(_) => "list",
                ast::Expr::Tuple(_) => "tuple",
                _ => what,
            };
            format!("'{what}' is an illegal expression for augmented assignment")
        }
        P::InvalidDeleteTarget => format!("cannot delete {what}"),
        P::InvalidNamedAssignmentTarget => format!("cannot use assignment expressions with {what}"),
        P::InvalidAnnotatedAssignmentTarget => "illegal target for annotation".to_string(),
        _ => return None,
    })
}

//! Making, raising and reporting exceptions.

use super::{PyErr, PyResult, Vm};
use crate::object::{ExcData, ObjRef, Payload, PyObject, TracebackData, Value};
use crate::types::typeobj::{type_name, type_qualname};
use std::cell::{Cell, RefCell};

/// The largest allocation a program's own sizes may ask for (8 GiB); past
/// it the operation raises MemoryError, as CPython's failed malloc does.
pub const MAX_ALLOC: u128 = 1 << 33;

impl Vm {
    pub fn exc_class(&self, name: &str) -> ObjRef {
        self.types
            .exc
            .get(name)
            .cloned()
            .unwrap_or_else(|| self.types.base_exception.clone())
    }

    /// A new exception instance of `cls` with `args`.
    pub fn new_exception(&self, cls: &ObjRef, args: Vec<Value>) -> ObjRef {
        // The `__dict__` is made on first need (`inst_dict_for_write`).
        PyObject::new(
            cls.clone(),
            None,
            Payload::Exception(Box::new(ExcData {
                args: RefCell::new(self.new_tuple(args)),
                traceback: RefCell::new(None),
                cause: RefCell::new(Value::None),
                context: RefCell::new(Value::None),
                suppress_context: Cell::new(false),
            })),
        )
    }

    pub fn new_error(&self, name: &str, msg: impl Into<String>) -> PyErr {
        let cls = self.exc_class(name);
        let m = self.new_string(msg.into());
        PyErr {
            exc: self.new_exception(&cls, vec![m]),
        }
    }

    pub fn type_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error("TypeError", msg)
    }
    pub fn value_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error("ValueError", msg)
    }
    pub fn index_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error("IndexError", msg)
    }
    pub fn attribute_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error("AttributeError", msg)
    }
    pub fn runtime_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error("RuntimeError", msg)
    }
    pub fn overflow_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error("OverflowError", msg)
    }
    pub fn zero_division(&self, msg: impl Into<String>) -> PyErr {
        self.new_error("ZeroDivisionError", msg)
    }
    pub fn name_error(&self, name: &str) -> PyErr {
        let e = self.new_error("NameError", format!("name '{name}' is not defined"));
        if let Some(d) = &self.inst_dict_for_write(&e.exc) {
            let _ = self.dict_set_str(d, "name", self.new_str(name));
        }
        e
    }
    pub fn key_error(&self, key: Value) -> PyErr {
        let cls = self.exc_class("KeyError");
        PyErr {
            exc: self.new_exception(&cls, vec![key]),
        }
    }
    pub fn stop_iteration(&self, value: Value) -> PyErr {
        let cls = self.exc_class("StopIteration");
        let args = if value.is_none() { vec![] } else { vec![value] };
        PyErr {
            exc: self.new_exception(&cls, args),
        }
    }
    /// MemoryError for a result of `count` items of `unit` bytes that
    /// could not be allocated: Rust aborts on a failed allocation, so a
    /// size the program chose is checked before asking for it.
    pub fn check_alloc(&self, count: i64, unit: usize) -> PyResult<()> {
        if (count.max(0) as u128) * (unit as u128) > MAX_ALLOC {
            return Err(self.memory_error());
        }
        Ok(())
    }

    pub fn memory_error(&self) -> PyErr {
        let cls = self.exc_class("MemoryError");
        PyErr {
            exc: self.new_exception(&cls, vec![]),
        }
    }
    pub fn recursion_error(&self) -> PyErr {
        self.new_error("RecursionError", "maximum recursion depth exceeded")
    }

    /// Is the exception an instance of the named built-in class?
    pub fn err_is(&self, err: &PyErr, name: &str) -> bool {
        match self.types.exc.get(name) {
            Some(cls) => self.is_subclass(err.exc.class(), cls),
            None => false,
        }
    }

    pub fn exc_data<'a>(&self, exc: &'a ObjRef) -> Option<&'a ExcData> {
        match &exc.payload {
            Payload::Exception(e) => Some(e),
            _ => None,
        }
    }

    /// `exc.args[0]` or None (e.g. `StopIteration.value`).
    pub fn exc_first_arg(&self, exc: &ObjRef) -> Value {
        if let Some(e) = self.exc_data(exc)
            && let Some(Payload::Tuple(t)) = e.args.borrow().payload()
        {
            return t.first().cloned().unwrap_or(Value::None);
        }
        Value::None
    }

    /// Record that the exception passed through a frame at `line`.
    pub fn add_traceback(
        &self,
        exc: &ObjRef,
        code: &std::rc::Rc<crate::bytecode::CodeObject>,
        line: u32,
        lasti: u32,
    ) {
        if let Some(e) = self.exc_data(exc) {
            let next = e.traceback.borrow().clone().unwrap_or(Value::None);
            let tb = PyObject::new(
                self.types.traceback.clone(),
                None,
                Payload::Traceback(Box::new(TracebackData {
                    next,
                    lineno: line,
                    code: code.clone(),
                    lasti,
                })),
            );
            *e.traceback.borrow_mut() = Some(Value::Obj(tb));
        }
    }

    /// Turn any raisable value into an exception instance (`raise X`).
    pub fn make_raisable(&mut self, v: Value) -> PyResult<ObjRef> {
        match &v {
            Value::Obj(o) if matches!(o.payload, Payload::Exception(_)) => Ok(o.clone()),
            Value::Obj(o)
                if o.type_data().is_some()
                    && self.is_subclass(o, &self.types.base_exception.clone()) =>
            {
                let inst = self.call(&v, vec![])?;
                match inst {
                    Value::Obj(e) if matches!(e.payload, Payload::Exception(_)) => Ok(e),
                    other => {
                        let r = self.repr_string(&v)?;
                        Err(self.type_error(format!(
                            "calling {} should have returned an instance of BaseException, not {}",
                            r,
                            self.type_name(&other)
                        )))
                    }
                }
            }
            _ => Err(self.type_error("exceptions must derive from BaseException")),
        }
    }

    /// The text after "Type: " in a report.
    fn exception_message(&mut self, exc: &ObjRef) -> String {
        match self.str_string(&Value::Obj(exc.clone())) {
            Ok(s) => s,
            Err(_) => "<exception str() failed>".to_string(),
        }
    }

    fn exception_type_label(&self, exc: &ObjRef) -> String {
        let cls = exc.class();
        let qual = type_qualname(cls);
        let module = crate::types::typeobj::lookup(cls, "__module__")
            .and_then(|m| m.str_value().map(|s| s.to_string()))
            .unwrap_or_else(|| "builtins".to_string());
        if module == "builtins" || module == "__main__" {
            qual
        } else {
            format!("{module}.{qual}")
        }
    }

    /// The last line of a report: `Type: message`.
    pub fn format_exception_only(&mut self, exc: &ObjRef) -> String {
        let label = self.exception_type_label(exc);
        if self.is_subclass(exc.class(), &self.exc_class("SyntaxError")) {
            return self.format_syntax_error(exc, &label);
        }
        let mut msg = self.exception_message(exc);
        if let Some(h) = exc
            .inst_dict()
            .and_then(|d| self.dict_get_str(d, "__anext_hint__"))
        {
            msg.push_str(h.str_value().unwrap_or(""));
        } else if self.is_subclass(exc.class(), &self.exc_class("AttributeError"))
            && let Some(d) = exc.inst_dict()
            && let (Some(obj), Some(name)) =
                (self.dict_get_str(d, "obj"), self.dict_get_str(d, "name"))
            && let Some(n) = name.str_value()
            && let Some(h) = self.attribute_hint(&obj, n)
        {
            msg.push_str(&h);
        }
        let mut out = if msg.is_empty() {
            label
        } else {
            format!("{label}: {msg}")
        };
        out.push('\n');
        if let Some(d) = exc.inst_dict()
            && let Some(notes) = self.dict_get_str(d, "__notes__")
        {
            // A list or tuple of notes, one per line; anything else (a
            // str included) is shown as its repr, as CPython does.
            let items = match notes.payload() {
                Some(Payload::List(l)) => Some(l.borrow().clone()),
                Some(Payload::Tuple(t)) => Some(t.to_vec()),
                _ => None,
            };
            match items {
                Some(items) => {
                    for n in items {
                        let s = self.str_string(&n).unwrap_or_default();
                        out.push_str(&s);
                        out.push('\n');
                    }
                }
                None if notes.is_none() => {}
                None => {
                    let r = self.repr_string(&notes).unwrap_or_default();
                    out.push_str(&r);
                    out.push('\n');
                }
            }
        }
        out
    }

    fn format_syntax_error(&mut self, exc: &ObjRef, label: &str) -> String {
        let mut out = String::new();
        let get = |vm: &Vm, name: &str| exc.inst_dict().and_then(|d| vm.dict_get_str(d, name));
        let filename = get(self, "filename").and_then(|v| v.str_value().map(|s| s.to_string()));
        let lineno = get(self, "lineno");
        let text = get(self, "text").and_then(|v| v.str_value().map(|s| s.to_string()));
        let offset = get(self, "offset");
        let end_offset = get(self, "end_offset");
        if let (Some(f), Some(Value::Int(l))) = (&filename, &lineno) {
            out.push_str(&format!("  File \"{f}\", line {l}\n"));
        }
        if let Some(t) = text {
            let stripped = t.trim_start();
            let indent = t.chars().count() - stripped.chars().count();
            let line = stripped.trim_end_matches(['\n', '\r']);
            out.push_str(&format!("    {line}\n"));
            // As CPython's printer: no caret when the offset falls in the
            // indentation (an unexpected indent).
            if let Some(Value::Int(off)) = offset
                && off > indent as i64
            {
                let start = (off as usize).saturating_sub(1).saturating_sub(indent);
                let mut width = 1;
                if let Some(Value::Int(end)) = end_offset
                    && end > off
                {
                    width = (end - off) as usize;
                }
                let width = width.min(line.chars().count().saturating_sub(start).max(1));
                out.push_str(&format!("    {}{}\n", " ".repeat(start), "^".repeat(width)));
            }
        }
        let msg = self.exc_first_arg(exc);
        let msg = self.str_string(&msg).unwrap_or_default();
        out.push_str(&format!("{label}: {msg}\n"));
        out
    }

    pub fn format_traceback(&self, exc: &ObjRef) -> String {
        self.format_traceback_with(exc, true)
    }

    /// The traceback lines; `carets` adds the `^~~` markers (CPython's
    /// C-level printer, used for "Exception ignored" reports, has none).
    fn format_traceback_with(&self, exc: &ObjRef, carets: bool) -> String {
        let mut out = String::new();
        let Some(e) = self.exc_data(exc) else {
            return out;
        };
        let mut tb = e.traceback.borrow().clone();
        let mut entries = Vec::new();
        while let Some(Value::Obj(t)) = tb {
            if let Payload::Traceback(d) = &t.payload {
                entries.push((d.code.clone(), d.lineno, d.lasti));
                tb = Some(d.next.clone());
            } else {
                break;
            }
        }
        if entries.is_empty() {
            return out;
        }
        out.push_str("Traceback (most recent call last):\n");
        for (code, line, lasti) in entries {
            out.push_str(&format!(
                "  File \"{}\", line {}, in {}\n",
                code.filename, line, code.name
            ));
            if let Some(src) = crate::vm::errors::source_line(&code.filename, line) {
                let pos = code
                    .positions
                    .get(lasti as usize)
                    .copied()
                    .filter(|_| carets);
                out.push_str(&super::carets::source_display(&src, line, pos));
            }
        }
        out
    }

    /// The full report for an uncaught exception, with its chain.
    pub fn format_exception(&mut self, exc: &ObjRef) -> String {
        let mut seen: Vec<usize> = Vec::new();
        self.format_exception_chain(exc, &mut seen, true)
    }

    /// The report for an exception that cannot propagate ("Exception
    /// ignored in: ..."): as `format_exception`, without caret lines.
    pub fn format_unraisable(&mut self, exc: &ObjRef) -> String {
        let mut seen: Vec<usize> = Vec::new();
        self.format_exception_chain(exc, &mut seen, false)
    }

    fn format_exception_chain(
        &mut self,
        exc: &ObjRef,
        seen: &mut Vec<usize>,
        carets: bool,
    ) -> String {
        let mut ctx = GroupContext::default();
        let mut out = String::new();
        self.format_chain_in(exc, seen, carets, &mut ctx, &mut out);
        out
    }

    /// One exception with its chain (causes and contexts first), written
    /// at the group nesting `ctx` says: an exception group shows its
    /// members in CPython's boxes ("+-+---- 1 ----", "| ...").
    fn format_chain_in(
        &mut self,
        exc: &ObjRef,
        seen: &mut Vec<usize>,
        carets: bool,
        ctx: &mut GroupContext,
        out: &mut String,
    ) {
        let id = |o: &ObjRef| std::rc::Rc::as_ptr(o) as *const u8 as usize;
        // The chain, newest first, then written oldest first.
        // Each exception with the message that leads from its cause or
        // context to it.
        let mut chain: Vec<(Option<&'static str>, ObjRef)> = Vec::new();
        let mut cur = Some(exc.clone());
        while let Some(e) = cur.take() {
            seen.push(id(&e));
            let mut msg = None;
            if let Some(d) = self.exc_data(&e) {
                let cause = d.cause.borrow().clone();
                let context = d.context.borrow().clone();
                if let Value::Obj(c) = cause {
                    if !seen.contains(&id(&c)) {
                        msg = Some(CAUSE_MESSAGE);
                        cur = Some(c);
                    }
                } else if let (Value::Obj(c), false) = (context, d.suppress_context.get())
                    && !seen.contains(&id(&c))
                {
                    msg = Some(CONTEXT_MESSAGE);
                    cur = Some(c);
                }
            }
            chain.push((msg, e));
        }
        for (msg, e) in chain.into_iter().rev() {
            if let Some(msg) = msg {
                ctx.emit(out, msg, '|');
            }
            let members = self.group_members(&e);
            match members {
                None => {
                    let tb = self.format_traceback_with(&e, carets);
                    let only = self.format_exception_only(&e);
                    ctx.emit(out, &tb, '|');
                    ctx.emit(out, &only, '|');
                }
                Some(_) if ctx.depth > MAX_GROUP_DEPTH => {
                    ctx.emit(
                        out,
                        &format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"),
                        '|',
                    );
                }
                Some(members) => {
                    let top = ctx.depth == 0;
                    if top {
                        ctx.depth += 1;
                    }
                    let tb = self.format_traceback_with(&e, carets);
                    if let Some(frames) = tb.strip_prefix("Traceback (most recent call last):\n") {
                        let margin = if top { '+' } else { '|' };
                        ctx.emit(
                            out,
                            "Exception Group Traceback (most recent call last):\n",
                            margin,
                        );
                        ctx.emit(out, frames, '|');
                    }
                    let only = self.format_exception_only(&e);
                    ctx.emit(out, &only, '|');
                    let shown = members.len().min(MAX_GROUP_WIDTH + 1);
                    ctx.need_close = false;
                    for (i, member) in members.iter().take(shown).enumerate() {
                        let last = i + 1 == shown;
                        if last {
                            ctx.need_close = true;
                        }
                        let truncated = i >= MAX_GROUP_WIDTH;
                        let title = if truncated {
                            "...".to_string()
                        } else {
                            (i + 1).to_string()
                        };
                        let lead = if i == 0 { "+-" } else { "  " };
                        out.push_str(&format!(
                            "{}{lead}+---------------- {title} ----------------\n",
                            ctx.indent()
                        ));
                        ctx.depth += 1;
                        if truncated {
                            let more = members.len() - MAX_GROUP_WIDTH;
                            let s = if more > 1 { "s" } else { "" };
                            ctx.emit(out, &format!("and {more} more exception{s}\n"), '|');
                        } else if let Value::Obj(m) = member {
                            self.format_chain_in(m, seen, carets, ctx, out);
                        }
                        if last && ctx.need_close {
                            out.push_str(&format!(
                                "{}+------------------------------------\n",
                                ctx.indent()
                            ));
                            ctx.need_close = false;
                        }
                        ctx.depth -= 1;
                    }
                    if top {
                        ctx.depth = 0;
                    }
                }
            }
        }
    }

    /// The members of an exception group (`exceptions`), or None.
    fn group_members(&mut self, exc: &ObjRef) -> Option<Vec<Value>> {
        let group = self.exc_class("BaseExceptionGroup");
        let v = Value::Obj(exc.clone());
        if !self.isinstance(&v, &group) {
            return None;
        }
        match self.getattr_opt(&v, "exceptions") {
            Ok(Some(t)) => match t.payload() {
                Some(Payload::Tuple(items)) => Some(items.to_vec()),
                _ => None,
            },
            _ => None,
        }
    }

    pub fn print_exception(&mut self, exc: &ObjRef) {
        let s = self.format_exception(exc);
        self.write_stderr(&s);
    }

    pub fn exc_type_name(&self, exc: &ObjRef) -> String {
        type_name(exc.class())
    }
}

thread_local! {
    static SOURCES: RefCell<std::collections::HashMap<String, Option<Vec<String>>>> = RefCell::new(std::collections::HashMap::new());
}

/// Register source text for a filename (for `-c` and stdin programs too).
pub fn register_source(filename: &str, source: &str) {
    SOURCES.with(|s| {
        s.borrow_mut().insert(
            filename.to_string(),
            Some(source.lines().map(|l| l.to_string()).collect()),
        );
    });
}

pub fn source_line(filename: &str, line: u32) -> Option<String> {
    SOURCES.with(|s| {
        let mut s = s.borrow_mut();
        let entry = s.entry(filename.to_string()).or_insert_with(|| {
            if filename.starts_with('<') {
                return None;
            }
            std::fs::read(filename).ok().map(|b| {
                String::from_utf8_lossy(&b)
                    .lines()
                    .map(|l| l.to_string())
                    .collect()
            })
        });
        entry
            .as_ref()
            .and_then(|lines| lines.get(line.checked_sub(1)? as usize).cloned())
            .filter(|l| !l.trim().is_empty())
    })
}

/// CPython's "Did you mean" choice: the candidate with the smallest
/// case-aware edit distance within a length-dependent bound.
pub fn suggest<'a>(name: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<String> {
    const MOVE_COST: usize = 2;
    const CASE_COST: usize = 1;
    let name_chars: Vec<char> = name.chars().collect();
    if name_chars.len() > 40 {
        return None;
    }
    let mut best: Option<(usize, String)> = None;
    for (count, cand) in candidates.into_iter().enumerate() {
        if count >= 750 {
            break;
        }
        if cand == name {
            continue;
        }
        let cc: Vec<char> = cand.chars().collect();
        if cc.len() > 40 {
            continue;
        }
        let max = (name_chars.len() + cc.len() + 3) * MOVE_COST / 6;
        let max = match &best {
            Some((d, _)) => max.min(d.saturating_sub(1)),
            None => max,
        };
        // Edit distance with substitution cost 2 (1 when only case differs).
        let mut prev: Vec<usize> = (0..=cc.len()).map(|j| j * MOVE_COST).collect();
        for (i, a) in name_chars.iter().enumerate() {
            let mut cur = vec![(i + 1) * MOVE_COST; cc.len() + 1];
            for (j, b) in cc.iter().enumerate() {
                let sub = if a == b {
                    0
                } else if a.to_lowercase().eq(b.to_lowercase()) {
                    CASE_COST
                } else {
                    MOVE_COST
                };
                cur[j + 1] = (prev[j] + sub)
                    .min(prev[j + 1] + MOVE_COST)
                    .min(cur[j] + MOVE_COST);
            }
            prev = cur;
        }
        let d = prev[cc.len()];
        if d <= max && best.as_ref().is_none_or(|(bd, _)| d < *bd) {
            best = Some((d, cand.to_string()));
        }
    }
    best.map(|(_, s)| s)
}

const CAUSE_MESSAGE: &str =
    "\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT_MESSAGE: &str =
    "\nDuring handling of the above exception, another exception occurred:\n\n";
/// How many members of a group are shown, and how deep groups nest, in a
/// report (CPython's `max_group_width` and `max_group_depth`).
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

/// Where a report stands inside exception groups: each level indents by
/// two and draws a margin (`|`, or `+` on the outermost group's title).
#[derive(Default)]
struct GroupContext {
    depth: usize,
    need_close: bool,
}

impl GroupContext {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    fn emit(&self, out: &mut String, text: &str, margin: char) {
        if self.depth == 0 {
            out.push_str(text);
            return;
        }
        let prefix = format!("{}{margin} ", self.indent());
        for line in text.split_inclusive('\n') {
            out.push_str(&prefix);
            out.push_str(line);
        }
    }
}

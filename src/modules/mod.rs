//! Built-in modules and the import system: native modules (`sys`, `math`,
//! `gc`, `time`), modules written in Python that ship inside the binary
//! (`modules/py/*.py`), and `.py` files beside the main script.

pub mod asyncio;
mod clock;
mod gc;
mod hashlib;
mod heapq;
mod math;
mod math_extra;
mod operator;
pub mod os;
pub mod regex;
pub mod sys;

use crate::compiler::Mode;
use crate::object::{CodeRt, Dict, ObjRef, Payload, PyObject, Value};
use crate::vm::frame::{Delivery, Frame};
use crate::vm::native::NativeFunc;
use crate::vm::{PyErr, PyResult, Vm};
use std::cell::RefCell;
use std::rc::Rc;

pub use sys::{set_argv, sys_attr};

/// Python sources of the modules we ship, by module name.
/// The source of `asyncio.tasks`, `asyncio.events`, ...: asyncio's names.
const ASYNCIO_PART: &str = "from asyncio import *\nimport asyncio as _asyncio\n\n\ndef __getattr__(name):\n    return getattr(_asyncio, name)\n";

/// The source of the asyncio parts Anext does not have (no sockets,
/// streams or subprocesses yet).
const ASYNCIO_MISSING: &str = "raise ImportError(f'{__name__} is not available in Anext: sockets, streams, transports and subprocesses are not supported yet', name=__name__)\n";

const PY_MODULES: &[(&str, &str)] = &[
    ("collections", include_str!("py/collections.py")),
    ("collections.abc", include_str!("py/collections_abc.py")),
    ("os", include_str!("py/os.py")),
    ("posixpath", include_str!("py/posixpath.py")),
    ("textwrap", include_str!("py/textwrap.py")),
    ("cmath", include_str!("py/cmath.py")),
    ("_timefmt", include_str!("py/_timefmt.py")),
    ("hashlib", include_str!("py/hashlib.py")),
    ("keyword", include_str!("py/keyword.py")),
    ("contextvars", include_str!("py/contextvars.py")),
    ("linecache", include_str!("py/linecache.py")),
    ("atexit", include_str!("py/atexit.py")),
    // CPython's asyncio is a package; programs import its submodules by
    // name. Ours is one module: each submodule re-exports it, and the
    // parts we do not have say so.
    ("asyncio.base_events", ASYNCIO_PART),
    ("asyncio.coroutines", ASYNCIO_PART),
    ("asyncio.events", ASYNCIO_PART),
    ("asyncio.exceptions", ASYNCIO_PART),
    ("asyncio.futures", ASYNCIO_PART),
    ("asyncio.locks", ASYNCIO_PART),
    ("asyncio.queues", ASYNCIO_PART),
    ("asyncio.runners", ASYNCIO_PART),
    ("asyncio.taskgroups", ASYNCIO_PART),
    ("asyncio.tasks", ASYNCIO_PART),
    ("asyncio.timeouts", ASYNCIO_PART),
    ("asyncio.subprocess", ASYNCIO_MISSING),
    ("asyncio.streams", ASYNCIO_MISSING),
    ("asyncio.sslproto", ASYNCIO_MISSING),
    ("asyncio.selector_events", ASYNCIO_MISSING),
    ("asyncio.unix_events", ASYNCIO_MISSING),
    ("asyncio.transports", ASYNCIO_MISSING),
    ("asyncio.protocols", ASYNCIO_MISSING),
    ("datetime", include_str!("py/datetime.py")),
    ("base64", include_str!("py/base64.py")),
    ("binascii", include_str!("py/binascii.py")),
    ("uuid", include_str!("py/uuid.py")),
    ("struct", include_str!("py/struct.py")),
    ("fnmatch", include_str!("py/fnmatch.py")),
    ("pathlib", include_str!("py/pathlib.py")),
    ("functools", include_str!("py/functools.py")),
    ("types", include_str!("py/types.py")),
    ("traceback", include_str!("py/traceback.py")),
    ("io", include_str!("py/io.py")),
    ("json", include_str!("py/json.py")),
    ("random", include_str!("py/random.py")),
    ("weakref", include_str!("py/weakref.py")),
    ("typing", include_str!("py/typing.py")),
    ("abc", include_str!("py/abc.py")),
    ("bisect", include_str!("py/bisect.py")),
    ("string", include_str!("py/string.py")),
    ("copy", include_str!("py/copy.py")),
    ("warnings", include_str!("py/warnings.py")),
    ("__future__", include_str!("py/__future__.py")),
    ("inspect", include_str!("py/inspect.py")),
    ("itertools", include_str!("py/itertools.py")),
    ("asyncio", include_str!("py/asyncio.py")),
    ("heapq", include_str!("py/heapq.py")),
    ("contextlib", include_str!("py/contextlib.py")),
    ("operator", include_str!("py/operator.py")),
    ("dataclasses", include_str!("py/dataclasses.py")),
    ("enum", include_str!("py/enum.py")),
    ("re", include_str!("py/re.py")),
    ("_anext_helpers", include_str!("py/_anext_helpers.py")),
];

pub fn install(vm: &mut Vm) {
    sys::install(vm);
    let modules = vm.modules.clone();
    vm.dict_set_str(&modules, "builtins", Value::Obj(vm.builtins.clone()));
}

/// Make a native module from a function table.
pub fn native_module(vm: &mut Vm, name: &str, funcs: &'static [NativeFunc]) -> ObjRef {
    let m = crate::types::module::new_module(vm, name);
    add_functions(vm, &m, funcs);
    m
}

/// Add more native functions to a module.
pub fn add_functions(vm: &mut Vm, m: &ObjRef, funcs: &'static [NativeFunc]) {
    let d = crate::types::module::module_dict(m).unwrap_or_else(|| vm.new_dict_obj(Dict::new()));
    for f in funcs {
        let obj = PyObject::new(
            vm.types.builtin_function.clone(),
            None,
            Payload::Native(Box::new(crate::object::NativeData {
                def: f,
                bound: Some(Value::Obj(m.clone())),
                owner: None,
                module: RefCell::new(Value::None),
            })),
        );
        vm.dict_set_str(&d, f.name, Value::Obj(obj));
    }
}

pub fn compile_source(
    vm: &mut Vm,
    source: &str,
    filename: &str,
    mode: Mode,
) -> PyResult<Rc<CodeRt>> {
    let mut warnings = Vec::new();
    let compiled = crate::compiler::compile_reporting(source, filename, mode, &mut warnings);
    for (line, message) in warnings {
        // Like CPython, no source line for `-c` and stdin programs.
        let src = if filename.starts_with('<') {
            String::new()
        } else {
            crate::vm::errors::source_line(filename, line)
                .map(|s| format!("  {}\n", s.trim()))
                .unwrap_or_default()
        };
        vm.write_stderr(&format!(
            "{filename}:{line}: SyntaxWarning: {message}\n{src}"
        ));
    }
    match compiled {
        Ok(code) => Ok(crate::types::function::code_rt(vm, &code)),
        Err(e) => Err(syntax_error(vm, &e, filename)),
    }
}

pub fn syntax_error(vm: &mut Vm, e: &crate::compiler::CompileError, filename: &str) -> PyErr {
    let cls = vm.exc_class(e.kind);
    let msg = vm.new_str(&e.message);
    let text = match &e.text {
        Some(t) => vm.new_string(format!("{t}\n")),
        None => Value::None,
    };
    // Indentation errors carry CPython's tokenizer positions: the width of
    // the indentation, or the end of the line, and no end column.
    let line_text = e.text.as_deref().unwrap_or("");
    let (offset, end_offset) = match e.message.as_str() {
        "unexpected indent" => ((line_text.len() - line_text.trim_start().len()) as i64, -1),
        m if m.starts_with("unindent does not match") => {
            (line_text.trim_end().len() as i64 + 1, -1)
        }
        // The tokenizer's report at the end of input has no end column.
        m if m.ends_with("was never closed") => (e.column as i64, 0),
        _ => (e.column as i64, e.end_column as i64),
    };
    let fields = [
        ("filename", vm.new_str(filename)),
        ("lineno", Value::Int(e.line as i64)),
        ("offset", Value::Int(offset)),
        ("text", text),
        ("end_lineno", Value::Int(e.end_line as i64)),
        ("end_offset", Value::Int(end_offset)),
    ];
    // Args as CPython: (msg, (filename, lineno, offset, text, end_lineno, end_offset)),
    // which is also what str() of it shows: "msg (filename, line N)".
    let details = vm.new_tuple(fields.iter().map(|(_, v)| v.clone()).collect());
    let exc = vm.new_exception(&cls, vec![msg, details]);
    if let Some(d) = &vm.inst_dict_for_write(&exc) {
        for (name, v) in fields {
            vm.dict_set_str(d, name, v);
        }
    }
    PyErr { exc }
}

impl Vm {
    /// Run a module-level code object with the given namespaces.
    pub fn run_code(
        &mut self,
        code: Rc<CodeRt>,
        globals: ObjRef,
        locals: Option<ObjRef>,
    ) -> PyResult<Value> {
        let builtins = self.builtins_dict.clone();
        // Module and class code has fast slots only for the variables of
        // comprehensions compiled into it (PEP 709).
        let nlocals = code.shape.nlocals as usize;
        let frame = Box::new(Frame {
            code,
            ip: 0,
            stack: Vec::with_capacity(16),
            fast: vec![None; nlocals],
            globals,
            builtins,
            locals,
            delivery: Delivery::Push,
            owner: None,
            outer_exc: None,
        });
        self.run_frame(frame)
    }
}

fn load_py_module(vm: &mut Vm, name: &str, source: &str, filename: &str) -> PyResult<Value> {
    let m = crate::types::module::new_module(vm, name);
    let d = crate::types::module::module_dict(&m).unwrap_or_else(|| vm.new_dict_obj(Dict::new()));
    vm.dict_set_str(&d, "__file__", vm.new_str(filename));
    let code = compile_source(vm, source, filename, Mode::Exec)?;
    let r = vm.run_code(code, d.clone(), Some(d));
    if let Err(e) = r {
        let modules = vm.modules.clone();
        vm.dict_del_str(&modules, name);
        return Err(e);
    }
    Ok(Value::Obj(m))
}

fn find_module(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    let modules = vm.modules.clone();
    if let Some(m) = vm.dict_get_str(&modules, name) {
        return Ok(Some(m));
    }
    if let Some(m) = math::create(vm, name) {
        return Ok(Some(Value::Obj(m)));
    }
    if let Some((_, src)) = PY_MODULES.iter().find(|(n, _)| *n == name) {
        let fname = format!("<frozen {name}>");
        return load_py_module(vm, name, src, &fname).map(Some);
    }
    // A .py file (or package) beside the main script, or on sys.path.
    let mut dirs: Vec<std::path::PathBuf> = Vec::new();
    if let Some(d) = &vm.script_dir {
        dirs.push(d.clone());
    }
    if let Some(p) = sys_attr(vm, "path") {
        for entry in crate::vm::ops::collect_iterable(vm, &p).unwrap_or_default() {
            if let Some(s) = entry.str_value() {
                let pb = std::path::PathBuf::from(if s.is_empty() { "." } else { s });
                if !dirs.contains(&pb) {
                    dirs.push(pb);
                }
            }
        }
    }
    let rel = name.replace('.', "/");
    for d in dirs {
        for candidate in [
            d.join(format!("{rel}.py")),
            d.join(&rel).join("__init__.py"),
        ] {
            if candidate.is_file() {
                let Ok(bytes) = std::fs::read(&candidate) else {
                    continue;
                };
                let path = candidate.to_string_lossy().to_string();
                let src = match String::from_utf8(bytes) {
                    Ok(s) => s,
                    Err(_) => {
                        return Err(
                            vm.new_error("SyntaxError", format!("Non-UTF-8 code in file {path}"))
                        );
                    }
                };
                return load_py_module(vm, name, &src, &path).map(Some);
            }
        }
    }
    if let Some(msg) = unsupported_module(name) {
        return Err(vm.new_error("ModuleNotFoundError", msg));
    }
    Ok(None)
}

fn unsupported_module(name: &str) -> Option<String> {
    match name {
        "socket" | "subprocess" | "threading" | "signal" | "ssl" | "select" | "selectors" => Some(
            format!("No module named '{name}' (not supported by Anext yet)"),
        ),
        _ => None,
    }
}

/// `import name` / `from name import ...`.
pub fn import_name(
    vm: &mut Vm,
    name: &str,
    fromlist: &Value,
    level: &Value,
    globals: &ObjRef,
) -> PyResult<Value> {
    let level = crate::types::int::as_i64(level).unwrap_or(0);
    let full = if level > 0 {
        let pkg = vm
            .dict_get_str(globals, "__package__")
            .and_then(|p| p.str_value().map(|s| s.to_string()))
            .unwrap_or_default();
        if pkg.is_empty() {
            return Err(vm.new_error(
                "ImportError",
                "attempted relative import with no known parent package",
            ));
        }
        if name.is_empty() {
            pkg
        } else {
            format!("{pkg}.{name}")
        }
    } else {
        name.to_string()
    };
    // Import each package along the dotted path.
    let parts: Vec<&str> = full.split('.').collect();
    let mut top: Option<Value> = None;
    let mut prefix = String::new();
    let mut last = Value::None;
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            prefix.push('.');
        }
        prefix.push_str(p);
        let m = match find_module(vm, &prefix)? {
            Some(m) => m,
            None => {
                let e = vm.new_error("ModuleNotFoundError", format!("No module named '{prefix}'"));
                if let Some(d) = &vm.inst_dict_for_write(&e.exc) {
                    vm.dict_set_str(d, "name", vm.new_str(&prefix));
                }
                return Err(e);
            }
        };
        if i > 0
            && let Value::Obj(parent) = &last
            && let Some(pd) = crate::types::module::module_dict(parent)
        {
            vm.dict_set_str(&pd, p, m.clone());
        }
        if top.is_none() {
            top = Some(m.clone());
        }
        last = m;
    }
    let has_fromlist = !fromlist.is_none()
        && crate::vm::ops::collect_iterable(vm, fromlist)
            .map(|v| !v.is_empty())
            .unwrap_or(false);
    if has_fromlist || level > 0 {
        Ok(last)
    } else {
        Ok(top.unwrap_or(Value::None))
    }
}

pub fn import_from(vm: &mut Vm, module: &Value, name: &Value) -> PyResult<Value> {
    let n = name.str_value().unwrap_or("").to_string();
    match vm.getattr_opt(module, &n)? {
        Some(v) => Ok(v),
        None => {
            let mname = match module.payload() {
                Some(Payload::Module(m)) => m.name.to_string(),
                _ => "?".to_string(),
            };
            // A submodule not yet imported.
            let sub = format!("{mname}.{n}");
            if let Ok(Some(m)) = find_module(vm, &sub) {
                return Ok(m);
            }
            let file = match module.payload() {
                Some(Payload::Module(m)) => vm
                    .dict_get_str(&m.dict, "__file__")
                    .and_then(|f| f.str_value().map(|s| s.to_string())),
                _ => None,
            };
            let loc = match file {
                Some(f) if !f.starts_with('<') => format!(" ({f})"),
                _ => " (unknown location)".to_string(),
            };
            Err(vm.new_error(
                "ImportError",
                format!("cannot import name '{n}' from '{mname}'{loc}"),
            ))
        }
    }
}

pub fn import_star(vm: &mut Vm, module: &Value, ns: &ObjRef) -> PyResult<()> {
    let Some(Payload::Module(m)) = module.payload() else {
        return Ok(());
    };
    let d = m.dict.clone();
    let names: Vec<Value> = match vm.dict_get_str(&d, "__all__") {
        Some(all) => crate::vm::ops::collect_iterable(vm, &all)?,
        None => d
            .dict_data()
            .map(|dd| dd.borrow().keys())
            .unwrap_or_default()
            .into_iter()
            .filter(|k| !k.str_value().unwrap_or("_").starts_with('_'))
            .collect(),
    };
    for n in names {
        let s = n.str_value().unwrap_or("").to_string();
        let v = vm.getattr_str(module, &s, crate::object::str::hash_str(&s))?;
        vm.dict_set_str(ns, &s, v);
    }
    Ok(())
}

/// Issue a warning: print it to stderr in CPython's format.
pub fn warn(vm: &mut Vm, category: &str, message: &str) -> PyResult<()> {
    warn_about(vm, category, message, Value::None)
}

/// `warn` with a `source` object (a coroutine never awaited, ...): when
/// the warning is shown, CPython's tracemalloc hint follows it.
pub fn warn_about(vm: &mut Vm, category: &str, message: &str, source: Value) -> PyResult<()> {
    // Through the `warnings` module, so filters, `catch_warnings` and
    // `-W error` apply; written directly only if that module is missing.
    let globals = vm.new_dict_obj(Dict::new());
    if let Ok(warnings) = import_name(vm, "warnings", &Value::None, &Value::Int(0), &globals)
        && let Ok(warn) = vm.getattr_str(&warnings, "warn", crate::object::str::hash_str("warn"))
    {
        let cls = Value::Obj(vm.exc_class(category));
        let msg = vm.new_str(message);
        let stacklevel = Value::Int(1);
        return vm
            .call(&warn, vec![msg, cls, stacklevel, source])
            .map(|_| ());
    }
    let (file, line) = match vm.current_frame() {
        Some(f) => (f.code.code.filename.to_string(), f.line()),
        None => ("sys".to_string(), 1),
    };
    let src = crate::vm::errors::source_line(&file, line)
        .map(|s| format!("  {}\n", s.trim()))
        .unwrap_or_default();
    vm.write_stderr(&format!("{file}:{line}: {category}: {message}\n{src}"));
    Ok(())
}

/// Call `name` from `_anext_helpers`, the Python half of some builtins.
pub fn call_helper(vm: &mut Vm, name: &str, args: Vec<Value>) -> PyResult<Value> {
    call_in(vm, "_anext_helpers", name, args)
}

/// Call function `name` of module `module` (imported if need be).
pub fn call_in(vm: &mut Vm, module: &str, name: &str, args: Vec<Value>) -> PyResult<Value> {
    let globals = vm.new_dict_obj(Dict::new());
    let m = import_name(vm, module, &Value::None, &Value::Int(0), &globals)?;
    let f = vm.getattr_str(&m, name, crate::object::str::hash_str(name))?;
    vm.call(&f, args)
}

/// `anext(it, default)`: an awaitable that gives `default` at the end.
pub fn anext_with_default(vm: &mut Vm, awaitable: Value, default: Value) -> PyResult<Value> {
    call_helper(vm, "anext_default", vec![awaitable, default])
}

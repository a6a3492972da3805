//! The `sys` module.

use crate::native;
use crate::object::{Payload, PyObject, Value};
use crate::types::io::{Stream, Target};
use crate::vm::native::{Args, NativeFunc};
use crate::vm::{PyResult, Vm};
use std::cell::RefCell;

pub fn sys_attr(vm: &Vm, name: &str) -> Option<Value> {
    match &vm.sys.payload {
        Payload::Module(m) => vm.dict_get_str(&m.dict, name),
        _ => None,
    }
}

fn exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "exit", 0, 1)?;
    let cls = vm.exc_class("SystemExit");
    let e = vm.new_exception(&cls, args.args.clone());
    Err(crate::vm::PyErr { exc: e })
}

fn getrecursionlimit(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(vm.recursion_limit as i64))
}

fn setrecursionlimit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "setrecursionlimit", 1, 1)?;
    if let Value::Float(_) = args.args[0] {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = vm.index_value(&args.args[0])?;
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    vm.recursion_limit = n as usize;
    Ok(Value::None)
}

fn exc_info(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    match vm.exc_info.clone() {
        Some(e) => {
            let t = Value::Obj(vm.type_of(&e));
            let tb = match e.as_obj().and_then(|o| vm.exc_data(o)) {
                Some(d) => d.traceback.borrow().clone().unwrap_or(Value::None),
                None => Value::None,
            };
            Ok(vm.new_tuple(vec![t, e, tb]))
        }
        None => Ok(vm.new_tuple(vec![Value::None, Value::None, Value::None])),
    }
}

fn exception(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.exc_info.clone().unwrap_or(Value::None))
}

fn set_int_max_str_digits(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let v = args
        .take_kw("maxdigits")
        .or_else(|| args.args.first().cloned())
        .unwrap_or(Value::Int(0));
    let n = vm.index_value(&v)?;
    if n != 0 && n < 640 {
        return Err(vm.value_error("maxdigits must be >= 640 or 0 for unlimited"));
    }
    vm.int_max_str_digits = n as usize;
    Ok(Value::None)
}

fn get_int_max_str_digits(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(vm.int_max_str_digits as i64))
}

fn intern(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "intern", 1, 1)?;
    match args.args[0].str_value() {
        Some(s) => Ok(vm.intern(s)),
        None => Err(vm.type_error(format!(
            "intern() argument must be str, not {}",
            vm.arg_type_name(&args.args[0])
        ))),
    }
}

fn getsizeof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.bind(vm, "getsizeof", false, &["object", "default"], 1, 0)?;
    let obj = args.args[0].clone();
    let size = match size_from_dunder(vm, &obj) {
        Ok(n) => n,
        // A default stands in for a TypeError only.
        Err(e) if args.args.len() > 1 && vm.err_is(&e, "TypeError") => {
            return Ok(args.args[1].clone());
        }
        Err(e) => return Err(e),
    };
    // Objects the cycle collector tracks carry its header too, and
    // instances with a `__dict__` CPython's two pre-header pointers.
    let gc_header = match obj.payload() {
        Some(Payload::Object(_)) if obj.as_obj().is_some_and(|o| o.inst_dict().is_some()) => 32,
        None
        | Some(
            Payload::Str(_)
            | Payload::Bytes(_)
            | Payload::Int(_)
            | Payload::Float(_)
            | Payload::Complex(..)
            | Payload::Range(_),
        ) => 0,
        Some(_) => 16,
    };
    Ok(Value::Int(size.saturating_add(gc_header)))
}

/// `obj.__sizeof__()`, checked as `sys.getsizeof` checks it.
fn size_from_dunder(vm: &mut Vm, obj: &Value) -> PyResult<i64> {
    let Some(size) = vm.call_special(obj, "__sizeof__", vec![])? else {
        return Err(vm.type_error(format!(
            "Type {} doesn't define __sizeof__",
            vm.type_name(obj)
        )));
    };
    let Some(n) = crate::types::int::as_big(&size) else {
        return Err(vm.type_error("an integer is required"));
    };
    let n = crate::types::int::big_to_i64(&n).unwrap_or(i64::MAX);
    if n < 0 {
        return Err(vm.value_error("__sizeof__() should return >= 0"));
    }
    Ok(n)
}

fn set_asyncgen_hooks(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let first = args
        .take_kw("firstiter")
        .or_else(|| args.args.first().cloned());
    let fin = args
        .take_kw("finalizer")
        .or_else(|| args.args.get(1).cloned());
    for (name, hook) in [("firstiter", &first), ("finalizer", &fin)] {
        if let Some(h) = hook
            && !h.is_none()
            && !is_callable(vm, h)
        {
            return Err(vm.type_error(format!("callable {name} expected, got {}", vm.type_name(h))));
        }
    }
    if let Some(f) = first {
        vm.asyncgen_firstiter = f;
    }
    if let Some(f) = fin {
        vm.asyncgen_finalizer = f;
    }
    Ok(Value::None)
}

fn is_callable(vm: &Vm, v: &Value) -> bool {
    matches!(
        v.payload(),
        Some(
            Payload::Function(_) | Payload::BoundMethod(_) | Payload::Native(_) | Payload::Type(_)
        )
    ) || vm.lookup_special(v, "__call__").is_some()
}

fn set_coroutine_origin_tracking_depth(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.bind(
        vm,
        "set_coroutine_origin_tracking_depth",
        false,
        &["depth"],
        1,
        0,
    )?;
    let depth = vm.index_value(p[0].as_ref().unwrap_or(&Value::None))?;
    if depth < 0 {
        return Err(vm.value_error("depth must be >= 0"));
    }
    vm.coro_origin_depth = depth as usize;
    Ok(Value::None)
}

fn get_coroutine_origin_tracking_depth(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "get_coroutine_origin_tracking_depth", 0, 0)?;
    Ok(Value::Int(vm.coro_origin_depth as i64))
}

fn get_asyncgen_hooks(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let fields = [
        ("firstiter", vm.asyncgen_firstiter.clone()),
        ("finalizer", vm.asyncgen_finalizer.clone()),
    ];
    Ok(named_tuple(vm, "asyncgen_hooks", &fields))
}

/// `sys._getframe(depth=0)`: a snapshot of a running frame (f_code,
/// f_lineno, f_globals, f_locals, f_back). Snapshots, not live views:
/// later changes to the frame's locals are not seen through them.
fn getframe(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "_getframe", 0, 1)?;
    let depth = match args.get(0) {
        Some(v) => vm.index_value(v)?,
        None => 0,
    };
    let n = vm.frames.len() as i64;
    if depth < 0 || depth >= n {
        return Err(vm.value_error("call stack is not deep enough"));
    }
    let top = (n - 1 - depth) as usize;
    let mut back = Value::None;
    for i in 0..=top {
        back = frame_snapshot(vm, i, back);
    }
    Ok(back)
}

/// A frame snapshot for a traceback entry (`tb_frame`): its code and
/// line; the frame itself is gone, so globals and locals are empty.
pub fn code_frame_snapshot(
    vm: &mut Vm,
    code: &std::rc::Rc<crate::bytecode::CodeObject>,
    line: u32,
) -> Value {
    let rt = crate::types::function::code_rt(vm, code);
    let code_obj = crate::types::function::code_object(vm, &rt);
    let d = vm.new_dict_obj(crate::object::Dict::new());
    vm.dict_set_str(&d, "f_code", code_obj);
    vm.dict_set_str(&d, "f_lineno", Value::Int(line as i64));
    for name in ["f_globals", "f_locals"] {
        let empty = vm.new_dict_obj(crate::object::Dict::new());
        vm.dict_set_str(&d, name, Value::Obj(empty));
    }
    vm.dict_set_str(&d, "f_back", Value::None);
    let builtins = vm.builtins_dict.clone();
    vm.dict_set_str(&d, "f_builtins", Value::Obj(builtins));
    Value::Obj(PyObject::new(
        vm.types.frame.clone(),
        Some(d),
        Payload::Object(Default::default()),
    ))
}

fn frame_snapshot(vm: &mut Vm, index: usize, back: Value) -> Value {
    let (code, line, globals, locals) = {
        let f = &vm.frames[index];
        let locals = f.local_pairs();
        let module_locals = f
            .locals
            .clone()
            .or_else(|| f.code.code.varnames.is_empty().then(|| f.globals.clone()));
        (
            f.code.clone(),
            f.line(),
            f.globals.clone(),
            (locals, module_locals),
        )
    };
    let d = vm.new_dict_obj(crate::object::Dict::new());
    let code_obj = crate::types::function::code_object(vm, &code);
    vm.dict_set_str(&d, "f_code", code_obj);
    vm.dict_set_str(&d, "f_lineno", Value::Int(line as i64));
    vm.dict_set_str(&d, "f_globals", Value::Obj(globals));
    vm.dict_set_str(&d, "f_back", back);
    let locals_v = match locals {
        (_, Some(ns)) => Value::Obj(ns),
        (pairs, None) => {
            let ld = vm.new_dict_obj(crate::object::Dict::new());
            for (k, v) in pairs {
                vm.dict_set_str(&ld, &k, v);
            }
            Value::Obj(ld)
        }
    };
    vm.dict_set_str(&d, "f_locals", locals_v);
    let builtins = vm.builtins_dict.clone();
    vm.dict_set_str(&d, "f_builtins", Value::Obj(builtins));
    Value::Obj(PyObject::new(
        vm.types.frame.clone(),
        Some(d),
        Payload::Object(Default::default()),
    ))
}

/// The default `sys.breakpointhook`: Anext has no debugger to enter,
/// so `breakpoint()` continues (as CPython does with PYTHONBREAKPOINT=0).
fn breakpointhook(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn getdefaultencoding(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.new_str("utf-8"))
}

fn is_finalizing(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::FALSE)
}

fn getrefcount(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "getrefcount", 1, 1)?;
    Ok(Value::Int(match &args.args[0] {
        Value::Obj(o) => std::rc::Rc::strong_count(o) as i64,
        _ => 1 << 30,
    }))
}

/// `sys.displayhook(value)`: print repr(value) and keep it as builtins._.
fn displayhook(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "displayhook", 1, 1)?;
    let v = args.args[0].clone();
    if v.is_none() {
        return Ok(Value::None);
    }
    let d = vm.builtins_dict.clone();
    vm.dict_set_str(&d, "_", Value::None);
    let text = vm.repr_string(&v)?;
    let out = sys_attr(vm, "stdout").unwrap_or(Value::None);
    let write = vm.getattr_str(&out, "write", crate::object::str::hash_str("write"))?;
    let line = vm.new_string(format!("{text}\n"));
    vm.call(&write, vec![line])?;
    vm.dict_set_str(&d, "_", v);
    Ok(Value::None)
}

/// `sys.excepthook(type, value, traceback)`: print the traceback to stderr.
fn excepthook(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "excepthook", 3, 3)?;
    match &args.args[1] {
        Value::Obj(e) if matches!(e.payload, Payload::Exception(_)) => {
            let e = e.clone();
            vm.print_exception(&e);
            Ok(Value::None)
        }
        other => Err(vm.type_error(format!(
            "print_exception(): Exception expected for value, {} found",
            vm.type_name(other)
        ))),
    }
}

fn nothing(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

static FUNCS: &[NativeFunc] = &[
    native!(
        "getdefaultencoding",
        getdefaultencoding,
        "Return the default string encoding: 'utf-8'."
    ),
    native!(
        "getfilesystemencoding",
        getdefaultencoding,
        "Return the encoding of file names: 'utf-8'."
    ),
    native!(
        "is_finalizing",
        is_finalizing,
        "Return whether the interpreter is shutting down."
    ),
    native!(
        "getrefcount",
        getrefcount,
        "Return the reference count of an object."
    ),
    native!(
        "displayhook",
        displayhook,
        "Print repr(value) and store it as builtins._ (None is skipped)."
    ),
    native!(
        "excepthook",
        excepthook,
        "Print an exception and its traceback to sys.stderr."
    ),
    native!(
        "settrace",
        nothing,
        "Set a tracing function (not supported: ignored)."
    ),
    native!(
        "gettrace",
        nothing,
        "Return the tracing function (always None)."
    ),
    native!(
        "setprofile",
        nothing,
        "Set a profiling function (not supported: ignored)."
    ),
    native!(
        "getprofile",
        nothing,
        "Return the profiling function (always None)."
    ),
    native!(
        "audit",
        nothing,
        "Raise an auditing event (there are no audit hooks)."
    ),
    native!(
        "addaudithook",
        nothing,
        "Add an auditing hook (never called here)."
    ),
    native!(
        "breakpointhook",
        breakpointhook,
        "Called by breakpoint(); Anext has no debugger, so this returns at once."
    ),
    native!(
        "exit",
        exit,
        "Exit the interpreter by raising SystemExit(status)."
    ),
    native!(
        "getrecursionlimit",
        getrecursionlimit,
        "Return the current recursion limit."
    ),
    native!(
        "setrecursionlimit",
        setrecursionlimit,
        "Set the maximum depth of the Python call stack."
    ),
    native!(
        "exc_info",
        exc_info,
        "Return (type, value, traceback) of the exception being handled."
    ),
    native!(
        "exception",
        exception,
        "Return the exception being handled, or None."
    ),
    native!(
        "set_int_max_str_digits",
        set_int_max_str_digits,
        "Set the maximum number of digits for int/str conversions."
    ),
    native!(
        "get_int_max_str_digits",
        get_int_max_str_digits,
        "Return the maximum number of digits for int/str conversions."
    ),
    native!("intern", intern, "Return the interned version of a string."),
    native!(
        "getsizeof",
        getsizeof,
        "Return an estimate of an object's size in bytes."
    ),
    native!(
        "set_asyncgen_hooks",
        set_asyncgen_hooks,
        "Set the firstiter and finalizer hooks for asynchronous generators."
    ),
    native!(
        "get_asyncgen_hooks",
        get_asyncgen_hooks,
        "Return the asynchronous generator hooks."
    ),
    native!(
        "set_coroutine_origin_tracking_depth",
        set_coroutine_origin_tracking_depth,
        "Enable or disable origin tracking for coroutine objects in this thread.\n\nCoroutine objects will track 'depth' frames of traceback information\nabout where they came from, available in their cr_origin attribute.\n\nSet a depth of 0 to disable.",
        sig = "($module, /, depth)"
    ),
    native!(
        "get_coroutine_origin_tracking_depth",
        get_coroutine_origin_tracking_depth,
        "Check status of origin tracking for coroutine objects in this thread.",
        sig = "($module, /)"
    ),
    native!(
        "_getframe",
        getframe,
        "Return a snapshot of the frame depth calls up the stack (default: the caller's)."
    ),
];

fn stream(vm: &Vm, name: &str, target: Target) -> Value {
    Value::Obj(PyObject::new(
        vm.types.text_io.clone(),
        None,
        Payload::TextStream(Box::new(RefCell::new(Stream::new(name, "w", target)))),
    ))
}

fn named_tuple(vm: &mut Vm, cls_name: &str, fields: &[(&str, Value)]) -> Value {
    let ns = vm.new_dict_obj(crate::object::Dict::new());
    let cls = crate::types::typeobj::new_static_type(
        &vm.types.type_,
        &vm.types.dict,
        cls_name,
        Some(&vm.types.tuple),
        crate::object::BaseKind::Tuple,
    );
    let values: Vec<Value> = fields.iter().map(|(_, v)| v.clone()).collect();
    let obj = PyObject::new(
        cls,
        Some(ns.clone()),
        Payload::Tuple(values.into_boxed_slice()),
    );
    for (f, v) in fields {
        vm.dict_set_str(&ns, f, v.clone());
    }
    Value::Obj(obj)
}

pub fn install(vm: &mut Vm) {
    let m = vm.sys.clone();
    let Payload::Module(md) = &m.payload else {
        return;
    };
    let d = md.dict.clone();
    for f in FUNCS {
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
    vm.dict_set_str(&d, "__name__", vm.new_str("sys"));
    let out = stream(vm, "<stdout>", Target::Stdout);
    let err = stream(vm, "<stderr>", Target::Stderr);
    vm.dict_set_str(&d, "stdout", out.clone());
    vm.dict_set_str(&d, "stderr", err.clone());
    vm.dict_set_str(&d, "__stdout__", out);
    vm.dict_set_str(&d, "__stderr__", err);
    let stdin = Value::Obj(PyObject::new(
        vm.types.text_io.clone(),
        None,
        Payload::TextStream(Box::new(RefCell::new(Stream::stdin()))),
    ));
    vm.dict_set_str(&d, "stdin", stdin.clone());
    vm.dict_set_str(&d, "__stdin__", stdin);
    vm.dict_set_str(&d, "maxsize", Value::Int(i64::MAX));
    vm.dict_set_str(&d, "byteorder", vm.new_str("little"));
    vm.dict_set_str(&d, "platform", vm.new_str("linux"));
    vm.dict_set_str(&d, "version", vm.new_str("3.13.0 (anext 0.1.0)"));
    vm.dict_set_str(&d, "hexversion", Value::Int(0x030d00f0));
    vm.dict_set_str(&d, "modules", Value::Obj(vm.modules.clone()));
    let path = vm.new_list(Vec::new());
    vm.dict_set_str(&d, "path", path);
    let vi = named_tuple(
        vm,
        "version_info",
        &[
            ("major", Value::Int(3)),
            ("minor", Value::Int(13)),
            ("micro", Value::Int(0)),
            ("releaselevel", vm.new_str("final")),
            ("serial", Value::Int(0)),
        ],
    );
    vm.dict_set_str(&d, "version_info", vi);
    let ver = named_tuple(
        vm,
        "version_info",
        &[
            ("major", Value::Int(0)),
            ("minor", Value::Int(1)),
            ("micro", Value::Int(0)),
            ("releaselevel", vm.new_str("alpha")),
            ("serial", Value::Int(0)),
        ],
    );
    let imp = named_tuple(
        vm,
        "implementation",
        &[
            ("name", vm.new_str("anext")),
            ("cache_tag", Value::None),
            ("version", ver),
        ],
    );
    vm.dict_set_str(&d, "implementation", imp);
    let flag_names = [
        "debug",
        "inspect",
        "interactive",
        "optimize",
        "dont_write_bytecode",
        "no_user_site",
        "no_site",
        "ignore_environment",
        "verbose",
        "bytes_warning",
        "quiet",
        "hash_randomization",
        "isolated",
        "dev_mode",
        "utf8_mode",
        "warn_default_encoding",
        "safe_path",
        "int_max_str_digits",
    ];
    let flag_fields: Vec<(&str, Value)> = flag_names
        .iter()
        .map(|n| {
            let v = match *n {
                "dont_write_bytecode" | "hash_randomization" => 1,
                "int_max_str_digits" => -1,
                _ => 0,
            };
            (*n, Value::Int(v))
        })
        .collect();
    let flags = named_tuple(vm, "flags", &flag_fields);
    vm.dict_set_str(&d, "flags", flags);
    install_facts(vm, &d);
    let argv = vm.argv.clone();
    let argv = argv.iter().map(|a| vm.new_str(a)).collect();
    let argv = vm.new_list(argv);
    vm.dict_set_str(&d, "argv", argv);
    let modules = vm.modules.clone();
    vm.dict_set_str(&modules, "sys", Value::Obj(m.clone()));
}

/// The constant facts: float/int/hash parameters, encodings, paths.
fn install_facts(vm: &mut Vm, d: &crate::object::ObjRef) {
    let float_info = named_tuple(
        vm,
        "float_info",
        &[
            ("max", Value::float(f64::MAX)),
            ("max_exp", Value::Int(f64::MAX_EXP as i64)),
            ("max_10_exp", Value::Int(f64::MAX_10_EXP as i64)),
            ("min", Value::float(f64::MIN_POSITIVE)),
            ("min_exp", Value::Int(f64::MIN_EXP as i64)),
            ("min_10_exp", Value::Int(f64::MIN_10_EXP as i64)),
            ("dig", Value::Int(f64::DIGITS as i64)),
            ("mant_dig", Value::Int(f64::MANTISSA_DIGITS as i64)),
            ("epsilon", Value::float(f64::EPSILON)),
            ("radix", Value::Int(2)),
            ("rounds", Value::Int(1)),
        ],
    );
    vm.dict_set_str(d, "float_info", float_info);
    let int_info = named_tuple(
        vm,
        "int_info",
        &[
            ("bits_per_digit", Value::Int(30)),
            ("sizeof_digit", Value::Int(4)),
            ("default_max_str_digits", Value::Int(4300)),
            ("str_digits_check_threshold", Value::Int(640)),
        ],
    );
    vm.dict_set_str(d, "int_info", int_info);
    let algorithm = vm.new_str("siphash13");
    let hash_info = named_tuple(
        vm,
        "hash_info",
        &[
            ("width", Value::Int(64)),
            ("modulus", Value::Int((1i64 << 61) - 1)),
            ("inf", Value::Int(314159)),
            ("nan", Value::Int(0)),
            ("imag", Value::Int(1000003)),
            ("algorithm", algorithm),
            ("hash_bits", Value::Int(64)),
            ("seed_bits", Value::Int(128)),
            ("cutoff", Value::Int(0)),
        ],
    );
    vm.dict_set_str(d, "hash_info", hash_info);
    vm.dict_set_str(d, "maxunicode", Value::Int(0x10ffff));
    vm.dict_set_str(d, "float_repr_style", vm.new_str("short"));
    vm.dict_set_str(d, "api_version", Value::Int(1013));
    vm.dict_set_str(d, "platlibdir", vm.new_str("lib"));
    let exe = std::env::current_exe()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default();
    vm.dict_set_str(d, "executable", vm.new_string(exe.clone()));
    vm.dict_set_str(d, "_base_executable", vm.new_string(exe));
    for name in ["prefix", "base_prefix", "exec_prefix", "base_exec_prefix"] {
        vm.dict_set_str(d, name, vm.new_str("/usr/local"));
    }
    let empty = vm.new_list(Vec::new());
    vm.dict_set_str(d, "warnoptions", empty);
    let xopts = vm.new_dict();
    vm.dict_set_str(d, "_xoptions", xopts);
    vm.dict_set_str(d, "dont_write_bytecode", Value::TRUE);
    let names: Vec<Value> = [
        "builtins",
        "sys",
        "_io",
        "gc",
        "time",
        "math",
        "_os",
        "_re",
        "_weakref",
        "_operator",
        "_heapq",
    ]
    .iter()
    .map(|n| vm.new_str(n))
    .collect();
    let names = vm.new_tuple(names);
    vm.dict_set_str(d, "builtin_module_names", names);
    vm.dict_set_str(
        d,
        "copyright",
        vm.new_str("Copyright (c) the Anext authors. Python is Copyright (c) the Python Software Foundation."),
    );
    for (alias, name) in [
        ("__displayhook__", "displayhook"),
        ("__excepthook__", "excepthook"),
    ] {
        if let Some(f) = vm.dict_get_str(d, name) {
            vm.dict_set_str(d, alias, f);
        }
    }
}

/// Reset `sys.argv` (the command line sets it after start-up).
pub fn set_argv(vm: &mut Vm, argv: &[String]) {
    let items = argv.iter().map(|a| vm.new_str(a)).collect();
    let l = vm.new_list(items);
    if let Payload::Module(md) = &vm.sys.payload {
        let d = md.dict.clone();
        vm.dict_set_str(&d, "argv", l);
    }
}

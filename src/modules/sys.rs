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
            vm.type_name(&args.args[0])
        ))),
    }
}

fn getsizeof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = match args.args.first().and_then(|v| v.payload()) {
        Some(Payload::List(l)) => 56 + 8 * l.borrow().len(),
        Some(Payload::Tuple(t)) => 40 + 8 * t.len(),
        Some(Payload::Str(s)) => 41 + s.as_str().len(),
        _ => 56,
    };
    let _ = vm;
    Ok(Value::Int(n as i64))
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

fn get_asyncgen_hooks(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let fields = [
        ("firstiter", vm.asyncgen_firstiter.clone()),
        ("finalizer", vm.asyncgen_finalizer.clone()),
    ];
    Ok(named_tuple(vm, "asyncgen_hooks", &fields))
}

fn getframe(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.new_str("<frame>"))
}

/// The default `sys.breakpointhook`: Anext has no debugger to enter,
/// so `breakpoint()` continues (as CPython does with PYTHONBREAKPOINT=0).
fn breakpointhook(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

static FUNCS: &[NativeFunc] = &[
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
        "_getframe",
        getframe,
        "Return a frame object from the call stack."
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
    for (i, (f, _)) in fields.iter().enumerate() {
        let getter = vm.new_string(format!("{i}"));
        let _ = getter;
        let _ = f;
    }
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
    let flags = named_tuple(
        vm,
        "flags",
        &[
            ("optimize", Value::Int(0)),
            ("dont_write_bytecode", Value::Int(1)),
            ("verbose", Value::Int(0)),
            ("interactive", Value::Int(0)),
        ],
    );
    vm.dict_set_str(&d, "flags", flags);
    let argv = vm.argv.clone();
    let argv = argv.iter().map(|a| vm.new_str(a)).collect();
    let argv = vm.new_list(argv);
    vm.dict_set_str(&d, "argv", argv);
    let modules = vm.modules.clone();
    vm.dict_set_str(&modules, "sys", Value::Obj(m.clone()));
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

//! `BaseException` and its family: construction, `str()`, notes, and the
//! splitting of exception groups for `except*`.

use crate::native;
use crate::object::{ObjRef, Payload, Value};
use crate::vm::native::{Args, NativeFunc};
use crate::vm::{PyResult, Vm};

/// `str(exc)`.
pub fn exc_str(vm: &mut Vm, exc: &ObjRef) -> PyResult<String> {
    let Some(d) = vm.exc_data(exc) else {
        return Ok(String::new());
    };
    let args = d.args.borrow().clone();
    let items: Vec<Value> = match args.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    };
    let cls = exc.class().clone();
    let is = |vm: &Vm, name: &str| vm.is_subclass(&cls, &vm.exc_class(name));
    if is(vm, "BaseExceptionGroup") {
        let msg = items
            .first()
            .map(|m| vm.str_string(m))
            .transpose()?
            .unwrap_or_default();
        let n = items
            .get(1)
            .map(|e| crate::vm::ops::collect_iterable(vm, e).map(|v| v.len()))
            .transpose()?
            .unwrap_or(0);
        return Ok(format!(
            "{msg} ({n} sub-exception{})",
            if n == 1 { "" } else { "s" }
        ));
    }
    if is(vm, "OSError") && (2..=5).contains(&items.len()) {
        let errno = vm.str_string(&items[0])?;
        let strerror = vm.str_string(&items[1])?;
        let field = |vm: &Vm, n: &str| {
            exc.inst_dict()
                .and_then(|d| vm.dict_get_str(d, n))
                .filter(|v| !v.is_none())
        };
        return Ok(match (field(vm, "filename"), field(vm, "filename2")) {
            (Some(f), Some(f2)) => format!(
                "[Errno {errno}] {strerror}: {} -> {}",
                vm.repr_string(&f)?,
                vm.repr_string(&f2)?
            ),
            (Some(f), None) => format!("[Errno {errno}] {strerror}: {}", vm.repr_string(&f)?),
            _ => format!("[Errno {errno}] {strerror}"),
        });
    }
    if is(vm, "UnicodeError")
        && let Some(s) = unicode_error_str(vm, exc)?
    {
        return Ok(s);
    }
    if is(vm, "SyntaxError") && items.len() == 2 {
        let msg = vm.str_string(&items[0])?;
        let field = |vm: &Vm, n: &str| {
            exc.inst_dict()
                .and_then(|d| vm.dict_get_str(d, n))
                .filter(|v| !v.is_none())
        };
        let file = field(vm, "filename")
            .map(|f| vm.str_string(&f))
            .transpose()?
            .map(|f| f.rsplit('/').next().unwrap_or_default().to_string());
        let line = field(vm, "lineno").map(|l| vm.str_string(&l)).transpose()?;
        return Ok(match (file, line) {
            (Some(f), Some(l)) => format!("{msg} ({f}, line {l})"),
            (Some(f), None) => format!("{msg} ({f})"),
            (None, Some(l)) => format!("{msg} (line {l})"),
            (None, None) => msg,
        });
    }
    match items.len() {
        0 => Ok(String::new()),
        1 => {
            if is(vm, "KeyError") {
                vm.repr_string(&items[0])
            } else {
                vm.str_string(&items[0])
            }
        }
        _ => vm.repr_string(&args),
    }
}

/// `str()` of a Unicode error from its fields: "'utf-8' codec can't
/// decode byte 0xff in position 0: invalid start byte".
fn unicode_error_str(vm: &mut Vm, exc: &ObjRef) -> PyResult<Option<String>> {
    let Some(d) = exc.inst_dict().cloned() else {
        return Ok(None);
    };
    let get = |vm: &Vm, n: &str| vm.dict_get_str(&d, n);
    let (Some(obj), Some(Value::Int(start)), Some(Value::Int(end)), Some(reason)) = (
        get(vm, "object"),
        get(vm, "start"),
        get(vm, "end"),
        get(vm, "reason"),
    ) else {
        return Ok(None);
    };
    let reason = vm.str_string(&reason)?;
    let codec = match get(vm, "encoding") {
        Some(e) => format!("'{}' codec can't ", vm.str_string(&e)?),
        None => "can't ".to_string(),
    };
    let single = end == start + 1;
    let what = match obj.payload() {
        Some(Payload::Bytes(b)) if single => match b.get(start as usize) {
            Some(byte) => format!("decode byte 0x{byte:02x}"),
            None => "decode bytes".to_string(),
        },
        Some(Payload::Bytes(_)) => "decode bytes".to_string(),
        _ => {
            let verb = if vm.is_subclass(exc.class(), &vm.exc_class("UnicodeTranslateError")) {
                "translate"
            } else {
                "encode"
            };
            let ch = obj
                .str_value()
                .and_then(|s| s.chars().nth(start.max(0) as usize));
            match ch {
                Some(c) if single => {
                    let esc = crate::types::str::escape_char(c);
                    format!("{verb} character '{esc}'")
                }
                _ => format!("{verb} characters"),
            }
        }
    };
    let pos = if single {
        format!("position {start}")
    } else {
        format!("position {start}-{}", end - 1)
    };
    Ok(Some(format!("{codec}{what} in {pos}: {reason}")))
}

fn this(vm: &Vm, args: &Args) -> PyResult<ObjRef> {
    match args.args.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Exception(_)) => Ok(o.clone()),
        _ => Err(vm.type_error("descriptor requires a 'BaseException' object")),
    }
}

fn exc_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let e = this(vm, &args)?;
    let rest: Vec<Value> = args.args[1..].to_vec();
    init_exception(vm, &e, &rest, args.kwargs)?;
    set_args(vm, &e, rest);
    Ok(Value::None)
}

/// What `BaseException.__init__` and the built-in subclasses' `__init__`
/// do beyond storing `args`: accept the keyword fields of the class
/// (`AttributeError(name=, obj=)`, ...) and derive fields from the
/// positional arguments.
fn init_exception(
    vm: &mut Vm,
    e: &ObjRef,
    args: &[Value],
    kwargs: Vec<(Value, Value)>,
) -> PyResult<()> {
    let mut kw = Args {
        args: Vec::new(),
        kwargs,
    };
    // Most exceptions (every class outside the families below) have no
    // fields of their own: one walk of the MRO says so.
    let own_fields = has_own_fields(e);
    let (family, keywords) = if own_fields {
        keyword_fields(vm, e)
    } else {
        ("", &[][..])
    };
    if !kw.kwargs.is_empty() && keywords.is_empty() {
        return Err(vm.type_error(format!(
            "{}() takes no keyword arguments",
            vm.exc_type_name(e)
        )));
    }
    // As CPython's argument parser words it, naming the built-in family
    // even for a subclass.
    if kw.kwargs.len() > keywords.len() {
        let n = keywords.len();
        return Err(vm.type_error(format!(
            "{family}() takes at most {n} keyword argument{} ({} given)",
            if n == 1 { "" } else { "s" },
            kw.kwargs.len()
        )));
    }
    let mut given = Vec::new();
    for name in keywords {
        given.push((*name, kw.take_kw(name)));
    }
    if let Some((k, _)) = kw.kwargs.first() {
        return Err(vm.type_error(format!(
            "{family}() got an unexpected keyword argument '{}'",
            k.str_value().unwrap_or("?")
        )));
    }
    if own_fields {
        init_fields(vm, e, args)?;
    }
    // Fields not given read as None without being stored (see
    // `descr::descr_get`).
    let given: Vec<(&str, Value)> = given
        .into_iter()
        .filter_map(|(name, v)| v.map(|v| (name, v)))
        .collect();
    if !given.is_empty()
        && let Some(d) = vm.inst_dict_for_write(e)
    {
        for (name, v) in given {
            vm.dict_set_str(&d, name, v);
        }
    }
    Ok(())
}

/// Whether `e`'s class descends from a built-in exception with fields set
/// from its arguments (see `keyword_fields` and `init_fields`).
fn has_own_fields(e: &ObjRef) -> bool {
    const FAMILIES: &[&str] = &[
        "AttributeError",
        "NameError",
        "ImportError",
        "SyntaxError",
        "UnicodeError",
    ];
    let Some(t) = e.class().type_data() else {
        return true;
    };
    t.mro.borrow().iter().any(|c| {
        c.type_data()
            .is_some_and(|ct| !ct.heap && FAMILIES.contains(&&**ct.name.borrow()))
    })
}

/// The keyword-only fields a built-in exception class accepts.
fn keyword_fields(vm: &Vm, e: &ObjRef) -> (&'static str, &'static [&'static str]) {
    let is = |name: &str| vm.is_subclass(e.class(), &vm.exc_class(name));
    if is("AttributeError") {
        ("AttributeError", &["name", "obj"])
    } else if is("NameError") {
        ("NameError", &["name"])
    } else if is("ImportError") {
        ("ImportError", &["name", "path", "name_from"])
    } else {
        ("", &[])
    }
}

/// Fields that built-in exception classes derive from their positional
/// arguments: `ImportError.msg`, `SyntaxError`'s location, the five
/// fields of the Unicode errors.
fn init_fields(vm: &mut Vm, e: &ObjRef, args: &[Value]) -> PyResult<()> {
    let Some(d) = vm.inst_dict_for_write(e) else {
        return Ok(());
    };
    let is = |vm: &Vm, name: &str| vm.is_subclass(e.class(), &vm.exc_class(name));
    if is(vm, "ImportError") {
        let msg = if args.len() == 1 {
            args[0].clone()
        } else {
            Value::None
        };
        vm.dict_set_str(&d, "msg", msg);
    } else if is(vm, "SyntaxError") {
        if let Some(m) = args.first() {
            vm.dict_set_str(&d, "msg", m.clone());
        }
        if args.len() == 2 {
            let loc = crate::vm::ops::collect_iterable(vm, &args[1])?;
            if !(4..=6).contains(&loc.len()) {
                let how = if loc.len() < 4 {
                    "at least 4"
                } else {
                    "at most 6"
                };
                return Err(vm.type_error(format!(
                    "function takes {how} arguments ({} given)",
                    loc.len()
                )));
            }
            let names = [
                "filename",
                "lineno",
                "offset",
                "text",
                "end_lineno",
                "end_offset",
            ];
            for (name, v) in names.iter().zip(loc) {
                vm.dict_set_str(&d, name, v);
            }
        }
    } else if is(vm, "UnicodeError") {
        let translate = is(vm, "UnicodeTranslateError");
        let (names, want): (&[&str], usize) = if translate {
            (&["object", "start", "end", "reason"], 4)
        } else if is(vm, "UnicodeDecodeError") || is(vm, "UnicodeEncodeError") {
            (&["encoding", "object", "start", "end", "reason"], 5)
        } else {
            return Ok(());
        };
        if args.len() != want {
            return Err(vm.type_error(format!(
                "function takes exactly {want} arguments ({} given)",
                args.len()
            )));
        }
        let decode = is(vm, "UnicodeDecodeError");
        for (i, (name, v)) in names.iter().zip(args).enumerate() {
            let ok = match *name {
                "object" if decode => {
                    let b = crate::types::bytes::bytes_of(vm, v)?;
                    vm.dict_set_str(&d, name, vm.new_bytes(b));
                    continue;
                }
                "start" | "end" => matches!(v, Value::Int(_)),
                _ => v.as_str().is_some(),
            };
            if !ok {
                let want = if matches!(*name, "start" | "end") {
                    "int"
                } else {
                    "str"
                };
                return Err(vm.type_error(format!(
                    "argument {} must be {want}, not {}",
                    i + 1,
                    vm.type_name(v)
                )));
            }
            vm.dict_set_str(&d, name, v.clone());
        }
    }
    Ok(())
}

pub fn set_args(vm: &mut Vm, e: &ObjRef, items: Vec<Value>) {
    if let Some(d) = vm.exc_data(e) {
        *d.args.borrow_mut() = vm.new_tuple(items);
    }
}

fn exc_str_m(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let e = this(vm, &args)?;
    let s = exc_str(vm, &e)?;
    Ok(vm.new_string(s))
}

fn exc_repr_m(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let e = this(vm, &args)?;
    let v = Value::Obj(e);
    let s = crate::types::repr::repr_object(vm, &v)?.unwrap_or_default();
    Ok(vm.new_string(s))
}

fn exc_with_traceback(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let e = this(vm, &args)?;
    if let Some(d) = vm.exc_data(&e) {
        let tb = args.args.get(1).cloned().unwrap_or(Value::None);
        *d.traceback.borrow_mut() = if tb.is_none() { None } else { Some(tb) };
    }
    Ok(Value::Obj(e))
}

fn exc_add_note(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "add_note", 1, 1)?;
    let e = this(vm, &args)?;
    let note = args.args[1].clone();
    if note.as_str().is_none() {
        return Err(vm.type_error(format!("note must be a str, not '{}'", vm.type_name(&note))));
    }
    let Some(d) = vm.inst_dict_for_write(&e) else {
        return Ok(Value::None);
    };
    let notes = match vm.dict_get_str(&d, "__notes__") {
        Some(n) => n,
        None => {
            let l = vm.new_list(Vec::new());
            vm.dict_set_str(&d, "__notes__", l.clone());
            l
        }
    };
    match notes.payload() {
        Some(Payload::List(l)) => l.borrow_mut().push(note),
        _ => return Err(vm.type_error("Cannot add note: __notes__ is not a list")),
    }
    Ok(Value::None)
}

/// `__reduce__`: the class and the arguments, and the `__dict__` when it
/// holds anything (copying and pickling rebuild the exception from these).
fn exc_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "__reduce__", 0, 0)?;
    let e = this(vm, &args)?;
    let exc_args = vm
        .exc_data(&e)
        .map(|d| d.args.borrow().clone())
        .unwrap_or(Value::None);
    let mut parts = vec![Value::Obj(e.class().clone()), exc_args];
    if let Some(d) = e.inst_dict()
        && d.dict_data().is_some_and(|dd| !dd.borrow().is_empty())
    {
        parts.push(Value::Obj(d.clone()));
    }
    Ok(vm.new_tuple(parts))
}

/// `__setstate__`: the attributes of a reduced exception set back.
fn exc_setstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "__setstate__", 1, 1)?;
    let e = Value::Obj(this(vm, &args)?);
    let state = &args.args[1];
    if state.is_none() {
        return Ok(Value::None);
    }
    let Some(d) = state.as_obj().and_then(|o| o.dict_data()) else {
        return Err(vm.type_error("state is not a dictionary"));
    };
    let items: Vec<(Value, Value)> = d
        .borrow()
        .iter()
        .map(|en| (en.key.clone(), en.value.clone()))
        .collect();
    for (k, v) in items {
        vm.setattr(&e, &k, v)?;
    }
    Ok(Value::None)
}

fn eg_derive(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let e = this(vm, &args)?;
    let msg = match vm
        .exc_data(&e)
        .map(|d| d.args.borrow().clone())
        .and_then(|a| match a.payload() {
            Some(Payload::Tuple(t)) => t.first().cloned(),
            _ => None,
        }) {
        Some(m) => m,
        None => Value::None,
    };
    let cls = Value::Obj(vm.exc_class("ExceptionGroup"));
    let excs = args.args.get(1).cloned().unwrap_or(Value::None);
    vm.call(&cls, vec![msg, excs])
}

pub static METHODS: &[NativeFunc] = &[
    native!(
        "__init__",
        exc_init,
        "Initialize the exception with its arguments."
    ),
    native!("__str__", exc_str_m, "Return str(self)."),
    native!("__repr__", exc_repr_m, "Return repr(self)."),
    native!(
        "with_traceback",
        exc_with_traceback,
        "Set the exception's traceback and return the exception.",
        sig = "($self, object, /)"
    ),
    native!(
        "add_note",
        exc_add_note,
        "Add a note to the exception, shown after the message.",
        sig = "($self, object, /)"
    ),
    native!(
        "__reduce__",
        exc_reduce,
        "Helper for pickle and copy.",
        sig = "($self, /)"
    ),
    native!(
        "__setstate__",
        exc_setstate,
        "Set the attributes saved by __reduce__.",
        sig = "($self, object, /)"
    ),
];

fn eg_split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "split", 1, 1)?;
    let (rest, m) = split_inner(vm, &args.args[0], &args.args[1], false)?;
    Ok(vm.new_tuple(vec![m, rest]))
}

fn eg_subgroup(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "subgroup", 1, 1)?;
    let (_, m) = split_inner(vm, &args.args[0], &args.args[1], false)?;
    Ok(m)
}

pub static GROUP_METHODS: &[NativeFunc] = &[
    native!(
        "derive",
        eg_derive,
        "Make a group with the same message holding the given exceptions.",
        sig = "($self, object, /)"
    ),
    native!(
        "split",
        eg_split,
        "Split the group into (matching, rest) subgroups by a type or predicate.",
        sig = "($self, object, /)"
    ),
    native!(
        "subgroup",
        eg_subgroup,
        "Return the subgroup of exceptions that match, or None.",
        sig = "($self, object, /)"
    ),
];

pub fn install(vm: &mut Vm) {
    if let Some(eg) = vm.types.exc.get("BaseExceptionGroup").cloned() {
        crate::types::typeobj::add_methods(vm, &eg, GROUP_METHODS);
        crate::types::typeobj::add_methods(vm, &eg, crate::types::function::CLASS_GETITEM);
    }
}

/// `cls(*args, **kwargs)` for an exception class: `BaseException.__new__`,
/// plus the native `__init__` when no Python `__init__` overrides it (the
/// call path skips native initialisers).
pub fn construct(
    vm: &mut Vm,
    cls: &ObjRef,
    args: &[Value],
    kwargs: &[(Value, Value)],
) -> PyResult<Value> {
    let e = construct_new(vm, cls, args)?;
    let native_init = matches!(
        crate::types::typeobj::lookup(cls, "__init__")
            .and_then(|i| i.payload().map(|p| matches!(p, Payload::Native(_)))),
        Some(true)
    );
    if native_init && let Some(o) = e.as_obj() {
        init_exception(vm, o, args, kwargs.to_vec())?;
    }
    Ok(e)
}

/// `BaseException.__new__`: args are all positional arguments.
fn construct_new(vm: &mut Vm, cls: &ObjRef, args: &[Value]) -> PyResult<Value> {
    let is_group = vm.is_subclass(cls, &vm.exc_class("BaseExceptionGroup"));
    if is_group {
        if args.len() != 2 {
            return Err(vm.type_error(format!(
                "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
                args.len()
            )));
        }
        if args[0].as_str().is_none() {
            return Err(
                vm.type_error("argument 1 must be str, not ".to_string() + &vm.type_name(&args[0]))
            );
        }
        let excs = crate::vm::ops::collect_iterable(vm, &args[1])?;
        if excs.is_empty() {
            return Err(vm.value_error("second argument (exceptions) must be a non-empty sequence"));
        }
        let mut all_exc = true;
        for (i, e) in excs.iter().enumerate() {
            match e.as_obj() {
                Some(o) if matches!(o.payload, Payload::Exception(_)) => {
                    if !vm.isinstance(e, &vm.exc_class("Exception")) {
                        all_exc = false;
                    }
                }
                _ => {
                    return Err(vm.value_error(format!(
                        "Item {i} of second argument (exceptions) is not an exception"
                    )));
                }
            }
        }
        let base_group = vm.exc_class("BaseExceptionGroup");
        let cls = if std::rc::Rc::ptr_eq(cls, &base_group) && all_exc {
            vm.exc_class("ExceptionGroup")
        } else {
            cls.clone()
        };
        if !all_exc && vm.is_subclass(&cls, &vm.exc_class("Exception")) {
            return Err(vm.type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
        }
        // `args` keeps the sequence given (its repr shows it), while
        // `exceptions` is always a tuple.
        let seq = match args[1].payload() {
            Some(Payload::List(_) | Payload::Tuple(_)) => args[1].clone(),
            _ => vm.new_tuple(excs),
        };
        let e = vm.new_exception(&cls, vec![args[0].clone(), seq]);
        return Ok(Value::Obj(e));
    }
    let os_error = vm.exc_class("OSError");
    if std::rc::Rc::ptr_eq(cls, &os_error) && (2..=5).contains(&args.len()) {
        // OSError(errno, strerror) picks the subclass for the errno.
        let sub = match crate::types::int::as_i64(&args[0]) {
            Some(2) => Some("FileNotFoundError"),
            Some(13) | Some(1) => Some("PermissionError"),
            Some(17) => Some("FileExistsError"),
            Some(20) => Some("NotADirectoryError"),
            Some(21) => Some("IsADirectoryError"),
            Some(4) => Some("InterruptedError"),
            Some(3) => Some("ProcessLookupError"),
            Some(32) => Some("BrokenPipeError"),
            Some(104) => Some("ConnectionResetError"),
            Some(111) => Some("ConnectionRefusedError"),
            Some(110) => Some("TimeoutError"),
            Some(11) => Some("BlockingIOError"),
            _ => None,
        };
        if let Some(name) = sub {
            let sc = vm.exc_class(name);
            let e = vm.new_exception(&sc, args.to_vec());
            set_os_attrs(vm, &e, args);
            return Ok(Value::Obj(e));
        }
    }
    let e = vm.new_exception(cls, args.to_vec());
    if vm.is_subclass(cls, &os_error) {
        set_os_attrs(vm, &e, args);
    }
    Ok(Value::Obj(e))
}

fn set_os_attrs(vm: &mut Vm, e: &ObjRef, args: &[Value]) {
    if let Some(d) = &vm.inst_dict_for_write(e) {
        let (errno, strerror) = if (2..=5).contains(&args.len()) {
            (args[0].clone(), args[1].clone())
        } else {
            (Value::None, Value::None)
        };
        vm.dict_set_str(d, "errno", errno);
        vm.dict_set_str(d, "strerror", strerror);
        vm.dict_set_str(d, "filename", args.get(2).cloned().unwrap_or(Value::None));
        vm.dict_set_str(d, "filename2", args.get(4).cloned().unwrap_or(Value::None));
    }
}

fn group_parts(vm: &mut Vm, eg: &ObjRef) -> (Value, Vec<Value>) {
    let args = vm
        .exc_data(eg)
        .map(|d| d.args.borrow().clone())
        .unwrap_or(Value::None);
    match args.payload() {
        Some(Payload::Tuple(t)) if t.len() == 2 => {
            let excs = match t[1].payload() {
                Some(Payload::Tuple(x)) => x.to_vec(),
                Some(Payload::List(x)) => x.borrow().clone(),
                _ => Vec::new(),
            };
            (t[0].clone(), excs)
        }
        _ => (Value::None, Vec::new()),
    }
}

/// `except* T`: split `eg` into (rest or None, match or None). A naked
/// exception is first wrapped in a group, as CPython does.
pub fn split_group(vm: &mut Vm, eg: &Value, ty: &Value) -> PyResult<(Value, Value)> {
    split_inner(vm, eg, ty, true)
}

/// Whether exception `e` meets a `split()`/`subgroup()` condition: an
/// exception type or tuple of them, or a predicate called on it.
fn condition_holds(vm: &mut Vm, e: &Value, cond: &Value) -> PyResult<bool> {
    let is_type = |v: &Value| v.as_obj().is_some_and(|o| o.type_data().is_some());
    let types =
        is_type(cond) || matches!(cond.payload(), Some(Payload::Tuple(t)) if t.iter().all(is_type));
    if !types && vm.lookup_special(cond, "__call__").is_some() {
        let r = vm.call(cond, vec![e.clone()])?;
        return vm.truthy(&r);
    }
    vm.exception_matches(e, cond)
}

fn split_inner(vm: &mut Vm, eg: &Value, ty: &Value, top: bool) -> PyResult<(Value, Value)> {
    if eg.is_none() {
        return Ok((Value::None, Value::None));
    }
    let Some(o) = eg.as_obj().cloned() else {
        return Ok((eg.clone(), Value::None));
    };
    let group_cls = vm.exc_class("BaseExceptionGroup");
    if !vm.is_subclass(o.class(), &group_cls) {
        if condition_holds(vm, eg, ty)? {
            if !top {
                return Ok((Value::None, eg.clone()));
            }
            // A naked exception is wrapped in a group.
            let msg = vm.new_str("");
            let t = vm.new_tuple(vec![eg.clone()]);
            let cls = Value::Obj(vm.exc_class("BaseExceptionGroup"));
            let g = vm.call(&cls, vec![msg, t])?;
            return Ok((Value::None, g));
        }
        return Ok((eg.clone(), Value::None));
    }
    if condition_holds(vm, eg, ty)? {
        return Ok((Value::None, eg.clone()));
    }
    let (msg, excs) = group_parts(vm, &o);
    let mut matched = Vec::new();
    let mut rest = Vec::new();
    for e in excs {
        let (r, m) = split_inner(vm, &e, ty, false)?;
        if !m.is_none() {
            matched.push(m);
        }
        if !r.is_none() {
            rest.push(r);
        }
    }
    let cls = Value::Obj(o.class().clone());
    let mk = |vm: &mut Vm, items: Vec<Value>| -> PyResult<Value> {
        if items.is_empty() {
            return Ok(Value::None);
        }
        let l = vm.new_list(items);
        let g = vm.call(&cls, vec![msg.clone(), l])?;
        if let (Some(src), Some(dst)) = (o.exc_cause(), g.as_obj()) {
            let _ = (src, dst);
        }
        Ok(g)
    };
    let m = mk(vm, matched)?;
    let r = mk(vm, rest)?;
    Ok((r, m))
}

trait ExcCause {
    fn exc_cause(&self) -> Option<()>;
}

impl ExcCause for ObjRef {
    fn exc_cause(&self) -> Option<()> {
        None
    }
}

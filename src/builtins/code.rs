//! Running code from builtins: `exec`, `eval`, `compile`, `__import__`,
//! and class creation (`__build_class__`, `type(name, bases, ns)`).

use crate::object::{Dict, ObjRef, Payload, PyObject, Value};
use crate::vm::native::Args;
use crate::vm::{PyResult, Vm};

pub(super) fn exec_or_eval(
    vm: &mut Vm,
    args: Args,
    mode: crate::compiler::Mode,
    name: &str,
) -> PyResult<Value> {
    args.check(vm, name, 1, 3)?;
    let src = &args.args[0];
    let globals = match args.args.get(1) {
        Some(Value::Obj(g)) if g.dict_data().is_some() => g.clone(),
        Some(Value::None) | None => vm
            .current_globals()
            .unwrap_or_else(|| vm.new_dict_obj(Dict::new())),
        Some(other) => {
            return Err(vm.type_error(format!(
                "{name}() globals must be a dict, not {}",
                vm.type_name(other)
            )));
        }
    };
    let locals = match args.args.get(2) {
        Some(Value::Obj(l)) => Some(l.clone()),
        _ => {
            if args.args.get(1).is_none_or(|g| g.is_none()) {
                vm.current_frame()
                    .and_then(|f| f.locals.clone())
                    .or(Some(globals.clone()))
            } else {
                Some(globals.clone())
            }
        }
    };
    let code = match src.payload() {
        Some(Payload::Code(c)) => c.clone(),
        _ => {
            let text = match src.payload() {
                Some(Payload::Str(s)) => s.as_str().to_string(),
                Some(Payload::Bytes(b)) => String::from_utf8_lossy(b).to_string(),
                _ => {
                    return Err(vm.type_error(format!(
                        "{name}() arg 1 must be a string, bytes or code object"
                    )));
                }
            };
            let text = if mode == crate::compiler::Mode::Eval {
                text.trim_start_matches([' ', '\t']).to_string()
            } else {
                text
            };
            crate::modules::compile_source(vm, &text, "<string>", mode)?
        }
    };
    if vm.dict_get_str(&globals, "__builtins__").is_none() {
        vm.dict_set_str(&globals, "__builtins__", Value::Obj(vm.builtins.clone()));
    }
    vm.run_code(code, globals, locals)
}

pub(super) fn exec(vm: &mut Vm, args: Args) -> PyResult<Value> {
    exec_or_eval(vm, args, crate::compiler::Mode::Exec, "exec")?;
    Ok(Value::None)
}

pub(super) fn eval(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.args.is_empty() {
        return Err(vm.type_error("eval() takes at least 1 positional argument (0 given)"));
    }
    exec_or_eval(vm, args, crate::compiler::Mode::Eval, "eval")
}

pub(super) fn compile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.bind(
        vm,
        "compile",
        false,
        &[
            "source",
            "filename",
            "mode",
            "flags",
            "dont_inherit",
            "optimize",
            "_feature_version",
        ],
        3,
        0,
    )?;
    let [src, filename, mode] = [0, 1, 2].map(|i| p[i].clone().unwrap_or(Value::None));
    let text = match src.payload() {
        Some(Payload::Str(s)) => s.as_str().to_string(),
        Some(Payload::Bytes(b)) => match crate::compiler::decode_source(b) {
            Ok(s) => s,
            Err(msg) => return Err(vm.new_error("SyntaxError", msg)),
        },
        _ => return Err(vm.type_error("compile() arg 1 must be a string, bytes or AST object")),
    };
    let fname = vm.str_string(&filename)?;
    let mode = match mode.str_value() {
        Some("exec") => crate::compiler::Mode::Exec,
        Some("eval") => crate::compiler::Mode::Eval,
        Some("single") => crate::compiler::Mode::Single,
        _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    let code = crate::modules::compile_source(vm, &text, &fname, mode)?;
    Ok(Value::Obj(PyObject::new(
        vm.types.code.clone(),
        None,
        Payload::Code(code),
    )))
}

pub(super) fn build_class(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    if args.args.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let func = args.args[0].clone();
    let name = args.args[1].clone();
    let bases_v: Vec<Value> = args.args[2..].to_vec();
    let explicit_meta = args.take_kw("metaclass");
    let kwargs = std::mem::take(&mut args.kwargs);
    // Resolve __mro_entries__ on non-class bases.
    let mut bases: Vec<ObjRef> = Vec::new();
    for b in &bases_v {
        match b.as_obj() {
            Some(o) if o.type_data().is_some() => bases.push(o.clone()),
            _ => {
                if let Some(me) =
                    vm.call_special(b, "__mro_entries__", vec![vm.new_tuple(bases_v.clone())])?
                {
                    for e in crate::vm::ops::collect_iterable(vm, &me)? {
                        if let Some(o) = e.as_obj() {
                            bases.push(o.clone());
                        }
                    }
                } else {
                    return Err(vm.type_error("bases must be types"));
                }
            }
        }
    }
    // The most derived metaclass.
    let mut meta = match &explicit_meta {
        Some(m) => m.clone(),
        None => match bases.first() {
            Some(b) => Value::Obj(b.class().clone()),
            None => Value::Obj(vm.types.type_.clone()),
        },
    };
    if let Value::Obj(m) = &meta
        && m.type_data().is_some()
    {
        let mut winner = m.clone();
        for b in &bases {
            let bm = b.class().clone();
            if vm.is_subclass(&winner, &bm) {
                continue;
            }
            if vm.is_subclass(&bm, &winner) {
                winner = bm;
                continue;
            }
            return Err(vm.type_error("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases"));
        }
        meta = Value::Obj(winner);
    }
    let bases_tuple = vm.new_tuple(bases.iter().map(|b| Value::Obj(b.clone())).collect());
    let ns = match vm.getattr_opt(&meta, "__prepare__")? {
        Some(prep) if !matches!(prep.payload(), Some(Payload::Native(_))) => {
            let r = vm.call_kw(
                &prep,
                vec![name.clone(), bases_tuple.clone()],
                kwargs.clone(),
            )?;
            match r {
                Value::Obj(o) => o,
                _ => return Err(vm.type_error("__prepare__() must return a mapping")),
            }
        }
        _ => vm.new_dict_obj(Dict::new()),
    };
    let Some(Payload::Function(fd)) = func.payload() else {
        return Err(vm.type_error("__build_class__: func must be a function"));
    };
    let fobj = func
        .as_obj()
        .cloned()
        .unwrap_or_else(|| vm.types.object.clone());
    let mut frame = vm.function_frame(&fobj, fd, vec![], vec![])?;
    frame.locals = Some(ns.clone());
    vm.run_frame(frame)?;
    let mut call_args = vec![name, bases_tuple, Value::Obj(ns)];
    let _ = &mut call_args;
    vm.call_kw(&meta, call_args, kwargs)
}

/// `type(name, bases, ns, **kw)` (and metaclass `__new__` via `super()`).
pub fn type_new(
    vm: &mut Vm,
    meta: &ObjRef,
    args: &[Value],
    kwargs: &[(Value, Value)],
) -> PyResult<Value> {
    if args.len() != 3 {
        return Err(vm.type_error("type() takes 1 or 3 arguments"));
    }
    let name = args[0].str_value().map(|s| s.to_string()).ok_or_else(|| {
        vm.type_error(format!(
            "type.__new__() argument 1 must be str, not {}",
            vm.arg_type_name(&args[0])
        ))
    })?;
    let bases: Vec<ObjRef> = match args[1].payload() {
        Some(Payload::Tuple(t)) => t.iter().filter_map(|b| b.as_obj().cloned()).collect(),
        _ => {
            return Err(vm.type_error(format!(
                "type.__new__() argument 2 must be tuple, not {}",
                vm.arg_type_name(&args[1])
            )));
        }
    };
    let Some(ns) = args[2]
        .as_obj()
        .filter(|o| o.dict_data().is_some())
        .cloned()
    else {
        return Err(vm.type_error("type.__new__() argument 3 must be dict"));
    };
    let cls = crate::types::typeobj::new_class(vm, meta, &name, bases, &ns)?;
    // Module name for classes made by type() directly.
    if vm
        .dict_get_str(
            &cls.type_data()
                .map(|t| t.dict().clone())
                .unwrap_or_else(|| ns.clone()),
            "__module__",
        )
        .is_none()
    {
        let m = vm
            .current_globals()
            .and_then(|g| vm.dict_get_str(&g, "__name__"))
            .unwrap_or_else(|| vm.new_str("builtins"));
        crate::types::typeobj::set_type_attr(vm, &cls, "__module__", m);
    }
    let cls_v = Value::Obj(cls.clone());
    // __set_name__ on descriptors.
    let entries: Vec<(Value, Value)> = cls
        .type_data()
        .and_then(|t| {
            t.dict().dict_data().map(|d| {
                d.borrow()
                    .iter()
                    .map(|e| (e.key.clone(), e.value.clone()))
                    .collect()
            })
        })
        .unwrap_or_default();
    for (k, v) in entries {
        if let Some(sn) = vm.lookup_special(&v, "__set_name__")
            && !matches!(v.payload(), Some(Payload::Type(_)))
        {
            vm.call_unbound(&sn, &v, vec![v.clone(), cls_v.clone(), k.clone()])?;
        }
    }
    // __init_subclass__ of the parent.
    let sup = PyObject::new(
        vm.types.super_.clone(),
        None,
        Payload::Super(Box::new((cls.clone(), cls_v.clone()))),
    );
    let init_sub = crate::types::object::super_getattr(vm, &cls, &cls_v, "__init_subclass__")?;
    let _ = sup;
    vm.call_kw(&init_sub, vec![], kwargs.to_vec())?;
    Ok(cls_v)
}

pub(super) fn import(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let name = args
        .take_kw("name")
        .or_else(|| args.args.first().cloned())
        .unwrap_or(Value::None);
    let fromlist = args
        .take_kw("fromlist")
        .or_else(|| args.args.get(3).cloned())
        .unwrap_or(Value::None);
    let level = args
        .take_kw("level")
        .or_else(|| args.args.get(4).cloned())
        .unwrap_or(Value::Int(0));
    let n = vm.str_string(&name)?;
    let g = vm
        .current_globals()
        .unwrap_or_else(|| vm.new_dict_obj(Dict::new()));
    crate::modules::import_name(vm, &n, &fromlist, &level, &g)
}

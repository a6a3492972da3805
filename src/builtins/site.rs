//! The interactive helpers CPython's `site` module adds to builtins:
//! `exit`/`quit` (`Quitter`), `copyright`/`credits`/`license`
//! (`_Printer`) and `help` (`_Helper`). Native, so start-up stays cheap.

use crate::native;
use crate::object::{BaseKind, ObjRef, Payload, PyObject, Value};
use crate::vm::native::{Args, NativeFunc};
use crate::vm::{PyResult, Vm};
use std::cell::RefCell;

const COPYRIGHT: &str = "Copyright (c) the Anext authors.\nAnext implements the Python language, which is Copyright (c) the Python Software Foundation.";
const CREDITS: &str = "Anext is written in Rust by the Anext team, on the shoulders of the Python\ncommunity and the Rust ecosystem (the ruff parser among others).";
const LICENSE: &str = "See the LICENSE file distributed with Anext for its terms.";

/// The text an instance stands for: a `Quitter`'s name or a `_Printer`'s
/// message.
fn text_of(args: &Args) -> String {
    match args.args.first().and_then(|v| v.payload()) {
        Some(Payload::Wrapper(w)) => w.borrow().str_value().unwrap_or_default().to_string(),
        _ => String::new(),
    }
}

fn quitter_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = text_of(&args);
    Ok(vm.new_string(format!("Use {name}() or Ctrl-D (i.e. EOF) to exit")))
}

fn quitter_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "__call__", 0, 1)?;
    let code = args.get(1).cloned().unwrap_or(Value::None);
    let cls = vm.exc_class("SystemExit");
    Err(crate::vm::PyErr {
        exc: vm.new_exception(&cls, vec![code]),
    })
}

fn printer_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(vm.new_string(text_of(&args)))
}

fn printer_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "__call__", 0, 0)?;
    let text = text_of(&args);
    say(vm, &text)?;
    Ok(Value::None)
}

fn helper_repr(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.new_str("Type help() for interactive help, or help(object) for help about object."))
}

/// `help(obj)`: the object's kind, name and docstring. There is no
/// interactive help browser; `help()` says so.
fn helper_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "__call__", 0, 1)?;
    let Some(obj) = args.get(1).cloned() else {
        say(vm, "Anext has no interactive help; use help(object).")?;
        return Ok(Value::None);
    };
    let name = match vm.getattr_opt(&obj, "__name__")? {
        Some(n) if n.as_str().is_some() => vm.str_string(&n)?,
        _ => vm.type_name(&obj),
    };
    let kind = vm.type_name(&obj);
    let doc = match vm.getattr_opt(&obj, "__doc__")? {
        Some(d) if d.as_str().is_some() => vm.str_string(&d)?,
        _ => String::new(),
    };
    let mut out = format!("Help on {kind} {name}:\n\n{name}\n");
    for line in doc.lines() {
        out.push_str(&format!("    {line}\n").replace("    \n", "\n"));
    }
    say(vm, &out)?;
    Ok(Value::None)
}

/// Print a line through `print`, so a redirected `sys.stdout` sees it.
fn say(vm: &mut Vm, text: &str) -> PyResult<()> {
    let d = vm.builtins_dict.clone();
    if let Some(p) = vm.dict_get_str(&d, "print") {
        let t = vm.new_str(text);
        vm.call(&p, vec![t])?;
    }
    Ok(())
}

static QUITTER_METHODS: &[NativeFunc] = &[
    native!(
        "__repr__",
        quitter_repr,
        "Say how to leave the interpreter."
    ),
    native!(
        "__call__",
        quitter_call,
        "Leave the interpreter by raising SystemExit(code)."
    ),
];

static PRINTER_METHODS: &[NativeFunc] = &[
    native!("__repr__", printer_repr, "Return the text."),
    native!("__call__", printer_call, "Print the text."),
];

static HELPER_METHODS: &[NativeFunc] = &[
    native!("__repr__", helper_repr, "Say how to ask for help."),
    native!(
        "__call__",
        helper_call,
        "Print the name and docstring of an object."
    ),
];

fn site_type(vm: &mut Vm, name: &str, doc: &str, methods: &'static [NativeFunc]) -> ObjRef {
    let cls = crate::types::typeobj::new_static_type(
        &vm.types.type_,
        &vm.types.dict,
        name,
        Some(&vm.types.object),
        BaseKind::Other,
    );
    crate::types::typeobj::add_methods(vm, &cls, methods);
    let module = vm.new_str("_sitebuiltins");
    crate::types::typeobj::set_type_attr(vm, &cls, "__module__", module);
    let doc = vm.new_str(doc);
    crate::types::typeobj::set_type_attr(vm, &cls, "__doc__", doc);
    cls
}

fn instance(vm: &Vm, cls: &ObjRef, text: &str) -> Value {
    let dict = Some(vm.new_dict_obj(crate::object::Dict::new()));
    Value::Obj(PyObject::new(
        cls.clone(),
        dict,
        Payload::Wrapper(RefCell::new(vm.new_str(text))),
    ))
}

pub fn install(vm: &mut Vm) {
    let quitter = site_type(
        vm,
        "Quitter",
        "exit(code=None) / quit(code=None): leave the interpreter with the given status.",
        QUITTER_METHODS,
    );
    let printer = site_type(
        vm,
        "_Printer",
        "An object that shows a piece of text when printed or called.",
        PRINTER_METHODS,
    );
    let helper = site_type(
        vm,
        "_Helper",
        "help(object): print the name and documentation of an object.",
        HELPER_METHODS,
    );
    let d = vm.builtins_dict.clone();
    let entries = [
        ("exit", instance(vm, &quitter, "exit")),
        ("quit", instance(vm, &quitter, "quit")),
        ("copyright", instance(vm, &printer, COPYRIGHT)),
        ("credits", instance(vm, &printer, CREDITS)),
        ("license", instance(vm, &printer, LICENSE)),
        ("help", instance(vm, &helper, "")),
    ];
    for (name, v) in entries {
        vm.dict_set_str(&d, name, v);
    }
}

//! `asyncio.Handle` and `asyncio.TimerHandle`: a callback with its
//! arguments and context, scheduled by `call_soon` / `call_later` /
//! `call_at`. Native so that scheduling makes one small object (no
//! instance dict) and the ready queue runs it without a Python frame.

use super::helpers;
use crate::native;
use crate::object::{ObjRef, Payload, PyObject, Value};
use crate::vm::native::{Args, NativeFunc};
use crate::vm::{PyErr, PyResult, Vm};
use std::cell::RefCell;

pub struct HandleFields {
    pub callback: Value,
    /// The argument tuple (None once cancelled).
    pub args: Value,
    pub cancelled: bool,
    /// A timer's deadline on the loop's clock; None for a plain handle.
    pub when: Value,
    pub context: Value,
    pub loop_: Value,
}

pub type HandleData = RefCell<HandleFields>;

/// The fields of a Handle (or TimerHandle) value.
pub fn data(v: &Value) -> Option<&HandleData> {
    match v.payload() {
        Some(Payload::Handle(h)) => Some(h),
        _ => None,
    }
}

fn this<'a>(vm: &Vm, args: &'a Args, name: &str) -> PyResult<&'a HandleData> {
    args.args.first().and_then(data).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{name}' requires a 'asyncio.events.Handle' object"
        ))
    })
}

fn is_timer_class(vm: &Vm, cls: &ObjRef) -> bool {
    cls.type_data().is_some_and(|t| {
        t.mro
            .borrow()
            .iter()
            .any(|c| std::rc::Rc::ptr_eq(c, &vm.types.timer_handle))
    })
}

/// A new handle of class `cls`, initialised from the arguments unless a
/// Python `__init__` will do it.
pub fn construct(
    vm: &mut Vm,
    cls: &ObjRef,
    args: &[Value],
    kwargs: &[(Value, Value)],
    dict: Option<ObjRef>,
    python_init: bool,
) -> PyResult<Value> {
    let h = Value::Obj(PyObject::new(
        cls.clone(),
        dict,
        Payload::Handle(Box::new(RefCell::new(HandleFields {
            callback: Value::None,
            args: Value::None,
            cancelled: false,
            when: Value::None,
            context: Value::None,
            loop_: Value::None,
        }))),
    ));
    if !python_init {
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(h.clone());
        all.extend_from_slice(args);
        handle_init(
            vm,
            Args {
                args: all,
                kwargs: kwargs.to_vec(),
            },
        )?;
    }
    Ok(h)
}

/// `Handle(callback, args, loop, context=None)`;
/// `TimerHandle(when, callback, args, loop, context=None)`.
fn handle_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let timer = args
        .args
        .first()
        .and_then(|v| v.as_obj())
        .is_some_and(|o| is_timer_class(vm, o.class()));
    let (fname, params): (&str, &[&str]) = if timer {
        (
            "TimerHandle",
            &["when", "callback", "args", "loop", "context"],
        )
    } else {
        ("Handle", &["callback", "args", "loop", "context"])
    };
    let required = params.len() - 1;
    let given = args.args.len().saturating_sub(1);
    // CPython's handles are Python classes: their argument errors read
    // like a Python function's.
    let missing: Vec<&str> = params[given.min(required)..required]
        .iter()
        .filter(|p| !args.kwargs.iter().any(|(k, _)| k.str_value() == Some(**p)))
        .copied()
        .collect();
    if !missing.is_empty() {
        let names: Vec<String> = missing.iter().map(|m| format!("'{m}'")).collect();
        let list = match names.len() {
            1 => names[0].clone(),
            2 => format!("{} and {}", names[0], names[1]),
            n => format!("{}, and {}", names[..n - 1].join(", "), names[n - 1]),
        };
        let s = if missing.len() == 1 { "" } else { "s" };
        return Err(vm.type_error(format!(
            "{fname}.__init__() missing {} required positional argument{s}: {list}",
            missing.len()
        )));
    }
    let mut slots = args.bind(vm, fname, true, params, required, 0)?.into_iter();
    let mut next = || slots.next().flatten().unwrap_or(Value::None);
    let when = if timer { next() } else { Value::None };
    let (callback, cb_args, loop_, context) = (next(), next(), next(), next());
    let context = if context.is_none() {
        super::task::copy_current_context(vm)?
    } else {
        context
    };
    let h = this(vm, &args, "__init__")?;
    *h.borrow_mut() = HandleFields {
        callback,
        args: cb_args,
        cancelled: false,
        when,
        context,
        loop_,
    };
    Ok(Value::None)
}

/// Run the handle's callback unless it was cancelled. An exception from
/// it goes to the loop's exception handler (SystemExit and
/// KeyboardInterrupt propagate).
pub fn run(vm: &mut Vm, handle: &Value) -> PyResult<()> {
    let Some(h) = data(handle) else {
        return Ok(());
    };
    let (callback, args, context) = {
        let f = h.borrow();
        if f.cancelled {
            return Ok(());
        }
        (f.callback.clone(), f.args.clone(), f.context.clone())
    };
    let mut call_args = match args.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    };
    let r = if context.is_none() {
        vm.call(&callback, call_args)
    } else {
        let run = vm.getattr_str(&context, "run", crate::object::str::hash_str("run"))?;
        call_args.insert(0, callback);
        vm.call(&run, call_args)
    };
    match r {
        Ok(_) => Ok(()),
        Err(e) => report(vm, handle, e),
    }
}

fn report(vm: &mut Vm, handle: &Value, e: PyErr) -> PyResult<()> {
    if vm.err_is(&e, "KeyboardInterrupt") || vm.err_is(&e, "SystemExit") {
        return Err(e);
    }
    let Some(report) = helpers(vm).map(|h| h.handle_error.clone()) else {
        return Err(e);
    };
    vm.call(&report, vec![handle.clone(), Value::Obj(e.exc)])?;
    Ok(())
}

fn run_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "_run", 0, 0)?;
    this(vm, &args, "_run")?;
    run(vm, &args.args[0])?;
    Ok(Value::None)
}

fn cancel(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "cancel", 0, 0)?;
    let h = this(vm, &args, "cancel")?;
    // The callback and arguments go now (CPython keeps them only in debug
    // mode), so a cancelled timer holds nothing alive.
    let (cb, a) = {
        let mut f = h.borrow_mut();
        if f.cancelled {
            return Ok(Value::None);
        }
        f.cancelled = true;
        (
            std::mem::replace(&mut f.callback, Value::None),
            std::mem::replace(&mut f.args, Value::None),
        )
    };
    drop((cb, a));
    Ok(Value::None)
}

fn cancelled(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "cancelled", 0, 0)?;
    Ok(Value::bool(
        this(vm, &args, "cancelled")?.borrow().cancelled,
    ))
}

fn get_context(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "get_context", 0, 0)?;
    let h = this(vm, &args, "get_context")?;
    let c = h.borrow().context.clone();
    if !c.is_none() {
        return Ok(c);
    }
    // Made when first asked for: while no ContextVar exists every context
    // is empty, so the handle did without a copy.
    let Some(cls) = helpers(vm).map(|h| h.context_class.clone()) else {
        return Ok(Value::None);
    };
    let c = vm.call(&cls, vec![])?;
    h.borrow_mut().context = c.clone();
    Ok(c)
}

fn when(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "when", 0, 0)?;
    Ok(this(vm, &args, "when")?.borrow().when.clone())
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "__repr__", 0, 0)?;
    this(vm, &args, "__repr__")?;
    let Some(f) = helpers(vm).map(|h| h.handle_repr.clone()) else {
        return Ok(vm.new_str("<Handle>"));
    };
    vm.call(&f, vec![args.args[0].clone()])
}

/// The private attributes CPython's handles have, read from the fields.
pub fn getattr(h: &HandleData, name: &str) -> Option<Value> {
    let f = h.borrow();
    Some(match name {
        "_callback" => f.callback.clone(),
        "_args" => f.args.clone(),
        "_cancelled" => Value::bool(f.cancelled),
        "_when" => f.when.clone(),
        "_context" => f.context.clone(),
        "_loop" => f.loop_.clone(),
        "_scheduled" => Value::FALSE,
        "_source_traceback" | "_repr" => Value::None,
        _ => return None,
    })
}

pub fn visit(h: &HandleData, value: &mut dyn FnMut(&Value)) -> bool {
    let Ok(f) = h.try_borrow() else {
        return false;
    };
    for v in [&f.callback, &f.args, &f.when, &f.context, &f.loop_] {
        value(v);
    }
    true
}

pub fn clear(h: &HandleData, out: &mut Vec<Value>) {
    if let Ok(mut f) = h.try_borrow_mut() {
        let f = &mut *f;
        for v in [&mut f.callback, &mut f.args, &mut f.context, &mut f.loop_] {
            out.push(std::mem::replace(v, Value::None));
        }
    }
}

pub static METHODS: &[NativeFunc] = &[
    native!(
        "__init__",
        handle_init,
        "Initialize self.  See help(type(self)) for accurate signature.",
        sig = "($self, /, callback, args, loop, context=None)"
    ),
    native!(
        "cancel",
        cancel,
        "Cancel the call; its callback will not run."
    ),
    native!(
        "cancelled",
        cancelled,
        "Return True if the call was cancelled."
    ),
    native!(
        "get_context",
        get_context,
        "Return the context the callback runs in."
    ),
    native!("_run", run_method, "Run the callback now."),
    native!("__repr__", repr, "Return repr(self)."),
];

pub static TIMER_METHODS: &[NativeFunc] = &[
    native!(
        "__init__",
        handle_init,
        "Initialize self.  See help(type(self)) for accurate signature.",
        sig = "($self, /, when, callback, args, loop, context=None)"
    ),
    native!(
        "when",
        when,
        "Return the scheduled callback time as a float, on the loop's clock."
    ),
];

//! Native functions: one declaration (name, docstring, signature, body)
//! per function, and the argument checks that produce CPython's messages.

use super::Vm;
use crate::object::Value;
use crate::vm::PyResult;

pub type NativeFn = fn(&mut Vm, Args) -> PyResult<Value>;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NativeKind {
    /// A module-level function, or a method (self is `args[0]`).
    Function,
    /// A class method: `args[0]` is the class.
    ClassMethod,
    /// A static method of a type.
    StaticMethod,
}

pub struct NativeFunc {
    pub name: &'static str,
    pub doc: &'static str,
    /// `__text_signature__`, where CPython has one.
    pub sig: Option<&'static str>,
    pub func: NativeFn,
    pub kind: NativeKind,
    /// What the signature says of the positional arguments, checked
    /// before the body runs (`arity_of`).
    pub arity: Arity,
    /// The shortcut for calls that need no argument list (`FastFn`).
    pub fast: Option<FastFn>,
}

/// A native's shortcut for the calls it can finish at once, taken by the
/// interpreter loop before it builds an argument list: positional
/// arguments only (a method's receiver first), as a slice of the caller's
/// value stack. It must run no Python code and raise nothing: `None`
/// sends the call down the ordinary path, which does everything else
/// (the argument checks and their errors included).
pub type FastFn = fn(&mut Vm, &[Value]) -> Option<Value>;

impl NativeFunc {
    /// This native with a shortcut for its common calls (see `FastFn`).
    pub const fn with_fast(mut self, fast: FastFn) -> NativeFunc {
        self.fast = Some(fast);
        self
    }
}

/// The argument count a native's signature fixes, when it is one of
/// CPython's two plain conventions: no arguments (`METH_NOARGS`,
/// `($self, /)`) or exactly one positional-only argument (`METH_O`,
/// `($self, x, /)`). Anything else the body checks itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arity {
    Any,
    NoArgs,
    One,
    /// A slot wrapper (`__len__`, `__add__`, ...) taking this many
    /// arguments, with the wrappers' own messages ("expected 1 argument,
    /// got 2").
    Slot(u8),
}

/// The argument counts of the slot wrappers that have a fixed one.
const SLOT_ARITIES: &[(&str, u8)] = &[
    ("__repr__", 0),
    ("__str__", 0),
    ("__hash__", 0),
    ("__iter__", 0),
    ("__next__", 0),
    ("__len__", 0),
    ("__neg__", 0),
    ("__pos__", 0),
    ("__abs__", 0),
    ("__bool__", 0),
    ("__invert__", 0),
    ("__int__", 0),
    ("__float__", 0),
    ("__index__", 0),
    ("__await__", 0),
    ("__aiter__", 0),
    ("__anext__", 0),
    ("__getattribute__", 1),
    ("__delattr__", 1),
    ("__lt__", 1),
    ("__le__", 1),
    ("__eq__", 1),
    ("__ne__", 1),
    ("__gt__", 1),
    ("__ge__", 1),
    ("__delete__", 1),
    ("__getitem__", 1),
    ("__delitem__", 1),
    ("__contains__", 1),
    ("__add__", 1),
    ("__radd__", 1),
    ("__sub__", 1),
    ("__rsub__", 1),
    ("__mul__", 1),
    ("__rmul__", 1),
    ("__mod__", 1),
    ("__rmod__", 1),
    ("__divmod__", 1),
    ("__rdivmod__", 1),
    ("__lshift__", 1),
    ("__rlshift__", 1),
    ("__rshift__", 1),
    ("__rrshift__", 1),
    ("__and__", 1),
    ("__rand__", 1),
    ("__or__", 1),
    ("__ror__", 1),
    ("__xor__", 1),
    ("__rxor__", 1),
    ("__floordiv__", 1),
    ("__rfloordiv__", 1),
    ("__truediv__", 1),
    ("__rtruediv__", 1),
    ("__iadd__", 1),
    ("__isub__", 1),
    ("__imul__", 1),
    ("__setattr__", 2),
    ("__set__", 2),
    ("__setitem__", 2),
];

const fn same_name(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// The `Arity` of a native named `name` with signature `sig`: the
/// signature's when it fixes one, else a slot wrapper's.
pub const fn arity_for(name: &str, sig: Option<&str>) -> Arity {
    let by_sig = arity_of(sig);
    if !matches!(by_sig, Arity::Any) {
        return by_sig;
    }
    let mut i = 0;
    while i < SLOT_ARITIES.len() {
        if same_name(SLOT_ARITIES[i].0, name) {
            return Arity::Slot(SLOT_ARITIES[i].1);
        }
        i += 1;
    }
    Arity::Any
}

/// The `Arity` of a `__text_signature__`, worked out at compile time.
pub const fn arity_of(sig: Option<&str>) -> Arity {
    let Some(sig) = sig else { return Arity::Any };
    let b = sig.as_bytes();
    let n = b.len();
    if n < 2 || b[0] != b'(' || b[n - 1] != b')' {
        return Arity::Any;
    }
    let mut i = 1;
    let mut count = 0;
    let mut first = true;
    let mut slash = false;
    while i < n - 1 {
        let mut j = i;
        while j < n - 1 && b[j] != b',' {
            j += 1;
        }
        if slash {
            // Parameters after `/`: keywords allowed.
            return Arity::Any;
        }
        if j == i + 1 && b[i] == b'/' {
            slash = true;
        } else if !(first && b[i] == b'$') {
            let mut k = i;
            while k < j {
                let c = b[k];
                if !(c.is_ascii_alphanumeric() || c == b'_') {
                    return Arity::Any;
                }
                k += 1;
            }
            count += 1;
        }
        first = false;
        // Skip ", ".
        i = j + 2;
    }
    match (slash, count) {
        (true, 0) => Arity::NoArgs,
        (true, 1) => Arity::One,
        _ => Arity::Any,
    }
}

/// Declare a native function: `native!("name", body, "doc")`; `noargs`
/// or `one_arg` after the docstring fixes its argument count where it has
/// no `sig` to say so (`Arity`).
#[macro_export]
macro_rules! native {
    (@def $name:literal, $func:expr, $doc:literal, $sig:expr, $kind:ident, $arity:expr) => {
        $crate::vm::native::NativeFunc {
            name: $name,
            doc: $doc,
            sig: $sig,
            func: $func,
            kind: $crate::vm::native::NativeKind::$kind,
            arity: $arity,
            fast: None,
        }
    };
    ($name:literal, $func:expr, $doc:literal, noargs) => {
        $crate::native!(@def $name, $func, $doc, None, Function, $crate::vm::native::Arity::NoArgs)
    };
    ($name:literal, $func:expr, $doc:literal, one_arg) => {
        $crate::native!(@def $name, $func, $doc, None, Function, $crate::vm::native::Arity::One)
    };
    ($name:literal, $func:expr, $doc:literal) => {
        $crate::native!(@def $name, $func, $doc, None, Function, $crate::vm::native::arity_for($name, None))
    };
    ($name:literal, $func:expr, $doc:literal, sig = $sig:literal) => {
        $crate::native!(@def $name, $func, $doc, Some($sig), Function, $crate::vm::native::arity_for($name, Some($sig)))
    };
    ($name:literal, $func:expr, $doc:literal, sig = $sig:literal, classmethod) => {
        $crate::native!(@def $name, $func, $doc, Some($sig), ClassMethod, $crate::vm::native::arity_for($name, Some($sig)))
    };
    ($name:literal, $func:expr, $doc:literal, sig = $sig:literal, staticmethod) => {
        $crate::native!(@def $name, $func, $doc, Some($sig), StaticMethod, $crate::vm::native::arity_for($name, Some($sig)))
    };
    ($name:literal, $func:expr, $doc:literal, classmethod) => {
        $crate::native!(@def $name, $func, $doc, None, ClassMethod, $crate::vm::native::arity_for($name, None))
    };
    ($name:literal, $func:expr, $doc:literal, staticmethod) => {
        $crate::native!(@def $name, $func, $doc, None, StaticMethod, $crate::vm::native::arity_for($name, None))
    };
}

/// Positional and keyword arguments of one native call.
pub struct Args {
    pub args: Vec<Value>,
    pub kwargs: Vec<(Value, Value)>,
}

impl Args {
    pub fn new(args: Vec<Value>) -> Args {
        Args {
            args,
            kwargs: Vec::new(),
        }
    }

    pub fn len(&self) -> usize {
        self.args.len()
    }

    pub fn is_empty(&self) -> bool {
        self.args.is_empty()
    }

    pub fn get(&self, i: usize) -> Option<&Value> {
        self.args.get(i)
    }

    /// Take keyword `name` out of the keyword list.
    pub fn take_kw(&mut self, name: &str) -> Option<Value> {
        let i = self
            .kwargs
            .iter()
            .position(|(k, _)| k.str_value() == Some(name))?;
        Some(self.kwargs.remove(i).1)
    }

    /// Argument clinic's count check for a method (`args[0]` is self)
    /// whose parameters may also be given by keyword: "name() takes at
    /// most N arguments (M given)".
    pub fn clinic_at_most(&self, vm: &Vm, name: &str, max: usize) -> PyResult<()> {
        let n = self.args.len().saturating_sub(1) + self.kwargs.len();
        if n > max {
            let s = if max == 1 { "" } else { "s" };
            return Err(vm.type_error(format!(
                "{name}() takes at most {max} argument{s} ({n} given)"
            )));
        }
        Ok(())
    }

    /// "f() takes no keyword arguments".
    #[inline(always)]
    pub fn no_kwargs(&self, vm: &Vm, fname: &str) -> PyResult<()> {
        if !self.kwargs.is_empty() {
            return Err(no_keywords(vm, fname));
        }
        Ok(())
    }

    /// "T.f() takes no keyword arguments" for a method `f` of `T`.
    #[inline(always)]
    pub fn method_no_kwargs(&self, vm: &Vm, fname: &str) -> PyResult<()> {
        if !self.kwargs.is_empty() {
            return Err(method_no_keywords(vm, fname));
        }
        Ok(())
    }

    /// A keyword left over after the known ones were taken is argument
    /// clinic's "f() got an unexpected keyword argument 'x'".
    pub fn no_unexpected_kwargs(&self, vm: &Vm, fname: &str) -> PyResult<()> {
        if let Some((k, _)) = self.kwargs.first() {
            let k = k.str_value().unwrap_or("?");
            return Err(vm.type_error(format!(
                "{fname}() got an unexpected keyword argument '{k}'"
            )));
        }
        Ok(())
    }

    /// Any keyword left over is "'x' is an invalid keyword argument for f()".
    pub fn no_more_kwargs(&self, vm: &Vm, fname: &str) -> PyResult<()> {
        if let Some((k, _)) = self.kwargs.first() {
            let k = k.str_value().unwrap_or("?");
            return Err(vm.type_error(format!(
                "'{k}' is an invalid keyword argument for {fname}()"
            )));
        }
        Ok(())
    }

    /// Check a positional count for a function with only positional
    /// parameters, in the wording of CPython's argument clinic.
    #[inline(always)]
    pub fn check(&self, vm: &Vm, fname: &str, min: usize, max: usize) -> PyResult<()> {
        if !self.kwargs.is_empty() {
            return Err(no_keywords(vm, fname));
        }
        count_check(vm, fname, self.args.len(), min, max)
    }

    /// Like `check` for methods, whose `self` is `args[0]`.
    #[inline(always)]
    pub fn check_method(&self, vm: &Vm, fname: &str, min: usize, max: usize) -> PyResult<()> {
        if !self.kwargs.is_empty() {
            return Err(method_no_keywords(vm, fname));
        }
        count_check(vm, fname, self.args.len().saturating_sub(1), min, max)
    }
}

impl Args {
    /// Bind arguments to named parameters, in the way (and with the
    /// messages) of CPython's argument clinic. `params` lists the
    /// parameters after `self` (which `args[0]` holds when `method`); the
    /// first `posonly` are positional-only, the first `required` must be
    /// given. Returns one slot per parameter.
    pub fn bind(
        &self,
        vm: &Vm,
        fname: &str,
        method: bool,
        params: &[&str],
        required: usize,
        posonly: usize,
    ) -> PyResult<Vec<Option<Value>>> {
        let positional = &self.args[usize::from(method).min(self.args.len())..];
        let n = positional.len();
        // Argument clinic counts keywords too when there are too many.
        let total = n + self.kwargs.len();
        if total > params.len() {
            let max = params.len();
            let s = if max == 1 { "" } else { "s" };
            let how = if required == max {
                "exactly"
            } else {
                "at most"
            };
            return Err(vm.type_error(format!(
                "{fname}() takes {how} {max} argument{s} ({total} given)"
            )));
        }
        let mut out: Vec<Option<Value>> = positional.iter().cloned().map(Some).collect();
        out.resize(params.len(), None);
        for (k, v) in &self.kwargs {
            let key = k.str_value().unwrap_or("");
            match params.iter().position(|p| *p == key) {
                Some(i) if i < posonly => {
                    return Err(vm.type_error(format!(
                        "{fname}() got some positional-only arguments passed as keyword arguments: '{key}'"
                    )));
                }
                Some(i) if out[i].is_some() => {
                    return Err(vm.type_error(format!(
                        "argument for {fname}() given by name ('{key}') and position ({})",
                        i + 1
                    )));
                }
                Some(i) => out[i] = Some(v.clone()),
                None => {
                    let hint = crate::vm::errors::suggest(key, params[posonly..].iter().copied())
                        .map(|h| format!(". Did you mean '{h}'?"))
                        .unwrap_or_default();
                    return Err(vm.type_error(format!(
                        "{fname}() got an unexpected keyword argument '{key}'{hint}"
                    )));
                }
            }
        }
        if let Some(i) = out[..required].iter().position(|v| v.is_none()) {
            if i < posonly || self.kwargs.is_empty() && n < posonly {
                return count_check(vm, fname, n, required, params.len()).map(|_| Vec::new());
            }
            return Err(vm.type_error(format!(
                "{fname}() missing required argument '{}' (pos {})",
                params[i],
                i + 1
            )));
        }
        Ok(out)
    }
}

#[cold]
#[inline(never)]
fn no_keywords(vm: &Vm, fname: &str) -> crate::vm::PyErr {
    vm.type_error(format!(
        "{}() takes no keyword arguments",
        qualified(vm, fname)
    ))
}

#[cold]
#[inline(never)]
fn method_no_keywords(vm: &Vm, fname: &str) -> crate::vm::PyErr {
    vm.type_error(format!(
        "{}() takes no keyword arguments",
        qualified_any(vm, fname)
    ))
}

/// The positional-count error of argument clinic: "f() takes exactly one
/// argument (2 given)", "f expected at least 2 arguments, got 1", ...
#[inline(always)]
fn count_check(vm: &Vm, fname: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    if n >= min && n <= max {
        return Ok(());
    }
    count_error(vm, fname, n, min, max)
}

#[cold]
#[inline(never)]
fn count_error(vm: &Vm, fname: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    let msg = if min == max {
        match min {
            0 => format!("{}() takes no arguments ({n} given)", qualified(vm, fname)),
            1 => format!(
                "{}() takes exactly one argument ({n} given)",
                qualified(vm, fname)
            ),
            _ => format!("{fname} expected {min} arguments, got {n}"),
        }
    } else if n < min {
        format!(
            "{fname} expected at least {min} argument{}, got {n}",
            plural(min)
        )
    } else {
        format!(
            "{fname} expected at most {max} argument{}, got {n}",
            plural(max)
        )
    };
    Err(vm.type_error(msg))
}

/// CPython names one-argument natives with their owner: `list.append`,
/// `math.sqrt`, but plain `len` for the builtins module.
/// A native's name as CPython's messages give it (`list.append`, `len`,
/// `math.sqrt`), for the one running.
pub fn qualified_name(vm: &Vm, fname: &str) -> String {
    qualified(vm, fname)
}

fn qualified(vm: &Vm, fname: &str) -> String {
    let short = fname.rsplit('.').next().unwrap_or(fname);
    let Some(cur) = &vm.current_native else {
        return short.to_string();
    };
    let crate::object::Payload::Native(n) = &cur.payload else {
        return short.to_string();
    };
    if n.def.name != short {
        return short.to_string();
    }
    if let Some(owner) = &n.owner {
        return format!("{}.{short}", crate::types::typeobj::type_qualname(owner));
    }
    match n.bound.as_ref().and_then(|b| b.payload()) {
        Some(crate::object::Payload::Module(m)) if &*m.name != "builtins" => {
            format!("{}.{short}", m.name)
        }
        _ => short.to_string(),
    }
}

/// Like `qualified`, but always with the owner when there is one.
fn qualified_any(vm: &Vm, fname: &str) -> String {
    let short = fname.rsplit('.').next().unwrap_or(fname);
    if let Some(cur) = &vm.current_native
        && let crate::object::Payload::Native(n) = &cur.payload
        && let Some(owner) = &n.owner
    {
        return format!(
            "{}.{}",
            crate::types::typeobj::type_qualname(owner),
            n.def.name
        );
    }
    short.to_string()
}

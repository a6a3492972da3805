//! Calling: binding arguments to a new frame, native functions, bound
//! methods, classes and objects with `__call__`.

use super::frame::Frame;
use super::{PyResult, Vm};
use crate::bytecode::code_flags;
use crate::object::{FunctionData, ObjRef, Payload, Value};
use crate::vm::native::{Args, NativeKind};
use std::rc::Rc;

fn join_names(names: &[String]) -> String {
    match names.len() {
        0 => String::new(),
        1 => names[0].clone(),
        2 => format!("{} and {}", names[0], names[1]),
        _ => {
            let (last, rest) = names
                .split_last()
                .map(|(l, r)| (l.clone(), r.to_vec()))
                .unwrap_or_default();
            format!("{}, and {}", rest.join(", "), last)
        }
    }
}

impl Vm {
    pub fn call(&mut self, f: &Value, args: Vec<Value>) -> PyResult<Value> {
        self.call_kw(f, args, Vec::new())
    }

    pub fn call_kw(
        &mut self,
        f: &Value,
        mut args: Vec<Value>,
        kwargs: Vec<(Value, Value)>,
    ) -> PyResult<Value> {
        let Value::Obj(o) = f else {
            return Err(self.type_error(format!("'{}' object is not callable", self.type_name(f))));
        };
        match &o.payload {
            Payload::Function(fd) => {
                let frame = self.function_frame(o, fd, args, kwargs)?;
                if fd.code.shape.is_generator_like() {
                    return Ok(self.new_generator(o, fd, frame, None));
                }
                self.run_frame(frame)
            }
            Payload::BoundMethod(bm) => {
                let (func, slf) = (bm.0.clone(), bm.1.clone());
                args.insert(0, slf);
                self.call_kw(&func, args, kwargs)
            }
            Payload::Native(n) => self.call_native(o, n, args, kwargs),
            Payload::Type(_) => {
                let meta = o.class();
                if meta.type_data().is_some_and(|t| t.heap)
                    && let Some(c) = crate::types::typeobj::lookup(meta, "__call__")
                    && matches!(c.payload(), Some(Payload::Function(_)))
                {
                    args.insert(0, f.clone());
                    return self.call_kw(&c, args, kwargs);
                }
                self.call_type(o, args, kwargs)
            }
            Payload::StaticMethod(inner) => {
                let inner = inner.clone();
                self.call_kw(&inner, args, kwargs)
            }
            _ => {
                let Some(m) = crate::types::typeobj::lookup(o.class(), "__call__") else {
                    return Err(
                        self.type_error(format!("'{}' object is not callable", self.type_name(f)))
                    );
                };
                args.insert(0, f.clone());
                match m.payload() {
                    Some(Payload::Function(_)) | Some(Payload::Native(_)) => {
                        self.call_kw(&m, args, kwargs)
                    }
                    _ => {
                        let bound = self.bind_descriptor(&m, f)?;
                        args.remove(0);
                        self.call_kw(&bound, args, kwargs)
                    }
                }
            }
        }
    }

    /// Call a built-in function or method: `o` is the callable, `n` its
    /// payload.
    #[inline]
    pub(crate) fn call_native(
        &mut self,
        o: &ObjRef,
        n: &crate::object::NativeData,
        mut args: Vec<Value>,
        kwargs: Vec<(Value, Value)>,
    ) -> PyResult<Value> {
        // How many leading arguments are the receiver, not the caller's.
        let mut receiver = 0;
        if let Some(b) = &n.bound {
            if !matches!(b.payload(), Some(Payload::Module(_))) {
                args.insert(0, b.clone());
                receiver = 1;
            }
        } else if n.def.kind != NativeKind::StaticMethod && n.owner.is_some() {
            // Unbound method descriptor: the first argument is self.
            self.check_descriptor_self(n, &args)?;
            receiver = 1;
        }
        let func = n.def.func;
        self.check_recursion()?;
        self.native_depth += 1;
        let prev = self.current_native.replace(o.clone());
        let r = match self.check_arity(n.def, args.len().saturating_sub(receiver), &kwargs) {
            Ok(()) => func(self, Args { args, kwargs }),
            Err(e) => Err(e),
        };
        self.current_native = prev;
        self.native_depth -= 1;
        r
    }

    /// The argument count of a native whose signature fixes it, with
    /// CPython's messages for `METH_NOARGS` and `METH_O` functions.
    #[inline]
    fn check_arity(
        &self,
        def: &crate::vm::native::NativeFunc,
        given: usize,
        kwargs: &[(Value, Value)],
    ) -> PyResult<()> {
        use crate::vm::native::Arity;
        let expected = match def.arity {
            Arity::Any => return Ok(()),
            Arity::NoArgs => 0,
            Arity::One => 1,
            Arity::Slot(n) => {
                let n = n as usize;
                if given == n && kwargs.is_empty() {
                    return Ok(());
                }
                let s = if n == 1 { "" } else { "s" };
                // The two-argument wrappers unpack with an empty function
                // name, which leaves CPython's message a leading space.
                let lead = if n == 2 { " " } else { "" };
                return Err(self.type_error(if !kwargs.is_empty() {
                    format!("wrapper {}() takes no keyword arguments", def.name)
                } else {
                    format!("{lead}expected {n} argument{s}, got {given}")
                }));
            }
        };
        if given == expected && kwargs.is_empty() {
            return Ok(());
        }
        let name = crate::vm::native::qualified_name(self, def.name);
        Err(self.type_error(if !kwargs.is_empty() {
            format!("{name}() takes no keyword arguments")
        } else if expected == 0 {
            format!("{name}() takes no arguments ({given} given)")
        } else {
            format!("{name}() takes exactly one argument ({given} given)")
        }))
    }

    #[inline]
    fn check_descriptor_self(&self, n: &crate::object::NativeData, args: &[Value]) -> PyResult<()> {
        let Some(owner) = &n.owner else { return Ok(()) };
        // The common case: self is exactly of the owning class.
        if let Some(Value::Obj(first)) = args.first()
            && Rc::ptr_eq(first.class(), owner)
        {
            return Ok(());
        }
        let Some(first) = args.first() else {
            let slot = crate::types::typeobj::is_slot_wrapper(owner, n.def.name);
            let owner = crate::types::typeobj::type_name(owner);
            return Err(self.type_error(if slot {
                format!(
                    "descriptor '{}' of '{owner}' object needs an argument",
                    n.def.name
                )
            } else {
                format!("unbound method {owner}.{}() needs an argument", n.def.name)
            }));
        };
        if n.def.kind == NativeKind::ClassMethod {
            return Ok(());
        }
        if !self.isinstance(first, owner) && !Rc::ptr_eq(owner, &self.types.object) {
            if crate::types::typeobj::is_slot_wrapper(owner, n.def.name) {
                // Slot wrappers word it differently from method descriptors.
                return Err(self.type_error(format!(
                    "descriptor '{}' requires a '{}' object but received a '{}'",
                    n.def.name,
                    crate::types::typeobj::tp_name(owner),
                    self.type_name(first)
                )));
            }
            return Err(self.type_error(format!(
                "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                n.def.name,
                crate::types::typeobj::tp_name(owner),
                self.type_name(first)
            )));
        }
        Ok(())
    }

    pub fn check_recursion(&self) -> PyResult<()> {
        if self.frames.len() + self.native_depth / 4 >= self.recursion_limit {
            return Err(self.recursion_error());
        }
        Ok(())
    }

    /// `cls(*args, **kwargs)`: `__new__` then `__init__`.
    pub fn call_type(
        &mut self,
        cls: &ObjRef,
        args: Vec<Value>,
        kwargs: Vec<(Value, Value)>,
    ) -> PyResult<Value> {
        if Rc::ptr_eq(cls, &self.types.type_) && args.len() == 1 && kwargs.is_empty() {
            return Ok(Value::Obj(self.type_of(&args[0])));
        }
        // A built-in class's construction is all in `construct`: no Python
        // `__new__` or `__init__` can be attached to it.
        if cls.type_data().is_some_and(|t| !t.heap) {
            return crate::types::object::construct(self, cls, &args, &kwargs);
        }
        let new = crate::types::typeobj::lookup(cls, "__new__");
        // `__new__` is looked up on the class: a staticmethod (what a
        // `class` body makes of it) unwraps, a function assigned to the
        // class later is called as it is.
        let obj = match new.as_ref().and_then(|n| match n.payload() {
            Some(Payload::StaticMethod(f)) => Some(f.clone()),
            Some(Payload::Function(_)) => Some(n.clone()),
            _ => None,
        }) {
            Some(user_new) if matches!(user_new.payload(), Some(Payload::Function(_))) => {
                let mut a = Vec::with_capacity(args.len() + 1);
                a.push(Value::Obj(cls.clone()));
                a.extend(args.iter().cloned());
                self.call_kw(&user_new, a, kwargs.clone())?
            }
            _ => crate::types::object::construct(self, cls, &args, &kwargs)?,
        };
        if !self.isinstance(&obj, cls) {
            return Ok(obj);
        }
        if let Some(init) = crate::types::typeobj::lookup(cls, "__init__") {
            if matches!(init.payload(), Some(Payload::Function(_))) {
                let mut a = Vec::with_capacity(args.len() + 1);
                a.push(obj.clone());
                a.extend(args);
                let r = self.call_kw(&init, a, kwargs)?;
                if !r.is_none() {
                    return Err(self.type_error(format!(
                        "__init__() should return None, not '{}'",
                        self.type_name(&r)
                    )));
                }
            } else if !matches!(init.payload(), Some(Payload::Native(_))) {
                let bound = self.bind_descriptor(&init, &obj)?;
                self.call_kw(&bound, args, kwargs)?;
            }
        }
        Ok(obj)
    }

    /// A frame for calling a Python function, with arguments bound.
    pub fn function_frame(
        &mut self,
        func: &ObjRef,
        fd: &FunctionData,
        args: Vec<Value>,
        kwargs: Vec<(Value, Value)>,
    ) -> PyResult<Box<Frame>> {
        let code = &fd.code.code;
        let nlocals = code.varnames.len();
        let mut fast: Vec<Option<Value>> = vec![None; nlocals];
        let argcount = code.argcount as usize;
        let kwonly = code.kwonlyargcount as usize;
        let has_varargs = code.flags & code_flags::VARARGS != 0;
        let has_varkw = code.flags & code_flags::VARKEYWORDS != 0;
        let nargs = args.len();
        let fname = || fd.qualname.borrow().str_value().unwrap_or("?").to_string();
        if kwargs.is_empty() && nargs == argcount && kwonly == 0 && !has_varargs && !has_varkw {
            for (slot, a) in fast.iter_mut().zip(args) {
                *slot = Some(a);
            }
        } else {
            let mut args = args;
            let extra: Vec<Value> = if nargs > argcount {
                args.split_off(argcount)
            } else {
                Vec::new()
            };
            for (i, a) in args.into_iter().enumerate() {
                fast[i] = Some(a);
            }
            let varkw_dict = if has_varkw {
                Some(self.new_dict_obj(crate::object::Dict::new()))
            } else {
                None
            };
            if !extra.is_empty() && !has_varargs {
                let defaults = fd.defaults.borrow().as_ref().map(|d| d.len()).unwrap_or(0);
                let kw_given = kwargs
                    .iter()
                    .filter(|(k, _)| {
                        let k = k.str_value().unwrap_or("");
                        code.varnames[argcount..argcount + kwonly]
                            .iter()
                            .any(|v| &**v == k)
                    })
                    .count();
                let takes = if defaults > 0 {
                    format!(
                        "from {} to {} positional arguments",
                        argcount - defaults,
                        argcount
                    )
                } else {
                    format!(
                        "{} positional argument{}",
                        argcount,
                        if argcount == 1 { "" } else { "s" }
                    )
                };
                let given = if kw_given > 0 {
                    format!(
                        "{} positional argument{} (and {} keyword-only argument{}) were given",
                        nargs,
                        if nargs == 1 { "" } else { "s" },
                        kw_given,
                        if kw_given == 1 { "" } else { "s" }
                    )
                } else {
                    format!(
                        "{} {} given",
                        nargs,
                        if nargs == 1 { "was" } else { "were" }
                    )
                };
                return Err(self.type_error(format!(
                    "{}() takes {} but {}",
                    fname(),
                    takes,
                    given
                )));
            }
            let mut posonly_as_kw: Vec<String> = Vec::new();
            for (k, v) in kwargs {
                let Some(ks) = k.str_value() else {
                    return Err(self.type_error(format!("{}() keywords must be strings", fname())));
                };
                let pos = code.varnames[..argcount + kwonly]
                    .iter()
                    .position(|n| &**n == ks);
                match pos {
                    Some(i) if i >= code.posonlyargcount as usize => {
                        if fast[i].is_some() {
                            return Err(self.type_error(format!(
                                "{}() got multiple values for argument '{}'",
                                fname(),
                                ks
                            )));
                        }
                        fast[i] = Some(v);
                    }
                    _ => match &varkw_dict {
                        Some(d) => {
                            let h = self.hash(&k)?;
                            crate::types::dict::dict_set_hashed(self, d, k, h, v)?;
                        }
                        None => {
                            if pos.is_some() {
                                posonly_as_kw.push(ks.to_string());
                                continue;
                            }
                            let names: Vec<&str> = code.varnames
                                [code.posonlyargcount as usize..argcount + kwonly]
                                .iter()
                                .map(|n| &**n)
                                .collect();
                            let hint = match crate::vm::errors::suggest(ks, names) {
                                Some(h) => format!(". Did you mean '{h}'?"),
                                None => String::new(),
                            };
                            return Err(self.type_error(format!(
                                "{}() got an unexpected keyword argument '{}'{}",
                                fname(),
                                ks,
                                hint
                            )));
                        }
                    },
                }
            }
            if !posonly_as_kw.is_empty() {
                return Err(self.type_error(format!(
                    "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                    fname(),
                    posonly_as_kw.join(", ")
                )));
            }
            // Defaults for missing positionals.
            let defaults = fd.defaults.borrow().clone();
            let ndef = defaults.as_ref().map(|d| d.len()).unwrap_or(0);
            let mut missing = Vec::new();
            for i in 0..argcount {
                if fast[i].is_none() {
                    if i + ndef >= argcount {
                        if let Some(d) = &defaults {
                            fast[i] = Some(d[i + ndef - argcount].clone());
                        }
                    } else {
                        missing.push(format!("'{}'", code.varnames[i]));
                    }
                }
            }
            if !missing.is_empty() {
                return Err(self.type_error(format!(
                    "{}() missing {} required positional argument{}: {}",
                    fname(),
                    missing.len(),
                    if missing.len() == 1 { "" } else { "s" },
                    join_names(&missing)
                )));
            }
            let kwdefaults = fd.kwdefaults.borrow().clone();
            for (slot, name) in fast[argcount..argcount + kwonly]
                .iter_mut()
                .zip(&code.varnames[argcount..argcount + kwonly])
            {
                if slot.is_none() {
                    if let Some(d) = kwdefaults
                        .as_ref()
                        .and_then(|kd| self.dict_get_str(kd, name))
                    {
                        *slot = Some(d);
                    } else {
                        missing.push(format!("'{name}'"));
                    }
                }
            }
            if !missing.is_empty() {
                return Err(self.type_error(format!(
                    "{}() missing {} required keyword-only argument{}: {}",
                    fname(),
                    missing.len(),
                    if missing.len() == 1 { "" } else { "s" },
                    join_names(&missing)
                )));
            }
            let mut idx = argcount + kwonly;
            if has_varargs {
                fast[idx] = Some(self.new_tuple(extra));
                idx += 1;
            }
            if let Some(d) = varkw_dict {
                fast[idx] = Some(Value::Obj(d));
            }
        }
        let mut frame = self.new_frame(&fd.code, &fd.globals, &fd.builtins, 0);
        frame.fast = fast;
        // Cells: cellvars (initialised from arguments where they alias), then freevars.
        self.bind_cells(&mut frame, fd);
        frame.owner = Some(func.clone());
        Ok(frame)
    }
}

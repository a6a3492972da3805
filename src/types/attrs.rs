//! Attributes that live in an object's built-in data rather than its
//! `__dict__` (CPython's getset and member descriptors): `__class__`,
//! `__name__` of functions, `args` of exceptions, `gi_frame`, ...

use crate::object::str::hash_str;
use crate::object::{GenState, ObjRef, Payload, Value};
use crate::types::typeobj::{type_name, type_qualname};
use crate::vm::{PyResult, Vm};

pub fn special_getattr(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    if name == "__class__" {
        return Ok(Some(Value::Obj(vm.type_of(obj))));
    }
    let Value::Obj(o) = obj else {
        return Ok(match (obj, name) {
            (Value::Int(_) | Value::Bool(_), "real" | "numerator") => Some(match obj {
                Value::Bool(b) => Value::Int(b.get() as i64),
                _ => obj.clone(),
            }),
            (Value::Int(_) | Value::Bool(_), "imag") => Some(Value::Int(0)),
            (Value::Int(_) | Value::Bool(_), "denominator") => Some(Value::Int(1)),
            (Value::Float(f), "real") => Some(Value::Float(*f)),
            (Value::Float(_), "imag") => Some(Value::float(0.0)),
            _ => None,
        });
    };
    if name == "__call__"
        && matches!(
            o.payload,
            Payload::Native(_) | Payload::Function(_) | Payload::BoundMethod(_)
        )
    {
        return Ok(Some(Value::Obj(crate::object::PyObject::new(
            vm.types.wrapper.clone(),
            None,
            Payload::Native(Box::new(crate::object::NativeData {
                def: &CALL_SELF,
                bound: Some(obj.clone()),
                owner: None,
                module: std::cell::RefCell::new(Value::None),
            })),
        ))));
    }
    if name == "__dict__"
        && let Some(d) = &vm.inst_dict_for_write(o)
    {
        // Slot values live in the same dict, but a class with only
        // __slots__ shows no __dict__.
        let slots_only = o.class().type_data().is_some_and(|t| t.heap && !t.has_dict);
        return Ok((!slots_only).then(|| Value::Obj(d.clone())));
    }
    Ok(match &o.payload {
        Payload::Future(d) if name.starts_with('_') => {
            let plain = crate::modules::asyncio::future::getattr(vm, d, name)?;
            if name == "_callbacks" {
                Some(crate::modules::asyncio::future::callbacks_list(vm, obj)?)
            } else {
                plain
            }
        }
        Payload::Handle(h) if name.starts_with('_') => {
            crate::modules::asyncio::handle::getattr(h, name)
        }
        Payload::Deque(d) if name == "maxlen" => {
            Some(d.maxlen.get().map_or(Value::None, |m| Value::Int(m as i64)))
        }
        Payload::Type(t) => match name {
            // A metaclass data descriptor in CPython: the class's own
            // entry, never a base's, else ().
            "__type_params__" => Some(
                t.dict()
                    .dict_data()
                    .and_then(|d| d.borrow().get_str(name, hash_str(name)).cloned())
                    .unwrap_or_else(|| vm.empty_tuple.clone()),
            ),
            "__name__" => Some(vm.new_str(&t.name.borrow())),
            "__qualname__" => Some(vm.new_str(&t.qualname.borrow())),
            "__mro__" => {
                let items = t
                    .mro
                    .borrow()
                    .iter()
                    .map(|c| Value::Obj(c.clone()))
                    .collect();
                Some(vm.new_tuple(items))
            }
            "__bases__" => {
                let items = t
                    .bases
                    .borrow()
                    .iter()
                    .map(|c| Value::Obj(c.clone()))
                    .collect();
                Some(vm.new_tuple(items))
            }
            "__base__" => Some(
                t.bases
                    .borrow()
                    .first()
                    .map(|b| Value::Obj(b.clone()))
                    .unwrap_or(Value::None),
            ),
            "__dict__" => Some(Value::Obj(t.dict().clone())),
            "__module__" => Some(if t.heap {
                Value::None
            } else {
                vm.new_str("builtins")
            }),
            "__doc__" => Some(vm.dict_get_str(t.dict(), "__doc__").unwrap_or(Value::None)),
            "__annotations__" if t.heap => {
                let d = vm.new_dict();
                crate::types::typeobj::set_type_attr(vm, o, "__annotations__", d.clone());
                Some(d)
            }
            _ => None,
        },
        Payload::Function(f) => match name {
            "__name__" => Some(f.name.borrow().clone()),
            "__qualname__" => Some(f.qualname.borrow().clone()),
            "__doc__" => Some(f.doc.borrow().clone()),
            "__module__" => Some(f.module.borrow().clone()),
            "__defaults__" => Some(match &*f.defaults.borrow() {
                Some(d) => vm.new_tuple(d.to_vec()),
                None => Value::None,
            }),
            "__kwdefaults__" => Some(
                f.kwdefaults
                    .borrow()
                    .clone()
                    .map(Value::Obj)
                    .unwrap_or(Value::None),
            ),
            "__globals__" => Some(Value::Obj(f.globals.clone())),
            "__code__" => Some(crate::types::function::code_object(vm, &f.code)),
            "__closure__" => Some(match &f.closure {
                Some(c) => vm.new_tuple(c.iter().map(|x| Value::Obj(x.clone())).collect()),
                None => Value::None,
            }),
            "__annotations__" => {
                let existing = f.annotations.borrow().clone();
                Some(match existing {
                    Some(a) => Value::Obj(a),
                    None => {
                        let d = vm.new_dict_obj(crate::object::Dict::new());
                        *f.annotations.borrow_mut() = Some(d.clone());
                        Value::Obj(d)
                    }
                })
            }
            "__dict__" => Some(Value::Obj(
                f.dict
                    .get_or_init(|| vm.new_dict_obj(crate::object::Dict::new()))
                    .clone(),
            )),
            "__type_params__" => Some(
                f.dict
                    .get()
                    .and_then(|d| vm.dict_get_str(d, name))
                    .unwrap_or_else(|| vm.empty_tuple.clone()),
            ),
            _ => f.dict.get().and_then(|d| vm.dict_get_str(d, name)),
        },
        Payload::BoundMethod(bm) => match name {
            "__self__" => Some(bm.1.clone()),
            "__func__" => Some(bm.0.clone()),
            "__name__" | "__qualname__" | "__doc__" | "__module__" => {
                let f = bm.0.clone();
                Some(vm.getattr_str(&f, name, crate::object::str::hash_str(name))?)
            }
            // A method shows its function's data (CPython delegates any
            // name the method type lacks); the method's own dunders stay.
            "__annotations__" | "__defaults__" | "__kwdefaults__" | "__code__" | "__globals__"
            | "__closure__" | "__wrapped__" | "__type_params__" | "__dict__" => {
                vm.getattr_opt(&bm.0.clone(), name)?
            }
            _ if !name.starts_with("__") => {
                let f = bm.0.clone();
                Some(vm.getattr_str(&f, name, crate::object::str::hash_str(name))?)
            }
            _ => None,
        },
        Payload::Native(n) => native_attr(vm, o, n, name),
        Payload::Module(m) => match name {
            "__name__" => Some(vm.new_str(&m.name)),
            _ => None,
        },
        Payload::Exception(e) => match name {
            "args" => Some(e.args.borrow().clone()),
            "__traceback__" => Some(e.traceback.borrow().clone().unwrap_or(Value::None)),
            "__cause__" => Some(e.cause.borrow().clone()),
            "__context__" => Some(e.context.borrow().clone()),
            "__suppress_context__" => Some(Value::bool(e.suppress_context.get())),
            "value"
                if vm.is_subclass(o.class(), &vm.exc_class("StopIteration"))
                    || vm.is_subclass(o.class(), &vm.exc_class("StopAsyncIteration")) =>
            {
                Some(vm.exc_first_arg(o))
            }
            "code" if vm.is_subclass(o.class(), &vm.exc_class("SystemExit")) => {
                let a = e.args.borrow().clone();
                Some(match a.payload() {
                    Some(Payload::Tuple(t)) if t.len() == 1 => t[0].clone(),
                    Some(Payload::Tuple(t)) if t.is_empty() => Value::None,
                    _ => a.clone(),
                })
            }
            "message" | "exceptions"
                if vm.is_subclass(o.class(), &vm.exc_class("BaseExceptionGroup")) =>
            {
                let a = e.args.borrow().clone();
                match a.payload() {
                    Some(Payload::Tuple(t)) if t.len() == 2 => Some(if name == "message" {
                        t[0].clone()
                    } else if let Some(Payload::List(l)) = t[1].payload() {
                        let items = l.borrow().clone();
                        vm.new_tuple(items)
                    } else {
                        t[1].clone()
                    }),
                    _ => None,
                }
            }
            "msg" if vm.is_subclass(o.class(), &vm.exc_class("SyntaxError")) => {
                Some(vm.exc_first_arg(o))
            }
            _ => None,
        },
        Payload::Generator(g) => {
            let prefix = match g.kind {
                crate::object::GenKind::Generator => "gi_",
                crate::object::GenKind::Coroutine => "cr_",
                crate::object::GenKind::AsyncGenerator => "ag_",
            };
            match name {
                "__name__" => Some(g.name(vm)),
                "__qualname__" => Some(g.qualname(vm)),
                _ if name.starts_with(prefix) => match &name[3..] {
                    "running" if g.kind == crate::object::GenKind::AsyncGenerator => {
                        Some(Value::bool(g.running_async.get()))
                    }
                    "running" => Some(Value::bool(g.is_running())),
                    "suspended" => Some(Value::bool(g.is_suspended())),
                    "frame" if g.is_closed() => Some(Value::None),
                    "frame" => Some(Value::Obj(crate::object::PyObject::new(
                        vm.types.frame.clone(),
                        None,
                        Payload::FrameView(obj.clone()),
                    ))),
                    "code" => Some(crate::types::function::code_object(vm, &g.code)),
                    "yieldfrom" | "await" => {
                        let awaited = g.with_state(|st| match st {
                            GenState::Suspended(f)
                                if f.ip >= 1
                                    && matches!(
                                        f.code.code.instructions.get(f.ip - 1),
                                        Some(crate::bytecode::Instr::YieldValue(2))
                                    ) =>
                            {
                                f.stack.last().cloned()
                            }
                            _ => None,
                        });
                        Some(awaited.map_or(Value::None, |a| vm.awaited_object(a)))
                    }
                    "origin" if g.kind == crate::object::GenKind::Coroutine => Some(
                        g.with_extra(|e| e.as_ref().and_then(|e| e.origin.clone()))
                            .unwrap_or(Value::None),
                    ),
                    _ => None,
                },
                _ => None,
            }
        }
        Payload::Property(p) => match name {
            "fget" => Some(p.borrow()[0].clone()),
            "fset" => Some(p.borrow()[1].clone()),
            "fdel" => Some(p.borrow()[2].clone()),
            "__doc__" => {
                let [fget, _, _, doc] = p.borrow().clone();
                Some(if doc.is_none() {
                    vm.getattr_opt(&fget, "__doc__")?.unwrap_or(Value::None)
                } else {
                    doc
                })
            }
            _ => None,
        },
        Payload::ClassMethod(f) | Payload::StaticMethod(f) => match name {
            "__func__" | "__wrapped__" => Some(f.clone()),
            "__isabstractmethod__" => Some(
                vm.getattr_opt(&f.clone(), "__isabstractmethod__")?
                    .unwrap_or(Value::FALSE),
            ),
            _ => None,
        },
        Payload::Complex(r, i) => match name {
            "real" => Some(Value::float(*r)),
            "imag" => Some(Value::float(*i)),
            _ => None,
        },
        Payload::Int(_) => match name {
            "real" | "numerator" => Some(crate::types::int::from_big(
                vm,
                crate::types::int::as_big(obj).unwrap_or_default(),
            )),
            "imag" => Some(Value::Int(0)),
            "denominator" => Some(Value::Int(1)),
            _ => None,
        },
        Payload::Float(f) => match name {
            "real" => Some(Value::float(*f)),
            "imag" => Some(Value::float(0.0)),
            _ => None,
        },
        Payload::Range(r) => match name {
            "start" => Some(Value::Int(r.start)),
            "stop" => Some(Value::Int(r.stop)),
            "step" => Some(Value::Int(r.step)),
            _ => None,
        },
        Payload::Slice(s) => match name {
            "start" => Some(s[0].clone()),
            "stop" => Some(s[1].clone()),
            "step" => Some(s[2].clone()),
            _ => None,
        },
        Payload::Code(c) => match name {
            "co_name" => Some(vm.new_str(&c.code.name)),
            "co_qualname" => Some(vm.new_str(&c.code.qualname)),
            "co_filename" => Some(vm.new_str(&c.code.filename)),
            "co_firstlineno" => Some(Value::Int(c.code.first_line as i64)),
            "co_argcount" => Some(Value::Int(c.code.argcount as i64)),
            "co_posonlyargcount" => Some(Value::Int(c.code.posonlyargcount as i64)),
            "co_kwonlyargcount" => Some(Value::Int(c.code.kwonlyargcount as i64)),
            "co_flags" => Some(Value::Int((c.code.flags & 0xffff) as i64)),
            "co_nlocals" => Some(Value::Int(c.code.varnames.len() as i64)),
            // Our own value stack's need, which may differ from CPython's.
            "co_stacksize" => Some(Value::Int(c.shape.max_stack as i64)),
            "co_varnames" => {
                Some(vm.new_tuple(c.code.varnames.iter().map(|n| vm.new_str(n)).collect()))
            }
            "co_cellvars" => {
                Some(vm.new_tuple(c.code.cellvars.iter().map(|n| vm.new_str(n)).collect()))
            }
            "co_freevars" => {
                Some(vm.new_tuple(c.code.freevars.iter().map(|n| vm.new_str(n)).collect()))
            }
            "co_names" => Some(vm.new_tuple(c.code.names.iter().map(|n| vm.new_str(n)).collect())),
            "co_consts" => Some(vm.new_tuple(c.consts.to_vec())),
            _ => None,
        },
        Payload::Traceback(t) => match name {
            "tb_lineno" => Some(Value::Int(t.lineno as i64)),
            "tb_next" => Some(t.next.clone()),
            "tb_lasti" => Some(Value::Int(t.lasti as i64 * 2)),
            "tb_frame" => {
                let (code, lineno) = (t.code.clone(), t.lineno);
                Some(crate::modules::sys::code_frame_snapshot(vm, &code, lineno))
            }
            _ => None,
        },
        Payload::Cell(c) => match name {
            "cell_contents" => match &*c.borrow() {
                Some(v) => Some(v.clone()),
                None => return Err(vm.new_error("ValueError", "Cell is empty")),
            },
            _ => None,
        },
        Payload::Super(s) => {
            let (cls, o2) = (s.0.clone(), s.1.clone());
            match name {
                "__thisclass__" => Some(Value::Obj(cls)),
                "__self__" => Some(o2),
                _ => None,
            }
        }
        Payload::TextStream(s) => match name {
            "name" => Some(vm.new_string(s.borrow().name.clone())),
            "mode" => Some(vm.new_string(s.borrow().mode.clone())),
            "closed" => Some(Value::bool(matches!(
                s.borrow().target,
                crate::types::io::Target::Closed
            ))),
            "encoding" => Some(vm.new_str("utf-8")),
            _ => None,
        },
        Payload::FrameView(g) => frame_attr(vm, g, name),
        Payload::AttrDescr(d) => crate::types::descr::own_attr(vm, d, name),
        Payload::MemoryView(m) => crate::types::memoryview::attr(vm, m, name)?,
        Payload::DictView(d, _) => match name {
            "mapping" => Some(Value::Obj(d.clone())),
            _ => None,
        },
        _ => None,
    })
}

fn native_attr(
    vm: &mut Vm,
    o: &ObjRef,
    n: &crate::object::NativeData,
    name: &str,
) -> Option<Value> {
    match name {
        "__name__" => Some(vm.new_str(n.def.name)),
        // A bound method is named after what it is bound to (the class
        // itself for a class method), as CPython does: `L().append` of a
        // list subclass is `L.append`; a descriptor after its owner.
        "__qualname__" => {
            let named_by = match &n.bound {
                Some(Value::Obj(b)) if matches!(b.payload, Payload::Module(_)) => None,
                Some(Value::Obj(b)) if matches!(b.payload, Payload::Type(_)) => Some(b.clone()),
                Some(b) => Some(vm.type_of(b)),
                None => n.owner.clone(),
            };
            Some(match named_by {
                Some(t) => vm.new_string(format!("{}.{}", type_qualname(&t), n.def.name)),
                None => vm.new_str(n.def.name),
            })
        }
        "__doc__" => Some(vm.new_str(n.def.doc)),
        "__text_signature__" => Some(
            n.def
                .sig
                .or_else(|| crate::types::typeobj::slot_signature(n.def.name))
                .map(|s| vm.new_str(s))
                .unwrap_or(Value::None),
        ),
        "__self__" => match &n.bound {
            Some(b) => Some(b.clone()),
            // A built-in class's `__new__` is bound to that class.
            None if n.def.kind == crate::vm::native::NativeKind::StaticMethod => {
                Some(match (&n.owner, n.def.name) {
                    (Some(owner), "__new__") => Value::Obj(owner.clone()),
                    _ => Value::None,
                })
            }
            // Unbound method descriptors have no __self__.
            None if n.owner.is_some() => None,
            None => Some(Value::None),
        },
        // A static method's function belongs to no class.
        "__objclass__"
            if n.bound.is_none() && n.def.kind != crate::vm::native::NativeKind::StaticMethod =>
        {
            n.owner.clone().map(Value::Obj)
        }
        // Descriptors and method-wrappers have no __module__.
        "__module__" if is_unbound_descriptor(n) => None,
        "__module__" if std::rc::Rc::ptr_eq(o.class(), &vm.types.wrapper) => None,
        "__module__" => {
            let m = n.module.borrow().clone();
            Some(if m.is_none() && n.owner.is_none() {
                match &n.bound {
                    Some(Value::Obj(b)) => match &b.payload {
                        Payload::Module(md) => vm.new_str(&md.name),
                        _ => Value::None,
                    },
                    _ => Value::None,
                }
            } else {
                m
            })
        }
        _ => {
            let _ = (o, type_name(o.class()));
            None
        }
    }
}

pub fn special_setattr(vm: &mut Vm, o: &ObjRef, name: &str, v: &Value) -> PyResult<bool> {
    match &o.payload {
        Payload::Future(d) => crate::modules::asyncio::future::setattr(vm, d, name, v),
        Payload::Exception(e) => match name {
            "args" => {
                let items = crate::vm::ops::collect_iterable(vm, v)?;
                *e.args.borrow_mut() = vm.new_tuple(items);
                Ok(true)
            }
            "__traceback__" => {
                *e.traceback.borrow_mut() = if v.is_none() { None } else { Some(v.clone()) };
                Ok(true)
            }
            "__cause__" => {
                *e.cause.borrow_mut() = v.clone();
                e.suppress_context.set(true);
                Ok(true)
            }
            "__context__" => {
                *e.context.borrow_mut() = v.clone();
                Ok(true)
            }
            "__suppress_context__" => {
                e.suppress_context.set(vm.truthy(v)?);
                Ok(true)
            }
            _ => Ok(false),
        },
        Payload::Function(f) => match name {
            "__name__" => {
                *f.name.borrow_mut() = v.clone();
                f.renamed.set(true);
                Ok(true)
            }
            "__qualname__" => {
                *f.qualname.borrow_mut() = v.clone();
                f.renamed.set(true);
                Ok(true)
            }
            "__doc__" => {
                *f.doc.borrow_mut() = v.clone();
                Ok(true)
            }
            "__module__" => {
                *f.module.borrow_mut() = v.clone();
                Ok(true)
            }
            "__defaults__" => {
                *f.defaults.borrow_mut() = match v.payload() {
                    Some(Payload::Tuple(t)) => Some(std::rc::Rc::from(t.to_vec())),
                    _ => None,
                };
                Ok(true)
            }
            "__kwdefaults__" => {
                *f.kwdefaults.borrow_mut() = v.as_obj().cloned();
                Ok(true)
            }
            "__annotations__" => {
                *f.annotations.borrow_mut() = v.as_obj().cloned();
                Ok(true)
            }
            _ => {
                let d = f
                    .dict
                    .get_or_init(|| vm.new_dict_obj(crate::object::Dict::new()))
                    .clone();
                vm.dict_set_str(&d, name, v.clone());
                Ok(true)
            }
        },
        Payload::Generator(g) => match name {
            "__name__" | "__qualname__" => {
                if v.as_str().is_none() {
                    return Err(vm.type_error(format!("{name} must be set to a string object")));
                }
                let v = v.clone();
                if name == "__name__" {
                    g.update_extra(|e| e.name = Some(v));
                } else {
                    g.update_extra(|e| e.qualname = Some(v));
                }
                Ok(true)
            }
            _ => Ok(false),
        },
        Payload::Native(n) => native_setattr(vm, o, n, name, v),
        Payload::AttrDescr(_) => Err(descriptor_setattr_error(vm, o, name)),
        Payload::Type(t) if t.heap => match name {
            "__name__" => {
                match v.str_value() {
                    Some(s) => *t.name.borrow_mut() = std::rc::Rc::from(s),
                    None => return Err(vm.type_error("can only assign string to __name__")),
                }
                Ok(true)
            }
            "__qualname__" => {
                if let Some(s) = v.str_value() {
                    *t.qualname.borrow_mut() = std::rc::Rc::from(s);
                }
                Ok(true)
            }
            _ => Ok(false),
        },
        _ => Ok(false),
    }
}

/// A method, class-method or slot descriptor of a built-in type, not yet
/// bound (static methods behave as plain built-in functions).
fn is_unbound_descriptor(n: &crate::object::NativeData) -> bool {
    n.bound.is_none()
        && n.owner.is_some()
        && n.def.kind != crate::vm::native::NativeKind::StaticMethod
}

/// Assigning to a built-in function, method or method descriptor: only a
/// bound function's `__module__` is writable; the rest fail with the
/// message CPython gives for that kind of object.
fn native_setattr(
    vm: &mut Vm,
    o: &ObjRef,
    n: &crate::object::NativeData,
    name: &str,
    v: &Value,
) -> PyResult<bool> {
    if is_unbound_descriptor(n) {
        return Err(descriptor_setattr_error(vm, o, name));
    }
    let tname = type_name(o.class());
    let method_wrapper = std::rc::Rc::ptr_eq(o.class(), &vm.types.wrapper);
    let msg = match name {
        "__module__" if !method_wrapper => {
            *n.module.borrow_mut() = v.clone();
            return Ok(true);
        }
        "__self__" if method_wrapper => "readonly attribute".to_string(),
        "__objclass__" if method_wrapper => {
            format!("attribute '{name}' of '{tname}' objects is not writable")
        }
        "__name__" | "__qualname__" | "__doc__" | "__self__" | "__text_signature__" => {
            format!("attribute '{name}' of '{tname}' objects is not writable")
        }
        _ => format!(
            "'{tname}' object has no attribute '{name}' and no __dict__ for setting new attributes"
        ),
    };
    Err(vm.attribute_error(msg))
}

/// The error for assigning to an attribute of a method, slot, getset or
/// member descriptor of a built-in type.
fn descriptor_setattr_error(vm: &mut Vm, o: &ObjRef, name: &str) -> crate::vm::PyErr {
    let tname = type_name(o.class());
    vm.attribute_error(match name {
        "__name__" | "__objclass__" => "readonly attribute".to_string(),
        "__qualname__" | "__doc__" | "__text_signature__" => {
            format!("attribute '{name}' of '{tname}' objects is not writable")
        }
        _ => format!(
            "'{tname}' object has no attribute '{name}' and no __dict__ for setting new attributes"
        ),
    })
}

/// Attributes of a generator's frame, read from the parked frame.
fn frame_attr(vm: &mut Vm, genv: &Value, name: &str) -> Option<Value> {
    let Some(Payload::Generator(g)) = genv.payload() else {
        return None;
    };
    // Read from the state moved out; no Python code runs meanwhile.
    let st = g.take_state();
    let r = parked_frame_attr(vm, genv, g, &st, name);
    g.set_state(st);
    r
}

fn parked_frame_attr(
    vm: &mut Vm,
    genv: &Value,
    g: &crate::object::GenData,
    st: &GenState,
    name: &str,
) -> Option<Value> {
    let frame = match st {
        GenState::Created(f) | GenState::Suspended(f) => Some(f),
        _ => None,
    };
    match name {
        "f_code" => Some(crate::types::function::code_object(vm, &g.code)),
        "f_lineno" => Some(Value::Int(match frame {
            Some(f) if f.ip > 0 => f.line() as i64,
            // An unstarted generator's frame stands at `co_firstlineno`
            // while the generator lives; a frame that outlived its
            // generator (`gen().gi_frame`, only the view holding it)
            // reports its first body line, as CPython's copied-out frame
            // does.
            Some(_) => {
                let code = &g.code.code;
                let alone = genv
                    .as_obj()
                    .is_some_and(|o| std::rc::Rc::strong_count(o) == 1);
                if alone {
                    let line = code.lines.iter().copied().find(|&l| l > code.first_line);
                    line.unwrap_or(code.first_line) as i64
                } else {
                    code.first_line as i64
                }
            }
            // A running generator's frame is on the VM's stack.
            _ => vm
                .frames
                .iter()
                .rev()
                .find(|f| {
                    f.generator()
                        .is_some_and(|o| genv.as_obj().is_some_and(|g| std::rc::Rc::ptr_eq(o, g)))
                })
                .map(|f| f.line() as i64)
                .unwrap_or(g.code.code.first_line as i64),
        })),
        "f_lasti" => Some(Value::Int(frame.map(|f| f.ip as i64 * 2).unwrap_or(-1))),
        "f_back" => Some(Value::None),
        "f_globals" => frame.map(|f| Value::Obj(f.globals.clone())),
        "f_locals" => {
            let pairs: Vec<(String, Value)> = frame.map(|f| f.local_pairs()).unwrap_or_default();
            let d = vm.new_dict_obj(crate::object::Dict::new());
            for (n, v) in pairs {
                vm.dict_set_str(&d, &n, v);
            }
            Some(Value::Obj(d))
        }
        _ => None,
    }
}

fn call_self(vm: &mut Vm, mut args: crate::vm::native::Args) -> PyResult<Value> {
    let f = args.args.remove(0);
    vm.call_kw(&f, args.args, args.kwargs)
}

static CALL_SELF: crate::vm::native::NativeFunc =
    crate::native!("__call__", call_self, "Call self as a function.");

/// `__call__` in the namespace of the callable built-in types.
pub static CALL_METHODS: &[crate::vm::native::NativeFunc] = &[crate::native!(
    "__call__",
    call_self,
    "Call self as a function.",
    sig = "($self, /, *args, **kwargs)"
)];

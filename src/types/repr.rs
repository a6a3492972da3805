//! `repr()` of built-in objects, with CPython's `[...]` for containers
//! that contain themselves.

use crate::object::{Payload, Value};
use crate::types::typeobj::{tp_name, type_name, type_qualname};
use crate::types::{float, str as pystr};
use crate::vm::{PyResult, Vm};

struct Guard {
    id: usize,
}

fn enter(vm: &mut Vm, v: &Value) -> PyResult<Option<Guard>> {
    let id = v.id();
    if vm.repr_stack.contains(&id) {
        return Ok(None);
    }
    if vm.repr_stack.len() > vm.recursion_limit {
        return Err(vm.new_error(
            "RecursionError",
            "maximum recursion depth exceeded while getting the repr of an object",
        ));
    }
    vm.repr_stack.push(id);
    Ok(Some(Guard { id }))
}

fn leave(vm: &mut Vm, g: Guard) {
    if let Some(pos) = vm.repr_stack.iter().rposition(|&x| x == g.id) {
        vm.repr_stack.remove(pos);
    }
}

fn join_reprs(vm: &mut Vm, items: &[Value]) -> PyResult<String> {
    let mut out = String::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&vm.repr_string(it)?);
    }
    Ok(out)
}

pub fn repr_object(vm: &mut Vm, v: &Value) -> PyResult<Option<String>> {
    let Value::Obj(o) = v else { return Ok(None) };
    let s = match &o.payload {
        Payload::Str(s) => pystr::repr_str(s.as_str()),
        Payload::Int(_) => crate::types::int::int_repr(vm, v)?,
        Payload::Float(f) => float::float_repr(*f),
        Payload::Complex(r, i) => float::complex_repr(*r, *i),
        Payload::Bytes(b) => crate::types::bytes::bytes_repr(b),
        // (A subclass shows its own name, as in CPython.)
        Payload::ByteArray(b) => format!(
            "{}({})",
            crate::types::typeobj::type_name(o.class()),
            crate::types::bytes::bytes_repr(&b.borrow())
        ),
        Payload::Deque(d) => {
            let Some(g) = enter(vm, v)? else {
                return Ok(Some("[...]".to_string()));
            };
            let r = crate::types::deque::repr(vm, v, d);
            leave(vm, g);
            r?
        }
        Payload::List(l) => {
            let Some(g) = enter(vm, v)? else {
                return Ok(Some("[...]".to_string()));
            };
            let items = l.borrow().clone();
            let r = join_reprs(vm, &items);
            leave(vm, g);
            format!("[{}]", r?)
        }
        Payload::Tuple(t)
            if o.class().type_data().is_some_and(|ct| !ct.heap)
                && !std::rc::Rc::ptr_eq(o.class(), &vm.types.tuple) =>
        {
            // Struct sequences (sys.version_info, ...): name(field=value, ...).
            let fields: Vec<String> = o
                .inst_dict()
                .and_then(|d| d.dict_data())
                .map(|d| {
                    d.borrow()
                        .iter()
                        .filter_map(|e| e.key.str_value().map(|s| s.to_string()))
                        .collect()
                })
                .unwrap_or_default();
            let items = t.to_vec();
            let mut parts = Vec::new();
            for (f, it) in fields.iter().zip(items.iter()) {
                parts.push(format!("{f}={}", vm.repr_string(it)?));
            }
            format!("{}({})", type_name(o.class()), parts.join(", "))
        }
        Payload::Tuple(t) => {
            let Some(g) = enter(vm, v)? else {
                return Ok(Some("(...)".to_string()));
            };
            let items = t.to_vec();
            let r = join_reprs(vm, &items);
            leave(vm, g);
            let r = r?;
            if items.len() == 1 {
                format!("({r},)")
            } else {
                format!("({r})")
            }
        }
        Payload::Dict(d) => {
            let Some(g) = enter(vm, v)? else {
                return Ok(Some("{...}".to_string()));
            };
            let entries: Vec<(Value, Value)> = d
                .borrow()
                .iter()
                .map(|e| (e.key.clone(), e.value.clone()))
                .collect();
            let mut out = String::from("{");
            let mut res = Ok(());
            for (i, (k, val)) in entries.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                match vm
                    .repr_string(k)
                    .and_then(|ks| vm.repr_string(val).map(|vs| (ks, vs)))
                {
                    Ok((ks, vs)) => {
                        out.push_str(&ks);
                        out.push_str(": ");
                        out.push_str(&vs);
                    }
                    Err(e) => {
                        res = Err(e);
                        break;
                    }
                }
            }
            leave(vm, g);
            res?;
            out.push('}');
            if o.class().type_data().is_some_and(|t| t.heap) && type_name(o.class()) != "dict" {
                let n = type_name(o.class());
                if n == "defaultdict" || n == "OrderedDict" || n == "Counter" {
                    return Ok(None);
                }
            }
            out
        }
        Payload::Set(_) | Payload::FrozenSet(_) => {
            let items: Vec<Value> = match &o.payload {
                Payload::Set(s) => s.borrow().iter().cloned().collect(),
                Payload::FrozenSet(s) => s.iter().cloned().collect(),
                _ => Vec::new(),
            };
            let name = type_name(o.class());
            let frozen = matches!(o.payload, Payload::FrozenSet(_));
            if items.is_empty() {
                return Ok(Some(format!("{name}()")));
            }
            let Some(g) = enter(vm, v)? else {
                return Ok(Some(format!("{name}(...)")));
            };
            let r = join_reprs(vm, &items);
            leave(vm, g);
            let r = r?;
            if frozen || name != "set" {
                format!("{name}({{{r}}})")
            } else {
                format!("{{{r}}}")
            }
        }
        Payload::DictView(d, which) => {
            let name = ["dict_keys", "dict_values", "dict_items"][(*which as usize).min(2)];
            let items: Vec<Value> = match d.dict_data() {
                Some(t) => {
                    let t = t.borrow();
                    match which {
                        0 => t.keys(),
                        1 => t.values(),
                        _ => t
                            .iter()
                            .map(|e| vm.new_tuple(vec![e.key.clone(), e.value.clone()]))
                            .collect(),
                    }
                }
                None => Vec::new(),
            };
            let Some(g) = enter(vm, v)? else {
                return Ok(Some(format!("{name}([...])")));
            };
            let r = join_reprs(vm, &items);
            leave(vm, g);
            format!("{name}([{}])", r?)
        }
        Payload::Range(r) => {
            if r.step == 1 {
                format!("range({}, {})", r.start, r.stop)
            } else {
                format!("range({}, {}, {})", r.start, r.stop, r.step)
            }
        }
        Payload::Slice(s) => {
            let parts = [s[0].clone(), s[1].clone(), s[2].clone()];
            let r = join_reprs(vm, &parts)?;
            format!("slice({r})")
        }
        Payload::Type(_) => {
            let module = crate::types::typeobj::lookup(o, "__module__")
                .and_then(|m| m.str_value().map(|s| s.to_string()))
                .unwrap_or_else(|| "builtins".to_string());
            let own_module = o.type_data().and_then(|t| {
                t.dict().dict_data().and_then(|d| {
                    d.borrow()
                        .get_str("__module__", crate::object::str::hash_str("__module__"))
                        .cloned()
                })
            });
            let module = own_module
                .and_then(|m| m.str_value().map(|s| s.to_string()))
                .unwrap_or(if o.type_data().is_some_and(|t| t.heap) {
                    module
                } else {
                    "builtins".to_string()
                });
            if module == "builtins" {
                format!("<class '{}'>", type_qualname(o))
            } else {
                format!("<class '{module}.{}'>", type_qualname(o))
            }
        }
        Payload::Function(f) => {
            let q = f.qualname.borrow().str_value().unwrap_or("?").to_string();
            format!("<function {q} at {:#x}>", v.id())
        }
        Payload::BoundMethod(bm) => {
            let (func, slf) = (bm.0.clone(), bm.1.clone());
            let q = match func.payload() {
                Some(Payload::Function(f)) => {
                    f.qualname.borrow().str_value().unwrap_or("?").to_string()
                }
                _ => match vm.getattr_opt(&func, "__qualname__")? {
                    Some(q) if q.as_str().is_some() => vm.str_string(&q)?,
                    _ => "?".to_string(),
                },
            };
            let sr = vm.repr_string(&slf)?;
            format!("<bound method {q} of {sr}>")
        }
        Payload::AttrDescr(d) => crate::types::descr::repr(d),
        Payload::Native(n) if std::rc::Rc::ptr_eq(o.class(), &vm.types.wrapper_descriptor) => {
            let owner = n.owner.as_ref().map(tp_name).unwrap_or_default();
            format!("<slot wrapper '{}' of '{owner}' objects>", n.def.name)
        }
        Payload::Native(n) if std::rc::Rc::ptr_eq(o.class(), &vm.types.wrapper) => {
            let b = n.bound.clone().unwrap_or(Value::None);
            format!(
                "<method-wrapper '{}' of {} object at {:#x}>",
                n.def.name,
                vm.type_name(&b),
                b.id()
            )
        }
        Payload::Native(n) => match &n.bound {
            // A static method shows the type it lives in.
            None if n.def.kind == crate::vm::native::NativeKind::StaticMethod => format!(
                "<built-in method {} of type object at {:#x}>",
                n.def.name,
                n.owner
                    .as_ref()
                    .map(|o| Value::Obj(o.clone()).id())
                    .unwrap_or(0)
            ),
            None if n.owner.is_some() => {
                let owner = n.owner.as_ref().map(tp_name).unwrap_or_default();
                format!("<method '{}' of '{owner}' objects>", n.def.name)
            }
            Some(b) if !matches!(b.payload(), Some(Payload::Module(_))) => {
                let tn = match b {
                    Value::Obj(bo) if bo.type_data().is_some() => type_name(bo),
                    _ => tp_name(&vm.type_of(b)),
                };
                if matches!(b, Value::Obj(bo) if bo.type_data().is_some()) {
                    format!(
                        "<built-in method {} of type object at {:#x}>",
                        n.def.name,
                        b.id()
                    )
                } else {
                    format!(
                        "<built-in method {} of {tn} object at {:#x}>",
                        n.def.name,
                        b.id()
                    )
                }
            }
            _ => format!("<built-in function {}>", n.def.name),
        },
        Payload::Module(m) => match vm.dict_get_str(&m.dict, "__file__") {
            // The Python modules shipped inside the binary are frozen.
            Some(f) if f.str_value().is_some_and(|s| s.starts_with("<frozen")) => {
                format!("<module '{}' (frozen)>", m.name)
            }
            Some(f) if f.as_str().is_some() => {
                format!("<module '{}' from {}>", m.name, vm.repr_string(&f)?)
            }
            _ => format!("<module '{}' (built-in)>", m.name),
        },
        Payload::Generator(g) => {
            let q = g.qualname_text();
            let kind = match g.kind {
                crate::object::GenKind::Generator => "generator",
                crate::object::GenKind::Coroutine => "coroutine",
                crate::object::GenKind::AsyncGenerator => "async_generator",
            };
            format!("<{kind} object {q} at {:#x}>", v.id())
        }
        Payload::Exception(e) => {
            let args = e.args.borrow().clone();
            let name = type_qualname(o.class());
            let items: Vec<Value> = match args.payload() {
                Some(Payload::Tuple(t)) => t.to_vec(),
                _ => Vec::new(),
            };
            let r = join_reprs(vm, &items)?;
            format!("{name}({r})")
        }
        Payload::Cell(c) => match &*c.borrow() {
            Some(inner) => format!(
                "<cell at {:#x}: {} object at {:#x}>",
                v.id(),
                vm.type_name(inner),
                inner.id()
            ),
            None => format!("<cell at {:#x}: empty>", v.id()),
        },
        Payload::Code(c) => format!(
            "<code object {} at {:#x}, file \"{}\", line {}>",
            c.code.name,
            v.id(),
            c.code.filename,
            c.code.first_line
        ),
        Payload::Singleton => match type_name(o.class()).as_str() {
            "NotImplementedType" => "NotImplemented".to_string(),
            "ellipsis" => "Ellipsis".to_string(),
            _ => return Ok(None),
        },
        Payload::Property(_) => format!("<property object at {:#x}>", v.id()),
        Payload::FrameView(g) => match g.payload() {
            Some(Payload::Generator(gd)) => format!(
                "<frame at {:#x}, file '{}', code {}>",
                v.id(),
                gd.code.code.filename,
                gd.code.code.name
            ),
            _ => format!("<frame at {:#x}>", v.id()),
        },
        Payload::StaticMethod(f) => format!("<staticmethod({})>", vm.repr_string(&f.clone())?),
        Payload::ClassMethod(f) => format!("<classmethod({})>", vm.repr_string(&f.clone())?),
        Payload::TextStream(s) => format!(
            "<_io.TextIOWrapper name='{}' mode='{}' encoding='utf-8'>",
            s.borrow().name,
            s.borrow().mode
        ),
        Payload::Super(s) => format!(
            "<super: <class '{}'>, <{} object>>",
            type_name(&s.0),
            vm.type_name(&s.1)
        ),
        _ => return Ok(None),
    };
    Ok(Some(s))
}

//! Construction of the built-in classes whose `__new__` is special: the
//! numeric types, containers, iterator classes and `range`.

use super::code::type_new;
use super::functions::new_iter;
use crate::object::{Dict, IterState, ObjRef, Payload, PyObject, RangeData, Value};
use crate::types::{float, int};
use crate::vm::{PyResult, Vm};

/// Construction of built-in classes whose `__new__` is special.
pub fn construct_builtin(
    vm: &mut Vm,
    cls: &ObjRef,
    name: &str,
    args: &[Value],
    kwargs: &[(Value, Value)],
) -> PyResult<Option<Value>> {
    let v = match name {
        "bool" => {
            if args.len() > 1 {
                return Err(vm.type_error(format!(
                    "bool expected at most 1 argument, got {}",
                    args.len()
                )));
            }
            Value::bool(match args.first() {
                Some(a) => vm.truthy(a)?,
                None => false,
            })
        }
        "type" => {
            if args.len() == 1 {
                return Ok(Some(Value::Obj(vm.type_of(&args[0]))));
            }
            type_new(vm, cls, args, kwargs)?
        }
        "object" => {
            if !args.is_empty() {
                return Err(vm.type_error("object() takes no arguments"));
            }
            Value::Obj(PyObject::new(
                cls.clone(),
                None,
                Payload::Object(Default::default()),
            ))
        }
        "range" => {
            if args.is_empty() || args.len() > 3 {
                return Err(vm.type_error(if args.is_empty() {
                    "range expected at least 1 argument, got 0".to_string()
                } else {
                    format!("range expected at most 3 arguments, got {}", args.len())
                }));
            }
            let mut n = Vec::new();
            for a in args {
                let i = match a {
                    Value::Int(i) => *i,
                    Value::Bool(b) => b.get() as i64,
                    _ => {
                        if vm.lookup_special(a, "__index__").is_none() && int::as_big(a).is_none() {
                            return Err(vm.type_error(format!(
                                "'{}' object cannot be interpreted as an integer",
                                vm.type_name(a)
                            )));
                        }
                        vm.index_value(a)?
                    }
                };
                n.push(i);
            }
            let (start, stop, step) = match n.len() {
                1 => (0, n[0], 1),
                2 => (n[0], n[1], 1),
                _ => (n[0], n[1], n[2]),
            };
            if step == 0 {
                return Err(vm.value_error("range() arg 3 must not be zero"));
            }
            Value::Obj(PyObject::new(
                vm.types.range.clone(),
                None,
                Payload::Range(RangeData { start, stop, step }),
            ))
        }
        "slice" => {
            let (a, b, c) = match args.len() {
                1 => (Value::None, args[0].clone(), Value::None),
                2 => (args[0].clone(), args[1].clone(), Value::None),
                3 => (args[0].clone(), args[1].clone(), args[2].clone()),
                n => {
                    return Err(
                        vm.type_error(format!("slice expected at least 1 argument, got {n}"))
                    );
                }
            };
            Value::Obj(PyObject::new(
                vm.types.slice.clone(),
                None,
                Payload::Slice(Box::new([a, b, c])),
            ))
        }
        "complex" => {
            // Each part is (value, imaginary part if it was complex); the
            // parts combine without touching a missing side, so signed
            // zeros survive (complex(1, -0.0) is (1-0j)).
            let not_number = |vm: &Vm, v: &Value, which: &str| {
                vm.type_error(format!(
                    "complex() {which} must be {}a number, not '{}'",
                    if which == "first argument" {
                        "a string or "
                    } else {
                        ""
                    },
                    vm.type_name(v)
                ))
            };
            let is_number = |vm: &Vm, v: &Value| {
                matches!(v, Value::Int(_) | Value::Float(_) | Value::Bool(_))
                    || matches!(v.payload(), Some(Payload::Int(_) | Payload::Float(_)))
                    || ["__complex__", "__float__", "__index__"]
                        .iter()
                        .any(|m| vm.lookup_special(v, m).is_some())
            };
            let re: (f64, Option<f64>) = match args.first() {
                Some(v) => {
                    if let Some(s) = v.str_value() {
                        if args.len() > 1 {
                            return Err(vm.type_error(
                                "complex() can't take second arg if first is a string",
                            ));
                        }
                        let t = s.trim().trim_matches(|c| c == '(' || c == ')');
                        return Ok(Some(parse_complex(vm, t)?));
                    }
                    if let Some(Payload::Complex(r, i)) = v.payload() {
                        (*r, Some(*i))
                    } else if let Some(conv) = vm.lookup_special(v, "__complex__") {
                        let c = vm.call_unbound(&conv, v, vec![v.clone()])?;
                        match c.payload() {
                            Some(Payload::Complex(r, i)) => (*r, Some(*i)),
                            _ => {
                                return Err(vm.type_error(format!(
                                    "__complex__ returned non-complex (type {})",
                                    vm.type_name(&c)
                                )));
                            }
                        }
                    } else if is_number(vm, v) {
                        (float::to_float(vm, v)?, None)
                    } else {
                        return Err(not_number(vm, v, "first argument"));
                    }
                }
                None => (0.0, None),
            };
            let im: Option<(f64, Option<f64>)> = match args.get(1) {
                Some(v) if v.str_value().is_some() => {
                    return Err(vm.type_error("complex() second arg can't be a string"));
                }
                Some(v) => Some(match v.payload() {
                    Some(Payload::Complex(r, i)) => (*r, Some(*i)),
                    _ if is_number(vm, v) => (float::to_float(vm, v)?, None),
                    _ => return Err(not_number(vm, v, "second argument")),
                }),
                None => None,
            };
            let (real, imag) = match im {
                None => (re.0, re.1.unwrap_or(0.0)),
                Some((ir, ii)) => {
                    let real = match ii {
                        Some(ii) => re.0 - ii,
                        None => re.0,
                    };
                    let imag = match re.1 {
                        Some(ri) => ir + ri,
                        None => ir,
                    };
                    (real, imag)
                }
            };
            float::new_complex(vm, real, imag)
        }
        "bytes" => crate::types::bytes::construct(vm, args, kwargs, false)?,
        "bytearray" => crate::types::bytes::construct(vm, args, kwargs, true)?,
        "memoryview" => crate::types::memoryview::construct(vm, args)?,
        "method" => {
            if args.len() != 2 {
                return Err(
                    vm.type_error(format!("method expected 2 arguments, got {}", args.len()))
                );
            }
            if vm.lookup_special(&args[0], "__call__").is_none()
                && !matches!(
                    args[0].payload(),
                    Some(Payload::Function(_) | Payload::Native(_) | Payload::BoundMethod(_))
                )
            {
                return Err(vm.type_error("first argument must be callable"));
            }
            if args[1].is_none() {
                return Err(vm.type_error("instance must not be None"));
            }
            Value::Obj(PyObject::new(
                vm.types.method.clone(),
                None,
                Payload::BoundMethod(Box::new((args[0].clone(), args[1].clone()))),
            ))
        }
        "tuple" => {
            if args.len() > 1 {
                return Err(vm.type_error(format!(
                    "tuple expected at most 1 argument, got {}",
                    args.len()
                )));
            }
            let items = match args.first() {
                Some(it) => crate::vm::ops::collect_iterable(vm, it)?,
                None => Vec::new(),
            };
            vm.new_tuple(items)
        }
        "list" => {
            if args.len() > 1 {
                return Err(vm.type_error(format!(
                    "list expected at most 1 argument, got {}",
                    args.len()
                )));
            }
            let items = match args.first() {
                Some(it) => crate::vm::ops::collect_iterable(vm, it)?,
                None => Vec::new(),
            };
            vm.new_list(items)
        }
        "dict" => {
            if args.len() > 1 {
                return Err(vm.type_error(format!(
                    "dict expected at most 1 argument, got {}",
                    args.len()
                )));
            }
            let d = vm.new_dict_obj(Dict::new());
            if let Some(a) = args.first() {
                crate::types::dict::dict_update_from(vm, &Value::Obj(d.clone()), a, false)?;
            }
            for (k, v) in kwargs {
                crate::types::dict::dict_set(vm, &d, k.clone(), v.clone())?;
            }
            Value::Obj(d)
        }
        "property" => crate::types::function::new_property_from(vm, args, kwargs)?,
        "classmethod" | "staticmethod" => {
            if args.len() != 1 {
                return Err(
                    vm.type_error(format!("{name} expected 1 argument, got {}", args.len()))
                );
            }
            let payload = if name == "classmethod" {
                Payload::ClassMethod(args[0].clone())
            } else {
                Payload::StaticMethod(args[0].clone())
            };
            Value::Obj(PyObject::new(cls.clone(), None, payload))
        }
        "super" => {
            if args.is_empty() {
                return Err(vm.runtime_error("super(): no arguments"));
            }
            if let Some(first) = args.first()
                && first.as_obj().is_none_or(|o| o.type_data().is_none())
            {
                return Err(vm.type_error(format!(
                    "super() argument 1 must be a type, not {}",
                    vm.type_name(first)
                )));
            }
            if args.len() != 2 {
                return Err(vm.runtime_error(
                    "super(): Anext supports only the zero- and two-argument forms",
                ));
            }
            let Some(c) = args[0]
                .as_obj()
                .filter(|o| o.type_data().is_some())
                .cloned()
            else {
                return Err(vm.type_error(format!(
                    "super() argument 1 must be a type, not {}",
                    vm.type_name(&args[0])
                )));
            };
            let ok = match &args[1] {
                Value::Obj(o) if o.type_data().is_some() && vm.is_subclass(o, &c) => true,
                other => vm.isinstance(other, &c),
            };
            if !ok {
                let what = match &args[1] {
                    Value::Obj(o) if o.type_data().is_some() => {
                        format!("type {}", crate::types::typeobj::type_name(o))
                    }
                    other => format!("instance of {}", vm.type_name(other)),
                };
                return Err(vm.type_error(format!(
                    "super(type, obj): obj ({what}) is not an instance or subtype of type ({}).",
                    crate::types::typeobj::type_name(&c)
                )));
            }
            Value::Obj(PyObject::new(
                vm.types.super_.clone(),
                None,
                Payload::Super(Box::new((c, args[1].clone()))),
            ))
        }
        "enumerate" => {
            let mut a = args.to_vec();
            for (k, v) in kwargs {
                match k.str_value() {
                    Some("start") => a.push(v.clone()),
                    Some("iterable") => a.insert(0, v.clone()),
                    _ => {
                        return Err(vm.type_error(format!(
                            "'{}' is an invalid keyword argument for enumerate()",
                            k.str_value().unwrap_or("")
                        )));
                    }
                }
            }
            if a.is_empty() {
                return Err(vm.type_error("enumerate() missing required argument 'iterable'"));
            }
            let it = vm.get_iter(&a[0])?;
            let count = match a.get(1) {
                Some(s) => vm.index_value(s)?,
                None => 0,
            };
            new_iter(vm, "enumerate", IterState::Enumerate { iter: it, count })
        }
        "zip" => {
            if kwargs.len() > 1 {
                return Err(vm.type_error(format!(
                    "zip() takes at most 1 keyword argument ({} given)",
                    kwargs.len()
                )));
            }
            if let Some((k, _)) = kwargs.iter().find(|(k, _)| k.str_value() != Some("strict")) {
                return Err(vm.type_error(format!(
                    "zip() got an unexpected keyword argument '{}'",
                    k.str_value().unwrap_or("")
                )));
            }
            let strict = match kwargs.iter().find(|(k, _)| k.str_value() == Some("strict")) {
                Some((_, v)) => vm.truthy(v)?,
                None => false,
            };
            let mut iters = Vec::new();
            for a in args {
                iters.push(vm.get_iter(a)?);
            }
            new_iter(vm, "zip", IterState::Zip { iters, strict })
        }
        "map" => {
            if args.len() < 2 {
                return Err(vm.type_error("map() must have at least two arguments."));
            }
            let mut iters = Vec::new();
            for a in &args[1..] {
                iters.push(vm.get_iter(a)?);
            }
            new_iter(
                vm,
                "map",
                IterState::Map {
                    func: args[0].clone(),
                    iters,
                },
            )
        }
        "filter" => {
            if args.len() != 2 {
                return Err(
                    vm.type_error(format!("filter expected 2 arguments, got {}", args.len()))
                );
            }
            let it = vm.get_iter(&args[1])?;
            new_iter(
                vm,
                "filter",
                IterState::Filter {
                    func: args[0].clone(),
                    iter: it,
                    keep_false: false,
                },
            )
        }
        "reversed" => {
            if args.len() != 1 {
                return Err(
                    vm.type_error(format!("reversed expected 1 argument, got {}", args.len()))
                );
            }
            let seq = &args[0];
            if let Some(r) = vm.call_special(seq, "__reversed__", vec![])? {
                return Ok(Some(r));
            }
            // Dicts and their views iterate a reversed snapshot.
            let dict_view = match seq.payload() {
                Some(Payload::Dict(_)) => seq.as_obj().map(|o| (o.clone(), 0)),
                Some(Payload::DictView(d, which)) => Some((d.clone(), *which)),
                _ => None,
            };
            if let Some((d, which)) = dict_view {
                let entries: Vec<(Value, Value)> = d
                    .dict_data()
                    .map(|t| {
                        t.borrow()
                            .iter()
                            .map(|e| (e.key.clone(), e.value.clone()))
                            .collect()
                    })
                    .unwrap_or_default();
                let items = entries
                    .into_iter()
                    .rev()
                    .map(|(k, v)| match which {
                        0 => k,
                        1 => v,
                        _ => vm.new_tuple(vec![k, v]),
                    })
                    .collect();
                let name = ["dict_reversekeyiterator", "dict_reversevalueiterator"]
                    .get(which as usize)
                    .unwrap_or(&"dict_reverseitemiterator");
                return Ok(Some(new_iter(
                    vm,
                    name,
                    IterState::Values { items, index: 0 },
                )));
            }
            if let Some(Payload::Range(r)) = seq.payload() {
                let n = r.len();
                let st = if n == 0 {
                    IterState::Exhausted
                } else {
                    IterState::Range {
                        next: r.get(n - 1),
                        stop: r.start - r.step,
                        step: -r.step,
                    }
                };
                return Ok(Some(new_iter(vm, "range_iterator", st)));
            }
            if matches!(
                seq.payload(),
                Some(Payload::List(_) | Payload::Tuple(_) | Payload::Str(_) | Payload::Bytes(_))
            ) {
                let n = vm.len(seq)? as isize;
                let name = if matches!(seq.payload(), Some(Payload::List(_))) {
                    "list_reverseiterator"
                } else {
                    "reversed"
                };
                return Ok(Some(new_iter(
                    vm,
                    name,
                    IterState::Reversed {
                        seq: seq.clone(),
                        index: n - 1,
                    },
                )));
            }
            if vm.lookup_special(seq, "__getitem__").is_none()
                || matches!(seq.payload(), Some(Payload::Set(_) | Payload::FrozenSet(_)))
            {
                return Err(
                    vm.type_error(format!("'{}' object is not reversible", vm.type_name(seq)))
                );
            }
            let n = vm.len(seq)? as isize;
            new_iter(
                vm,
                "reversed",
                IterState::Reversed {
                    seq: seq.clone(),
                    index: n - 1,
                },
            )
        }
        "NoneType" => Value::None,
        _ => return Ok(None),
    };
    Ok(Some(v))
}

fn parse_complex(vm: &Vm, s: &str) -> PyResult<Value> {
    let err = || vm.value_error("complex() arg is a malformed string");
    if let Some(body) = s.strip_suffix(['j', 'J']) {
        // Split at the last sign that is not part of an exponent.
        let bytes = body.as_bytes();
        let mut split = None;
        for i in (1..bytes.len()).rev() {
            if (bytes[i] == b'+' || bytes[i] == b'-') && !matches!(bytes[i - 1], b'e' | b'E') {
                split = Some(i);
                break;
            }
        }
        let (re, im) = match split {
            Some(i) => (&body[..i], &body[i..]),
            None => ("0", body),
        };
        let im = match im {
            "" | "+" => "1",
            "-" => "-1",
            x => x,
        };
        let r: f64 = re.parse().map_err(|_| err())?;
        let i: f64 = im.parse().map_err(|_| err())?;
        return Ok(float::new_complex(vm, r, i));
    }
    let r: f64 = s.parse().map_err(|_| err())?;
    Ok(float::new_complex(vm, r, 0.0))
}

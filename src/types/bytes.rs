//! `bytes` and `bytearray`: construction, repr, the buffer helpers, and
//! the methods only `bytearray` has (the shared ones are in
//! `bytes_methods`).

use crate::native;
use crate::object::{Payload, Value};
use crate::vm::native::{Args, NativeFunc};
use crate::vm::{PyResult, Vm};

pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from("b");
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            _ => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote);
    out
}

/// The bytes of a bytes-like object.
pub fn bytes_of(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    match v.payload() {
        Some(Payload::Bytes(b)) => Ok(b.to_vec()),
        Some(Payload::ByteArray(b)) => Ok(b.borrow().clone()),
        Some(Payload::MemoryView(m)) => crate::types::memoryview::contents(vm, m),
        _ => Err(vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(v)
        ))),
    }
}

fn bytearray_data(args: &Args) -> Option<&std::cell::RefCell<Vec<u8>>> {
    match args.args.first().and_then(|v| v.payload()) {
        Some(Payload::ByteArray(b)) => Some(b),
        _ => None,
    }
}

fn byte_value(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    let n = vm.index_value(v)?;
    if !(0..256).contains(&n) {
        return Err(vm.value_error("byte must be in range(0, 256)"));
    }
    Ok(n as u8)
}

fn bytearray_append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "append", 1, 1)?;
    let b = byte_value(vm, &args.args[1])?;
    if let Some(d) = bytearray_data(&args) {
        d.borrow_mut().push(b);
    }
    Ok(Value::None)
}

fn bytearray_extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "extend", 1, 1)?;
    let src = &args.args[1];
    let more = match src.payload() {
        Some(Payload::Bytes(_) | Payload::ByteArray(_) | Payload::MemoryView(_)) => {
            bytes_of(vm, src)?
        }
        Some(Payload::Str(_)) => {
            return Err(vm.type_error("expected iterable of integers; got: 'str'"));
        }
        _ => {
            let items = crate::vm::ops::collect_iterable(vm, src).map_err(|_| {
                vm.type_error(format!("can't extend bytearray with {}", vm.type_name(src)))
            })?;
            let mut out = Vec::with_capacity(items.len());
            for it in &items {
                out.push(byte_value(vm, it)?);
            }
            out
        }
    };
    if let Some(d) = bytearray_data(&args) {
        d.borrow_mut().extend(more);
    }
    Ok(Value::None)
}

fn bytearray_insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "insert", 2, 2)?;
    let i = vm.index_value(&args.args[1])?;
    let b = byte_value(vm, &args.args[2])?;
    if let Some(d) = bytearray_data(&args) {
        let mut d = d.borrow_mut();
        let n = d.len() as i64;
        let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
        d.insert(at as usize, b);
    }
    Ok(Value::None)
}

fn bytearray_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "pop", 0, 1)?;
    let i = match args.get(1) {
        Some(v) => vm.index_value(v)?,
        None => -1,
    };
    let Some(d) = bytearray_data(&args) else {
        return Ok(Value::None);
    };
    let mut d = d.borrow_mut();
    if d.is_empty() {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let n = d.len() as i64;
    let at = if i < 0 { i + n } else { i };
    if !(0..n).contains(&at) {
        return Err(vm.index_error("pop index out of range"));
    }
    Ok(Value::Int(d.remove(at as usize) as i64))
}

fn bytearray_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "remove", 1, 1)?;
    let b = byte_value(vm, &args.args[1])?;
    if let Some(d) = bytearray_data(&args) {
        let mut d = d.borrow_mut();
        match d.iter().position(|&x| x == b) {
            Some(p) => {
                d.remove(p);
            }
            None => return Err(vm.value_error("value not found in bytearray")),
        }
    }
    Ok(Value::None)
}

fn bytearray_reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "reverse", 0, 0)?;
    if let Some(d) = bytearray_data(&args) {
        d.borrow_mut().reverse();
    }
    Ok(Value::None)
}

fn bytearray_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "clear", 0, 0)?;
    if let Some(d) = bytearray_data(&args) {
        d.borrow_mut().clear();
    }
    Ok(Value::None)
}

fn bytearray_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "copy", 0, 0)?;
    let data = bytearray_data(&args)
        .map(|d| d.borrow().clone())
        .unwrap_or_default();
    Ok(new_bytearray(vm, data))
}

pub fn new_bytearray(vm: &Vm, data: Vec<u8>) -> Value {
    Value::Obj(crate::object::PyObject::new(
        vm.types.bytearray.clone(),
        None,
        Payload::ByteArray(std::cell::RefCell::new(data)),
    ))
}

/// The methods only the mutable `bytearray` has.
/// `bytearray.__setitem__`: the assignment `b[key] = value`.
fn bytearray_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, key, value) = (&args.args[0], &args.args[1], &args.args[2]);
    if !crate::types::protocols::payload_setitem(vm, this, key, value)? {
        return Err(vm.type_error("descriptor '__setitem__' requires a 'bytearray' object"));
    }
    Ok(Value::None)
}

/// `bytearray.__delitem__`: `del b[key]`.
fn bytearray_delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !crate::types::protocols::payload_delitem(vm, &args.args[0], &args.args[1])? {
        return Err(vm.type_error("descriptor '__delitem__' requires a 'bytearray' object"));
    }
    Ok(Value::None)
}

/// `ba += other`: the bytes of `other` (bytes-like) appended to the
/// bytearray `ba`, the operator's work and `__iadd__`'s.
pub fn extend_in_place(vm: &mut Vm, ba: &Value, other: &Value) -> PyResult<()> {
    let more = match other.payload() {
        Some(Payload::Bytes(_) | Payload::ByteArray(_) | Payload::MemoryView(_)) => {
            bytes_of(vm, other)?
        }
        _ => {
            return Err(vm.type_error(format!("can't concat {} to bytearray", vm.type_name(other))));
        }
    };
    if let Some(Payload::ByteArray(d)) = ba.payload() {
        d.borrow_mut().extend_from_slice(&more);
    }
    Ok(())
}

/// `bytearray.__iadd__`: `b += other`, in place.
fn bytearray_iadd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    extend_in_place(vm, &args.args[0], &args.args[1])?;
    Ok(args.args[0].clone())
}

/// `bytearray.__imul__`: `b *= n`, in place.
fn bytearray_imul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = crate::types::slots::repeat_count(vm, &args.args[1])?;
    if let Some(d) = bytearray_data(&args) {
        let len = d.borrow().len() as i64;
        vm.check_alloc(len.saturating_mul(n), 1)?;
        let times = if len == 0 { 0 } else { n as usize };
        let copy = d.borrow().repeat(times);
        *d.borrow_mut() = copy;
    }
    Ok(args.args[0].clone())
}

/// `bytearray.__init__`: (re)fill from the constructor's arguments.
fn bytearray_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let made = construct(vm, &args.args[1..], &args.kwargs, true)?;
    let data = bytes_of(vm, &made)?;
    if let Some(d) = bytearray_data(&args) {
        *d.borrow_mut() = data;
    }
    Ok(Value::None)
}

pub static BYTEARRAY_METHODS: &[NativeFunc] = &[
    native!(
        "__init__",
        bytearray_init,
        "Initialize self.  See help(type(self)) for accurate signature."
    ),
    native!(
        "__setitem__",
        bytearray_setitem,
        "Set self[key] to value.",
        sig = "($self, key, value, /)"
    ),
    native!(
        "__delitem__",
        bytearray_delitem,
        "Delete self[key].",
        sig = "($self, key, /)"
    ),
    native!(
        "__iadd__",
        bytearray_iadd,
        "Implement self+=value.",
        sig = "($self, value, /)"
    ),
    native!(
        "__imul__",
        bytearray_imul,
        "Implement self*=value.",
        sig = "($self, value, /)"
    ),
    native!(
        "append",
        bytearray_append,
        "Append a single byte (an int in range(256)) at the end.",
        sig = "($self, item, /)"
    ),
    native!(
        "clear",
        bytearray_clear,
        "Remove every byte.",
        sig = "($self, /)"
    ),
    native!(
        "copy",
        bytearray_copy,
        "Return a shallow copy as a new bytearray.",
        sig = "($self, /)"
    ),
    native!(
        "extend",
        bytearray_extend,
        "Append the bytes of a bytes-like object or of an iterable of ints.",
        sig = "($self, iterable_of_ints, /)"
    ),
    native!(
        "insert",
        bytearray_insert,
        "Insert a single byte before the given index.",
        sig = "($self, index, item, /)"
    ),
    native!(
        "pop",
        bytearray_pop,
        "Remove and return the byte at the index (default last).",
        sig = "($self, index=-1, /)"
    ),
    native!(
        "remove",
        bytearray_remove,
        "Remove the first occurrence of a byte value; ValueError if absent.",
        sig = "($self, value, /)"
    ),
    native!(
        "reverse",
        bytearray_reverse,
        "Reverse the bytes in place.",
        sig = "($self, /)"
    ),
];

/// `bytes % args`: formatted as text over Latin-1, where every byte is
/// one character, so `%s`/`%b` of a bytes argument inserts its bytes.
/// (`%r` of a bytes argument shows it as text, without the `b` prefix.)
pub fn percent_format(vm: &mut Vm, fmt: &Value, args: &Value) -> PyResult<Value> {
    let latin1 = |b: &[u8]| -> String { b.iter().map(|&c| c as char).collect() };
    let as_text = |vm: &Vm, v: &Value| -> Value {
        match v.payload() {
            Some(Payload::Bytes(b)) => vm.new_string(latin1(b)),
            Some(Payload::ByteArray(b)) => vm.new_string(latin1(&b.borrow())),
            _ => v.clone(),
        }
    };
    let items: Vec<Value> = match args.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => vec![args.clone()],
    };
    if let Some(v) = items.iter().find(|v| v.as_str().is_some()) {
        return Err(vm.type_error(format!(
            "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
            vm.type_name(v)
        )));
    }
    let fmt_bytes = bytes_of(vm, fmt)?;
    let fmt_text = latin1(&fmt_bytes).replace("%b", "%s");
    let fmt_v = vm.new_string(fmt_text);
    let args_v = match args.payload() {
        Some(Payload::Tuple(t)) => {
            let items = t.iter().map(|v| as_text(vm, v)).collect();
            vm.new_tuple(items)
        }
        _ => as_text(vm, args),
    };
    let out = crate::types::str::percent_format(vm, &fmt_v, &args_v)?;
    let text = out.str_value().unwrap_or_default();
    let data: Vec<u8> = text.chars().map(|c| c as u8).collect();
    Ok(match fmt.payload() {
        Some(Payload::ByteArray(_)) => new_bytearray(vm, data),
        _ => vm.new_bytes(data),
    })
}

pub fn construct(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &[(Value, Value)],
    mutable: bool,
) -> PyResult<Value> {
    let name = if mutable { "bytearray" } else { "bytes" };
    let bound = Args {
        args: args.to_vec(),
        kwargs: kwargs.to_vec(),
    }
    .bind(vm, name, false, &["source", "encoding", "errors"], 0, 0)?;
    let [source, encoding, errors] = [&bound[0], &bound[1], &bound[2]];
    // A str source is encoded; anything else takes no encoding.
    if let Some(text) = source.as_ref().and_then(|s| s.str_value()) {
        let text = text.to_string();
        let Some(encoding) = encoding else {
            return Err(vm.type_error("string argument without an encoding"));
        };
        let str_arg = |vm: &Vm, v: &Value, what: &str| -> PyResult<String> {
            v.str_value().map(str::to_string).ok_or_else(|| {
                vm.type_error(format!(
                    "{name}() argument '{what}' must be str, not {}",
                    vm.arg_type_name(v)
                ))
            })
        };
        let encoding = str_arg(vm, encoding, "encoding")?;
        let errors = match errors {
            Some(e) => str_arg(vm, e, "errors")?,
            None => "strict".to_string(),
        };
        let data = crate::types::codecs::encode(vm, &text, &encoding, &errors)?;
        return Ok(if mutable {
            new_bytearray(vm, data)
        } else {
            vm.new_bytes(data)
        });
    }
    if encoding.is_some() {
        return Err(vm.type_error("encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(vm.type_error("errors without a string argument"));
    }
    let args: &[Value] = match source {
        Some(v) => std::slice::from_ref(v),
        None => &[],
    };
    // bytes(obj) asks obj.__bytes__ first.
    if !mutable
        && args.len() == 1
        && let Some(conv) = args.first().and_then(|v| vm.lookup_special(v, "__bytes__"))
    {
        let r = vm.call_unbound(&conv, &args[0], vec![args[0].clone()])?;
        if !matches!(r.payload(), Some(Payload::Bytes(_))) {
            return Err(vm.type_error(format!(
                "__bytes__ returned non-bytes (type {})",
                vm.type_name(&r)
            )));
        }
        return Ok(r);
    }
    let data: Vec<u8> = match args.first() {
        None => Vec::new(),
        Some(Value::Int(n)) => {
            if *n < 0 {
                return Err(vm.value_error("negative count"));
            }
            vm.check_alloc(*n, 1)?;
            vec![0u8; *n as usize]
        }
        Some(v) => match v.payload() {
            Some(Payload::Bytes(b)) => b.to_vec(),
            Some(Payload::ByteArray(b)) => b.borrow().clone(),
            Some(Payload::MemoryView(m)) => crate::types::memoryview::contents(vm, m)?,
            _ => {
                if vm.get_iter(v).is_err() && vm.lookup_special(v, "__index__").is_none() {
                    return Err(vm.type_error(format!(
                        "cannot convert '{}' object to {name}",
                        vm.type_name(v)
                    )));
                }
                let items = crate::vm::ops::collect_iterable(vm, v)?;
                let mut out = Vec::new();
                for it in items {
                    let n = vm.index_value(&it)?;
                    if !(0..256).contains(&n) {
                        return Err(vm.value_error("bytes must be in range(0, 256)"));
                    }
                    out.push(n as u8);
                }
                out
            }
        },
    };
    if mutable {
        Ok(new_bytearray(vm, data))
    } else {
        Ok(vm.new_bytes(data))
    }
}

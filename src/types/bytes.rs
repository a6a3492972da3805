//! `bytes` and `bytearray` (the basics).

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
        _ => Err(vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(v)
        ))),
    }
}

fn this(vm: &mut Vm, args: &Args) -> PyResult<Vec<u8>> {
    bytes_of(vm, args.args.first().unwrap_or(&Value::None))
}

fn bytes_decode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this(vm, &args)?;
    match String::from_utf8(b) {
        Ok(s) => Ok(vm.new_string(s)),
        Err(e) => {
            let pos = e.utf8_error().valid_up_to();
            let byte = e.as_bytes()[pos];
            Err(vm.new_error(
                "UnicodeDecodeError",
                format!("'utf-8' codec can't decode byte 0x{byte:02x} in position {pos}: invalid start byte"),
            ))
        }
    }
}

fn bytes_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this(vm, &args)?;
    let s: String = b.iter().map(|c| format!("{c:02x}")).collect();
    Ok(vm.new_string(s))
}

fn bytes_join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sep = this(vm, &args)?;
    let items = crate::vm::ops::collect_iterable(vm, args.args.get(1).unwrap_or(&Value::None))?;
    let mut out = Vec::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend(bytes_of(vm, it)?);
    }
    Ok(vm.new_bytes(out))
}

fn bytes_upper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this(vm, &args)?;
    Ok(vm.new_bytes(b.to_ascii_uppercase()))
}

fn bytes_lower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this(vm, &args)?;
    Ok(vm.new_bytes(b.to_ascii_lowercase()))
}

fn bytes_startswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this(vm, &args)?;
    let p = bytes_of(vm, args.args.get(1).unwrap_or(&Value::None))?;
    Ok(Value::Bool(b.starts_with(&p)))
}

fn bytes_endswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this(vm, &args)?;
    let p = bytes_of(vm, args.args.get(1).unwrap_or(&Value::None))?;
    Ok(Value::Bool(b.ends_with(&p)))
}

fn bytes_find(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this(vm, &args)?;
    let p = bytes_of(vm, args.args.get(1).unwrap_or(&Value::None))?;
    let pos = if p.is_empty() {
        Some(0)
    } else {
        b.windows(p.len()).position(|w| w == &p[..])
    };
    Ok(Value::Int(pos.map(|x| x as i64).unwrap_or(-1)))
}

fn bytearray_append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = vm.index_value(args.args.get(1).unwrap_or(&Value::None))?;
    if !(0..256).contains(&n) {
        return Err(vm.value_error("byte must be in range(0, 256)"));
    }
    if let Some(Payload::ByteArray(b)) = args.args[0].payload() {
        b.borrow_mut().push(n as u8);
    }
    Ok(Value::None)
}

pub static METHODS: &[NativeFunc] = &[
    native!(
        "decode",
        bytes_decode,
        "Decode the bytes (UTF-8) into a str."
    ),
    native!(
        "hex",
        bytes_hex,
        "Return the bytes as a string of hexadecimal digits."
    ),
    native!(
        "join",
        bytes_join,
        "Concatenate bytes-like objects with these bytes between them."
    ),
    native!(
        "upper",
        bytes_upper,
        "Return a copy with ASCII letters uppercased."
    ),
    native!(
        "lower",
        bytes_lower,
        "Return a copy with ASCII letters lowercased."
    ),
    native!(
        "startswith",
        bytes_startswith,
        "Whether the bytes start with the prefix."
    ),
    native!(
        "endswith",
        bytes_endswith,
        "Whether the bytes end with the suffix."
    ),
    native!(
        "find",
        bytes_find,
        "Lowest index of the subsequence, or -1."
    ),
];

pub static BYTEARRAY_METHODS: &[NativeFunc] = &[
    native!("append", bytearray_append, "Append a single byte."),
    native!(
        "decode",
        bytes_decode,
        "Decode the bytes (UTF-8) into a str."
    ),
    native!(
        "hex",
        bytes_hex,
        "Return the bytes as a string of hexadecimal digits."
    ),
];

pub fn construct(vm: &mut Vm, args: &[Value], mutable: bool) -> PyResult<Value> {
    let data: Vec<u8> = match args.first() {
        None => Vec::new(),
        Some(Value::Int(n)) => {
            if *n < 0 {
                return Err(vm.value_error("negative count"));
            }
            vec![0u8; *n as usize]
        }
        Some(v) if v.as_str().is_some() => {
            if args.len() < 2 {
                return Err(vm.type_error("string argument without an encoding"));
            }
            v.str_value().unwrap_or("").as_bytes().to_vec()
        }
        Some(v) => match v.payload() {
            Some(Payload::Bytes(b)) => b.to_vec(),
            Some(Payload::ByteArray(b)) => b.borrow().clone(),
            _ => {
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
        Ok(Value::Obj(crate::object::PyObject::new(
            vm.types.bytearray.clone(),
            None,
            Payload::ByteArray(std::cell::RefCell::new(data)),
        )))
    } else {
        Ok(vm.new_bytes(data))
    }
}

//! `memoryview` over `bytes` and `bytearray`: a window (start, length)
//! onto the source's bytes, read live, so writes through a view of a
//! bytearray (and to the bytearray) are seen both ways. One-dimensional,
//! format `'B'` only.

use crate::native;
use crate::object::{Payload, PyObject, Value};
use crate::vm::native::{Args, NativeFunc};
use crate::vm::{PyResult, Vm};
use std::cell::Cell;

pub struct MemoryViewData {
    pub source: Value,
    pub start: usize,
    pub len: usize,
    pub released: Cell<bool>,
    pub readonly: bool,
}

fn new_view(vm: &Vm, source: Value, start: usize, len: usize, readonly: bool) -> Value {
    Value::Obj(PyObject::new(
        vm.types.memoryview.clone(),
        None,
        Payload::MemoryView(Box::new(MemoryViewData {
            source,
            start,
            len,
            released: Cell::new(false),
            readonly,
        })),
    ))
}

/// `memoryview(obj)`.
pub fn construct(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let Some(obj) = args.first() else {
        return Err(vm.type_error("memoryview() missing required argument 'object' (pos 1)"));
    };
    match obj.payload() {
        Some(Payload::Bytes(b)) => Ok(new_view(vm, obj.clone(), 0, b.len(), true)),
        Some(Payload::ByteArray(b)) => {
            let n = b.borrow().len();
            Ok(new_view(vm, obj.clone(), 0, n, false))
        }
        Some(Payload::MemoryView(m)) => {
            live(vm, m)?;
            Ok(new_view(vm, m.source.clone(), m.start, m.len, m.readonly))
        }
        _ => Err(vm.type_error(format!(
            "memoryview: a bytes-like object is required, not '{}'",
            vm.type_name(obj)
        ))),
    }
}

fn view(args: &Args) -> Option<&MemoryViewData> {
    match args.args.first().and_then(|v| v.payload()) {
        Some(Payload::MemoryView(m)) => Some(m),
        _ => None,
    }
}

fn live(vm: &Vm, m: &MemoryViewData) -> PyResult<()> {
    if m.released.get() {
        return Err(vm.value_error("operation forbidden on released memoryview object"));
    }
    Ok(())
}

/// The bytes the view currently shows.
pub fn contents(vm: &Vm, m: &MemoryViewData) -> PyResult<Vec<u8>> {
    live(vm, m)?;
    let all: Vec<u8> = match m.source.payload() {
        Some(Payload::Bytes(b)) => b.to_vec(),
        Some(Payload::ByteArray(b)) => b.borrow().clone(),
        _ => Vec::new(),
    };
    let end = (m.start + m.len).min(all.len());
    Ok(all[m.start.min(end)..end].to_vec())
}

fn this(vm: &Vm, args: &Args) -> PyResult<(Vec<u8>, bool)> {
    match view(args) {
        Some(m) => Ok((contents(vm, m)?, m.readonly)),
        None => Err(vm.type_error("descriptor requires a 'memoryview' object")),
    }
}

fn mv_tobytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.clinic_at_most(vm, "tobytes", 1)?;
    let (data, _) = this(vm, &args)?;
    Ok(vm.new_bytes(data))
}

fn mv_tolist(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (data, _) = this(vm, &args)?;
    let items = data.into_iter().map(|b| Value::Int(b as i64)).collect();
    Ok(vm.new_list(items))
}

fn mv_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.clinic_at_most(vm, "hex", 2)?;
    let (data, _) = this(vm, &args)?;
    Ok(vm.new_string(data.iter().map(|b| format!("{b:02x}")).collect()))
}

fn mv_release(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(m) = view(&args) {
        m.released.set(true);
    }
    Ok(Value::None)
}

fn mv_toreadonly(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(m) = view(&args) else {
        return Ok(Value::None);
    };
    live(vm, m)?;
    Ok(new_view(vm, m.source.clone(), m.start, m.len, true))
}

fn mv_cast(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.clinic_at_most(vm, "cast", 2)?;
    if args.args.len() < 2 && args.kwargs.is_empty() {
        return Err(vm.type_error("cast() missing required argument 'format' (pos 1)"));
    }
    let Some(m) = view(&args) else {
        return Ok(Value::None);
    };
    live(vm, m)?;
    match args.args[1].str_value() {
        Some("B") => Ok(new_view(vm, m.source.clone(), m.start, m.len, m.readonly)),
        Some(_) => {
            Err(vm.value_error("memoryview: Anext supports only the unsigned-byte format 'B'"))
        }
        None => Err(vm.type_error(format!(
            "cast() argument 'format' must be str, not {}",
            vm.arg_type_name(&args.args[1])
        ))),
    }
}

fn mv_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (data, _) = this(vm, &args)?;
    Ok(Value::Int(data.len() as i64))
}

fn mv_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "__getitem__", 1, 1)?;
    let Some(m) = view(&args) else {
        return Ok(Value::None);
    };
    let data = contents(vm, m)?;
    let key = &args.args[1];
    if let Some(Payload::Slice(sl)) = key.payload() {
        let (start, stop, step) = crate::types::protocols::slice_indices(vm, sl, data.len())?;
        if step != 1 {
            return Err(vm.new_error(
                "NotImplementedError",
                "memoryview: Anext supports only contiguous slices (step 1)",
            ));
        }
        let len = (stop - start).max(0) as usize;
        let start = start.max(0) as usize;
        return Ok(new_view(
            vm,
            m.source.clone(),
            m.start + start,
            len,
            m.readonly,
        ));
    }
    let i = vm.index_value(key)?;
    let n = data.len() as i64;
    let at = if i < 0 { i + n } else { i };
    if !(0..n).contains(&at) {
        return Err(vm.index_error("index out of bounds on dimension 1"));
    }
    Ok(Value::Int(data[at as usize] as i64))
}

fn mv_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "__setitem__", 2, 2)?;
    let Some(m) = view(&args) else {
        return Ok(Value::None);
    };
    live(vm, m)?;
    if m.readonly {
        return Err(vm.type_error("cannot modify read-only memory"));
    }
    let i = vm.index_value(&args.args[1])?;
    let n = m.len as i64;
    let at = if i < 0 { i + n } else { i };
    if !(0..n).contains(&at) {
        return Err(vm.index_error("index out of bounds on dimension 1"));
    }
    let b = vm.index_value(&args.args[2])?;
    if !(0..256).contains(&b) {
        return Err(vm.value_error("memoryview: invalid value for format 'B'"));
    }
    if let Some(Payload::ByteArray(data)) = m.source.payload()
        && let Some(slot) = data.borrow_mut().get_mut(m.start + at as usize)
    {
        *slot = b as u8;
    }
    Ok(Value::None)
}

fn mv_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (data, _) = this(vm, &args)?;
    let other = &args.args[1];
    let theirs = match other.payload() {
        Some(Payload::MemoryView(o)) => contents(vm, o)?,
        Some(Payload::Bytes(_) | Payload::ByteArray(_)) => {
            crate::types::bytes::bytes_of(vm, other)?
        }
        _ => return Ok(vm.not_implemented.clone()),
    };
    Ok(Value::bool(data == theirs))
}

fn mv_enter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(m) = view(&args) {
        live(vm, m)?;
    }
    Ok(args.args[0].clone())
}

fn mv_exit(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(m) = view(&args) {
        m.released.set(true);
    }
    Ok(Value::FALSE)
}

fn mv_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let id = args.args[0].id();
    let state = match view(&args) {
        Some(m) if m.released.get() => "released ",
        _ => "",
    };
    Ok(vm.new_string(format!("<{state}memory at {id:#x}>")))
}

pub static METHODS: &[NativeFunc] = &[
    native!(
        "tobytes",
        mv_tobytes,
        "Return the viewed bytes as a new bytes object.",
        sig = "($self, /, order='C')"
    ),
    native!(
        "tolist",
        mv_tolist,
        "Return the viewed bytes as a list of ints.",
        sig = "($self, /)"
    ),
    native!(
        "hex",
        mv_hex,
        "Return the viewed bytes as hexadecimal digits.",
        sig = "($self, /, sep=<unrepresentable>, bytes_per_sep=1)"
    ),
    native!(
        "release",
        mv_release,
        "Release the view; using it afterwards raises ValueError.",
        sig = "($self, /)"
    ),
    native!(
        "toreadonly",
        mv_toreadonly,
        "Return a read-only view of the same memory.",
        sig = "($self, /)"
    ),
    native!(
        "cast",
        mv_cast,
        "Return a view with another format (only 'B' is supported).",
        sig = "($self, /, format, shape=<unrepresentable>)"
    ),
    native!("__len__", mv_len, "Return the number of viewed bytes."),
    native!(
        "__getitem__",
        mv_getitem,
        "Return one byte as an int, or a view of a slice."
    ),
    native!(
        "__setitem__",
        mv_setitem,
        "Store one byte through a writable view."
    ),
    native!(
        "__eq__",
        mv_eq,
        "Compare the viewed bytes with another buffer."
    ),
    native!(
        "__enter__",
        mv_enter,
        "Return the view itself.",
        sig = "($self, /)"
    ),
    native!(
        "__exit__",
        mv_exit,
        "Release the view.",
        sig = "($self, /, *exc_info)"
    ),
    native!("__repr__", mv_repr, "Return repr(self)."),
];

/// Data attributes of a view, for `attrs::special_getattr`.
pub fn attr(vm: &mut Vm, m: &MemoryViewData, name: &str) -> PyResult<Option<Value>> {
    if name != "obj"
        && name != "readonly"
        && name != "nbytes"
        && name != "format"
        && name != "itemsize"
        && name != "ndim"
        && name != "shape"
        && name != "strides"
        && name != "suboffsets"
        && !name.ends_with("contiguous")
    {
        return Ok(None);
    }
    live(vm, m)?;
    let n = Value::Int(m.len as i64);
    Ok(Some(match name {
        "obj" => m.source.clone(),
        "readonly" => Value::bool(m.readonly),
        "nbytes" => n,
        "format" => vm.new_str("B"),
        "itemsize" | "ndim" => Value::Int(1),
        "shape" => vm.new_tuple(vec![n]),
        "strides" => vm.new_tuple(vec![Value::Int(1)]),
        "suboffsets" => vm.empty_tuple.clone(),
        _ => Value::TRUE,
    }))
}

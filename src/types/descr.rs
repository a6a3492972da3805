//! Data descriptors of built-in types (`getset_descriptor`,
//! `member_descriptor`): `int.real`, `range.start`, `generator.gi_frame`,
//! `OSError.errno`, ... They make these attributes visible on the class
//! (`dir()`, `vars()`, `inspect`), with names, docstrings and reprs.
//!
//! Reading the attribute on an instance does not go through them: the
//! attribute path reads the instance's built-in data first
//! (`attrs::special_getattr`), then its `__dict__` (exceptions keep their
//! extra fields there); the descriptor's `__get__` runs only when both
//! miss, and then supplies the default.

use crate::native;
use crate::object::{ObjRef, Payload, PyObject, Value};
use crate::vm::native::{Args, NativeFunc};
use crate::vm::{PyResult, Vm};

/// One data attribute of a built-in type.
pub struct DataAttr {
    pub name: &'static str,
    pub doc: &'static str,
    /// `member_descriptor` (a stored field) rather than `getset_descriptor`
    /// (a computed one): only the type name and repr differ.
    pub member: bool,
}

/// The descriptor object's data: which attribute, of which class.
pub struct AttrDescrData {
    pub attr: &'static DataAttr,
    pub owner: ObjRef,
    /// For the member descriptors made for a class's `__slots__`: the slot
    /// name (`attr` is then `SLOT_MEMBER`). The slot's value lives in the
    /// instance's hidden `__dict__` under that name.
    pub slot: Option<std::rc::Rc<str>>,
}

impl AttrDescrData {
    pub fn name(&self) -> &str {
        self.slot.as_deref().unwrap_or(self.attr.name)
    }
}

/// What every `__slots__` member descriptor points at.
pub static SLOT_MEMBER: DataAttr = member("", "");

/// A member descriptor for slot `name` of class `owner`.
pub fn slot_member(vm: &Vm, owner: &ObjRef, name: &str) -> Value {
    Value::Obj(PyObject::new(
        vm.types.member_descriptor.clone(),
        None,
        Payload::AttrDescr(Box::new(AttrDescrData {
            attr: &SLOT_MEMBER,
            owner: owner.clone(),
            slot: Some(std::rc::Rc::from(name)),
        })),
    ))
}

/// Read slot `name` of `obj` (its hidden dict); unset is AttributeError.
pub fn slot_get(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Value> {
    if let Value::Obj(o) = obj
        && let Some(dict) = o.inst_dict()
        && let Some(v) = vm.dict_get_str(dict, name)
    {
        return Ok(v);
    }
    Err(vm.attribute_error(format!(
        "'{}' object has no attribute '{name}'",
        vm.type_name(obj)
    )))
}

fn check_slot_owner(vm: &Vm, d: &AttrDescrData, obj: &Value) -> PyResult<()> {
    if vm.isinstance(obj, &d.owner) {
        return Ok(());
    }
    Err(vm.type_error(format!(
        "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
        d.name(),
        crate::types::typeobj::type_name(&d.owner),
        vm.type_name(obj)
    )))
}

const fn getset(name: &'static str, doc: &'static str) -> DataAttr {
    DataAttr {
        name,
        doc,
        member: false,
    }
}

const fn member(name: &'static str, doc: &'static str) -> DataAttr {
    DataAttr {
        name,
        doc,
        member: true,
    }
}

const UNICODE_ERROR_FIELDS: &[DataAttr] = &[
    member("encoding", "The name of the codec that failed."),
    member("end", "The index just past the bad data."),
    member("object", "The text or bytes the codec was working on."),
    member("reason", "What went wrong, in words."),
    member("start", "The index of the first bad item."),
];

const GEN_FIELDS: &[DataAttr] = &[
    getset("__name__", "name of the generator"),
    getset("__qualname__", "qualified name of the generator"),
    getset("gi_code", "The code object of the generator's body."),
    getset(
        "gi_frame",
        "The generator's frame, or None once it has finished.",
    ),
    getset("gi_running", "True while the generator is executing."),
    getset(
        "gi_suspended",
        "True while the generator is paused at a yield.",
    ),
    getset(
        "gi_yieldfrom",
        "The iterator a yield from is delegating to, or None.",
    ),
];

const CORO_FIELDS: &[DataAttr] = &[
    getset("__name__", "name of the coroutine"),
    getset("__qualname__", "qualified name of the coroutine"),
    getset(
        "cr_await",
        "The object this coroutine is awaiting, or None.",
    ),
    getset("cr_code", "The code object of the coroutine's body."),
    getset(
        "cr_frame",
        "The coroutine's frame, or None once it has finished.",
    ),
    member(
        "cr_origin",
        "Where the coroutine was created, when origin tracking is on; else None.",
    ),
    getset("cr_running", "True while the coroutine is executing."),
    getset(
        "cr_suspended",
        "True while the coroutine is paused at an await.",
    ),
];

const AGEN_FIELDS: &[DataAttr] = &[
    getset("__name__", "name of the async generator"),
    getset("__qualname__", "qualified name of the async generator"),
    getset(
        "ag_await",
        "The object this async generator is awaiting, or None.",
    ),
    getset("ag_code", "The code object of the async generator's body."),
    getset(
        "ag_frame",
        "The async generator's frame, or None once it has finished.",
    ),
    member("ag_running", "True while the async generator is executing."),
    getset(
        "ag_suspended",
        "True while the async generator is paused at a yield or await.",
    ),
];

const REAL_PARTS: &[DataAttr] = &[
    getset("imag", "The imaginary part: always zero for a real number."),
    getset("real", "The real part: the number itself."),
];

const INT_PARTS: &[DataAttr] = &[
    getset("denominator", "The denominator in lowest terms: always 1."),
    getset("imag", "The imaginary part: always zero for a real number."),
    getset(
        "numerator",
        "The numerator in lowest terms: the integer itself.",
    ),
    getset("real", "The real part: the integer itself."),
];

const RANGE_FIELDS: &[DataAttr] = &[
    member("start", "The first value (inclusive)."),
    member("step", "The difference between consecutive values."),
    member("stop", "The bound the values stop before (exclusive)."),
];

const SLICE_FIELDS: &[DataAttr] = &[
    member("start", "The start index, or None."),
    member("step", "The step, or None."),
    member("stop", "The stop index, or None."),
];

const VIEW_FIELDS: &[DataAttr] = &[getset("mapping", "The dict this view looks at.")];

/// (type name, its data attributes). Exception types are found by name
/// among the built-in exceptions, other types among `Types`.
pub const DATA_ATTRS: &[(&str, &[DataAttr])] = &[
    (
        "Future",
        &[
            getset(
                "_asyncio_future_blocking",
                "True while a task waits on the future it yielded.",
            ),
            getset(
                "_callbacks",
                "The done callbacks, as (callback, context) pairs.",
            ),
            getset(
                "_cancel_message",
                "The message the future was cancelled with.",
            ),
            getset(
                "_exception",
                "The exception the future finished with, or None.",
            ),
            getset(
                "_log_traceback",
                "True while a stored exception has not been retrieved.",
            ),
            getset("_loop", "The event loop the future belongs to."),
            getset("_result", "The result the future finished with."),
            getset(
                "_source_traceback",
                "Where the future was made (debug mode only).",
            ),
            getset("_state", "PENDING, CANCELLED or FINISHED."),
        ],
    ),
    (
        "Task",
        &[
            getset("_coro", "The coroutine the task drives."),
            getset("_fut_waiter", "The future the task waits for, or None."),
            getset("_log_destroy_pending", "Whether dying pending is reported."),
            getset(
                "_must_cancel",
                "True when the task is to be cancelled at its next step.",
            ),
            getset(
                "_num_cancels_requested",
                "How many cancellations are pending.",
            ),
        ],
    ),
    (
        "deque",
        &[getset(
            "maxlen",
            "maximum size of a deque or None if unbounded",
        )],
    ),
    (
        "BaseException",
        &[getset(
            "args",
            "The arguments the exception was created with, as a tuple.",
        )],
    ),
    (
        "AttributeError",
        &[
            member("name", "The name of the missing attribute."),
            member("obj", "The object that lacks the attribute."),
        ],
    ),
    (
        "BaseExceptionGroup",
        &[
            member("exceptions", "The tuple of exceptions in the group."),
            member("message", "The message the group was created with."),
        ],
    ),
    (
        "OSError",
        &[
            getset(
                "characters_written",
                "How many characters were written before a non-blocking write stopped.",
            ),
            member("errno", "The operating system's error number."),
            member("filename", "The file name involved, if any."),
            member("filename2", "The second file name involved, if any."),
            member(
                "strerror",
                "The operating system's description of the error.",
            ),
        ],
    ),
    (
        "ImportError",
        &[
            member("msg", "The error message."),
            member("name", "The name of the module being imported."),
            member("name_from", "The name being imported from the module."),
            member("path", "The path of the file that failed to import."),
        ],
    ),
    (
        "NameError",
        &[member("name", "The name that is not defined.")],
    ),
    (
        "StopIteration",
        &[member(
            "value",
            "The value the finished generator returned.",
        )],
    ),
    (
        "SyntaxError",
        &[
            member("end_lineno", "The line where the error ends."),
            member("end_offset", "The column where the error ends."),
            member("filename", "The file the error is in."),
            member("lineno", "The line of the error."),
            member("msg", "The error message."),
            member("offset", "The column of the error."),
            member(
                "print_file_and_line",
                "Kept for compatibility; always None.",
            ),
            member("text", "The source line of the error."),
        ],
    ),
    (
        "SystemExit",
        &[member(
            "code",
            "The exit status or message passed to sys.exit().",
        )],
    ),
    ("UnicodeDecodeError", UNICODE_ERROR_FIELDS),
    ("UnicodeEncodeError", UNICODE_ERROR_FIELDS),
    ("UnicodeTranslateError", UNICODE_ERROR_FIELDS),
    ("generator", GEN_FIELDS),
    ("coroutine", CORO_FIELDS),
    ("async_generator", AGEN_FIELDS),
    (
        "complex",
        &[
            member("imag", "The imaginary part."),
            member("real", "The real part."),
        ],
    ),
    ("float", REAL_PARTS),
    ("int", INT_PARTS),
    ("range", RANGE_FIELDS),
    ("slice", SLICE_FIELDS),
    (
        "property",
        &[
            member("fdel", "The function that deletes the attribute, or None."),
            member("fget", "The function that reads the attribute, or None."),
            member("fset", "The function that assigns the attribute, or None."),
        ],
    ),
    (
        "super",
        &[
            member("__self__", "The instance (or class) super() binds to."),
            member(
                "__self_class__",
                "The type of the instance super() binds to.",
            ),
            member(
                "__thisclass__",
                "The class whose successors super() searches.",
            ),
        ],
    ),
    (
        "memoryview",
        &[
            getset(
                "c_contiguous",
                "Whether the memory is C-contiguous (always, here).",
            ),
            getset(
                "contiguous",
                "Whether the memory is contiguous (always, here).",
            ),
            getset(
                "f_contiguous",
                "Whether the memory is Fortran-contiguous (always, here).",
            ),
            getset("format", "The struct-module format of one item: 'B'."),
            getset("itemsize", "The size in bytes of one item: 1."),
            getset("nbytes", "The number of bytes viewed."),
            getset("ndim", "The number of dimensions: 1."),
            getset("obj", "The object whose memory is viewed."),
            getset("readonly", "Whether the view refuses writes."),
            getset("shape", "The length of each dimension, as a tuple."),
            getset(
                "strides",
                "The step in bytes along each dimension, as a tuple.",
            ),
            getset("suboffsets", "Kept for the buffer protocol; always ()."),
        ],
    ),
    // CPython gives these no docstrings (an empty doc reads as None).
    (
        "code",
        &[
            member("co_argcount", ""),
            getset("co_cellvars", ""),
            member("co_consts", ""),
            member("co_filename", ""),
            member("co_firstlineno", ""),
            member("co_flags", ""),
            getset("co_freevars", ""),
            member("co_kwonlyargcount", ""),
            member("co_name", ""),
            member("co_names", ""),
            member("co_nlocals", ""),
            member("co_posonlyargcount", ""),
            member("co_qualname", ""),
            member("co_stacksize", ""),
            getset("co_varnames", ""),
        ],
    ),
    (
        "traceback",
        &[
            member("tb_frame", ""),
            member("tb_lasti", ""),
            getset("tb_lineno", ""),
            getset("tb_next", ""),
        ],
    ),
    ("dict_keys", VIEW_FIELDS),
    ("dict_values", VIEW_FIELDS),
    ("dict_items", VIEW_FIELDS),
];

/// Put every declared data descriptor into its type's namespace.
pub fn install(vm: &mut Vm) {
    let all = vm.types.all();
    for (type_name, attrs) in DATA_ATTRS {
        let cls = vm.types.exc.get(*type_name).cloned().or_else(|| {
            all.iter()
                .find(|c| &*crate::types::typeobj::type_name(c) == *type_name)
                .cloned()
        });
        let Some(cls) = cls else {
            continue;
        };
        for attr in *attrs {
            let descr_cls = if attr.member {
                vm.types.member_descriptor.clone()
            } else {
                vm.types.getset_descriptor.clone()
            };
            let d = PyObject::new(
                descr_cls,
                None,
                Payload::AttrDescr(Box::new(AttrDescrData {
                    attr,
                    owner: cls.clone(),
                    slot: None,
                })),
            );
            crate::types::typeobj::defer_attr(
                vm,
                &cls,
                crate::types::deferred::Pending::Attr(attr.name, Value::Obj(d)),
            );
        }
    }
}

fn descr_of(args: &Args) -> Option<&AttrDescrData> {
    match args.args.first().and_then(|v| v.payload()) {
        Some(Payload::AttrDescr(d)) => Some(d),
        _ => None,
    }
}

/// `descr.__get__(obj, type=None)`: reached when neither the instance's
/// built-in data nor its `__dict__` has the attribute.
fn descr_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "__get__", 1, 2)?;
    let Some(d) = descr_of(&args) else {
        return Err(vm.type_error("descriptor '__get__' needs a data descriptor"));
    };
    let obj = args.args[1].clone();
    if obj.is_none() {
        return Ok(args.args[0].clone());
    }
    if let Some(slot) = &d.slot {
        check_slot_owner(vm, d, &obj)?;
        let slot = slot.clone();
        return slot_get(vm, &obj, &slot);
    }
    let (name, owner) = (d.attr.name, d.owner.clone());
    if !vm.isinstance(&obj, &owner) {
        return Err(vm.type_error(format!(
            "descriptor '{name}' for '{}' objects doesn't apply to a '{}' object",
            crate::types::typeobj::type_name(&owner),
            vm.type_name(&obj)
        )));
    }
    if let Some(v) = crate::types::special_getattr(vm, &obj, name)? {
        return Ok(v);
    }
    if let Value::Obj(o) = &obj {
        if let Some(dict) = o.inst_dict()
            && let Some(v) = vm.dict_get_str(dict, name)
        {
            return Ok(v);
        }
        // Exception fields that were never set read as None.
        if matches!(o.payload, Payload::Exception(_)) && name != "characters_written" {
            return Ok(Value::None);
        }
    }
    Err(vm.attribute_error(name.to_string()))
}

/// `descr.__set__(obj, value)`: exception fields are stored in the
/// instance; every other built-in data attribute is read-only.
fn descr_set(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "__set__", 2, 2)?;
    let Some(d) = descr_of(&args) else {
        return Err(vm.type_error("descriptor '__set__' needs a data descriptor"));
    };
    if let Some(slot) = &d.slot {
        check_slot_owner(vm, d, &args.args[1])?;
        if let Value::Obj(o) = &args.args[1]
            && let Some(dict) = &vm.inst_dict_for_write(o)
        {
            vm.dict_set_str(dict, slot, args.args[2].clone());
        }
        return Ok(Value::None);
    }
    let name = d.attr.name;
    if let Value::Obj(o) = &args.args[1]
        && matches!(o.payload, Payload::Future(_))
        && crate::types::special_setattr(vm, o, name, &args.args[2])?
    {
        return Ok(Value::None);
    }
    if let Value::Obj(o) = &args.args[1]
        && matches!(o.payload, Payload::Exception(_))
    {
        vm.generic_setattr(&args.args[1].clone(), name, args.args[2].clone())?;
        return Ok(Value::None);
    }
    Err(vm.attribute_error(format!(
        "attribute '{name}' of '{}' objects is not writable",
        vm.type_name(&args.args[1])
    )))
}

/// `descr.__delete__(obj)`: empties a slot; built-in data cannot be deleted.
fn descr_delete(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "__delete__", 1, 1)?;
    let Some(d) = descr_of(&args) else {
        return Err(vm.type_error("descriptor '__delete__' needs a data descriptor"));
    };
    let obj = &args.args[1];
    let Some(slot) = &d.slot else {
        return Err(vm.attribute_error(format!(
            "attribute '{}' of '{}' objects is not writable",
            d.attr.name,
            vm.type_name(obj)
        )));
    };
    check_slot_owner(vm, d, obj)?;
    let removed = match obj {
        Value::Obj(o) => match o.inst_dict() {
            Some(dict) => vm.dict_del_str(dict, slot),
            None => false,
        },
        _ => false,
    };
    if !removed {
        return Err(vm.attribute_error(slot.to_string()));
    }
    Ok(Value::None)
}

pub static METHODS: &[NativeFunc] = &[
    native!(
        "__get__",
        descr_get,
        "Return the attribute of the instance, or the descriptor itself when read from the class."
    ),
    native!(
        "__set__",
        descr_set,
        "Assign the attribute of the instance, where it is writable."
    ),
    native!(
        "__delete__",
        descr_delete,
        "Delete the attribute of the instance (slots only)."
    ),
];

/// `<attribute 'real' of 'float' objects>` / `<member 'start' of 'range' objects>`.
pub fn repr(d: &AttrDescrData) -> String {
    let kind = if d.attr.member { "member" } else { "attribute" };
    format!(
        "<{kind} '{}' of '{}' objects>",
        d.name(),
        crate::types::typeobj::tp_name(&d.owner)
    )
}

/// The descriptor's own attributes: `__name__`, `__qualname__`,
/// `__doc__`, `__objclass__`.
pub fn own_attr(vm: &mut Vm, d: &AttrDescrData, name: &str) -> Option<Value> {
    Some(match name {
        "__name__" => vm.new_str(d.name()),
        "__qualname__" => vm.new_string(format!(
            "{}.{}",
            crate::types::typeobj::type_qualname(&d.owner),
            d.name()
        )),
        "__doc__" if d.slot.is_some() || d.attr.doc.is_empty() => Value::None,
        "__doc__" => vm.new_str(d.attr.doc),
        "__objclass__" => Value::Obj(d.owner.clone()),
        _ => return None,
    })
}

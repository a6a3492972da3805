//! The built-in types: their type objects (`Types`) and, one file per
//! type, their methods.

pub mod attrs;
pub mod bytes;
pub mod bytes_methods;
pub mod codecs;
pub mod deferred;
pub mod deque;
pub mod descr;
pub mod dict;
pub mod docs;
pub mod exceptions;
pub mod float;
pub mod function;
pub mod int;
pub mod io;
pub mod iter;
pub mod list;
pub mod memoryview;
pub mod module;
pub mod object;
pub mod protocols;
pub mod repr;
pub mod set;
pub mod slots;
pub mod str;
pub mod str_format;
pub mod tuple;
pub mod typeobj;
pub mod weakref;

use crate::object::{BaseKind, ObjRef, Value};
use crate::vm::Vm;
pub use attrs::{special_getattr, special_setattr};
use deferred::Pending;
use hashbrown::HashMap;
pub use protocols::{
    builtin_binop, builtin_contains, builtin_delitem, builtin_getitem, builtin_hash, builtin_repr,
    builtin_setitem, fast_compare, is_mapping, is_sequence, match_class, match_keys,
};
use typeobj::{new_static_type, set_bases};

pub struct Types {
    pub type_: ObjRef,
    pub object: ObjRef,
    pub dict: ObjRef,
    pub str: ObjRef,
    pub int: ObjRef,
    pub bool_: ObjRef,
    pub float: ObjRef,
    pub complex: ObjRef,
    pub bytes: ObjRef,
    pub bytearray: ObjRef,
    pub tuple: ObjRef,
    pub list: ObjRef,
    pub deque: ObjRef,
    /// asyncio's `_asyncio.Future` and `_asyncio.Task`.
    pub future: ObjRef,
    pub task: ObjRef,
    /// asyncio's `Handle` and `TimerHandle`.
    pub handle: ObjRef,
    pub timer_handle: ObjRef,
    pub set: ObjRef,
    pub frozenset: ObjRef,
    pub range: ObjRef,
    pub slice: ObjRef,
    pub none_type: ObjRef,
    pub not_implemented_type: ObjRef,
    pub ellipsis_type: ObjRef,
    pub function: ObjRef,
    pub method: ObjRef,
    pub builtin_function: ObjRef,
    pub method_descriptor: ObjRef,
    pub classmethod_descriptor: ObjRef,
    pub module: ObjRef,
    pub cell: ObjRef,
    pub code: ObjRef,
    pub generator: ObjRef,
    pub coroutine: ObjRef,
    pub async_generator: ObjRef,
    pub ag_asend: ObjRef,
    pub coroutine_wrapper: ObjRef,
    pub weakref: ObjRef,
    pub frame: ObjRef,
    pub wrapper_descriptor: ObjRef,
    pub ag_athrow: ObjRef,
    pub property: ObjRef,
    pub classmethod: ObjRef,
    pub staticmethod: ObjRef,
    pub super_: ObjRef,
    pub traceback: ObjRef,
    pub text_io: ObjRef,
    pub wrapper: ObjRef,
    pub getset_descriptor: ObjRef,
    pub memoryview: ObjRef,
    pub member_descriptor: ObjRef,
    /// Iterator types by name (`list_iterator`, `range_iterator`, ...).
    pub iterators: HashMap<&'static str, ObjRef>,
    /// `list_iterator`, `tuple_iterator` and `range_iterator`, the
    /// commonest, for `get_iter` to make without a lookup by name.
    pub seq_iterators: [ObjRef; 3],
    /// Exception classes by name.
    pub exc: HashMap<&'static str, ObjRef>,
    pub base_exception: ObjRef,
}

/// The exception hierarchy: (name, base).
pub const EXCEPTIONS: &[(&str, &str)] = &[
    ("BaseException", ""),
    ("BaseExceptionGroup", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("SystemExit", "BaseException"),
    ("Exception", "BaseException"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ExceptionGroup", "BaseExceptionGroup"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("FileExistsError", "OSError"),
    ("FileNotFoundError", "OSError"),
    ("InterruptedError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("PermissionError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("TimeoutError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("PythonFinalizationError", "RuntimeError"),
    ("StopAsyncIteration", "Exception"),
    ("StopIteration", "Exception"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("UnicodeTranslateError", "UnicodeError"),
    ("Warning", "Exception"),
    ("BytesWarning", "Warning"),
    ("DeprecationWarning", "Warning"),
    ("EncodingWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("UserWarning", "Warning"),
];

impl Types {
    pub fn bootstrap() -> Types {
        let (type_, object, dict) = typeobj::bootstrap_core();
        let t = |name: &str, base: &ObjRef, kind: BaseKind| {
            new_static_type(&type_, &dict, name, Some(base), kind)
        };
        let int = t("int", &object, BaseKind::Int);
        let bool_ = t("bool", &int, BaseKind::Bool);
        let str_ = t("str", &object, BaseKind::Str);
        let mut iterators = HashMap::new();
        for name in ITERATOR_TYPES.iter().chain(DICT_VIEW_TYPES) {
            iterators.insert(*name, t(name, &object, BaseKind::Other));
        }
        let seq_iterators = ["list_iterator", "tuple_iterator", "range_iterator"]
            .map(|n| iterators.get(n).cloned().unwrap_or_else(|| object.clone()));
        let base_exception = t("BaseException", &object, BaseKind::Exception);
        let future = t("Future", &object, BaseKind::Future);
        let handle = t("Handle", &object, BaseKind::Handle);
        let mut exc = HashMap::new();
        exc.insert("BaseException", base_exception.clone());
        for (name, base) in EXCEPTIONS.iter().skip(1) {
            let b = exc
                .get(base)
                .cloned()
                .unwrap_or_else(|| base_exception.clone());
            let cls = new_static_type(&type_, &dict, name, Some(&b), BaseKind::Exception);
            exc.insert(*name, cls);
        }
        // ExceptionGroup is also an Exception.
        if let (Some(eg), Some(e), Some(beg)) = (
            exc.get("ExceptionGroup"),
            exc.get("Exception"),
            exc.get("BaseExceptionGroup"),
        ) {
            set_bases(eg, vec![beg.clone(), e.clone()]);
        }
        Types {
            int,
            bool_,
            str: str_,
            float: t("float", &object, BaseKind::Float),
            complex: t("complex", &object, BaseKind::Complex),
            bytes: t("bytes", &object, BaseKind::Bytes),
            bytearray: t("bytearray", &object, BaseKind::ByteArray),
            tuple: t("tuple", &object, BaseKind::Tuple),
            list: t("list", &object, BaseKind::List),
            deque: t("deque", &object, BaseKind::Deque),
            future: future.clone(),
            task: new_static_type(&type_, &dict, "Task", Some(&future), BaseKind::Task),
            timer_handle: new_static_type(
                &type_,
                &dict,
                "TimerHandle",
                Some(&handle),
                BaseKind::Handle,
            ),
            handle,
            set: t("set", &object, BaseKind::Set),
            frozenset: t("frozenset", &object, BaseKind::FrozenSet),
            range: t("range", &object, BaseKind::Other),
            slice: t("slice", &object, BaseKind::Other),
            none_type: t("NoneType", &object, BaseKind::Other),
            not_implemented_type: t("NotImplementedType", &object, BaseKind::Other),
            ellipsis_type: t("ellipsis", &object, BaseKind::Other),
            function: t("function", &object, BaseKind::Other),
            method: t("method", &object, BaseKind::Other),
            builtin_function: t("builtin_function_or_method", &object, BaseKind::Other),
            method_descriptor: t("method_descriptor", &object, BaseKind::Other),
            classmethod_descriptor: t("classmethod_descriptor", &object, BaseKind::Other),
            module: t("module", &object, BaseKind::Object),
            cell: t("cell", &object, BaseKind::Other),
            code: t("code", &object, BaseKind::Other),
            generator: t("generator", &object, BaseKind::Other),
            coroutine: t("coroutine", &object, BaseKind::Other),
            async_generator: t("async_generator", &object, BaseKind::Other),
            ag_asend: t("async_generator_asend", &object, BaseKind::Other),
            coroutine_wrapper: t("coroutine_wrapper", &object, BaseKind::Other),
            weakref: t("ReferenceType", &object, BaseKind::WeakRef),
            frame: t("frame", &object, BaseKind::Other),
            wrapper_descriptor: t("wrapper_descriptor", &object, BaseKind::Other),
            ag_athrow: t("async_generator_athrow", &object, BaseKind::Other),
            property: t("property", &object, BaseKind::Property),
            classmethod: t("classmethod", &object, BaseKind::Other),
            staticmethod: t("staticmethod", &object, BaseKind::Other),
            super_: t("super", &object, BaseKind::Other),
            traceback: t("traceback", &object, BaseKind::Other),
            text_io: t("TextIOWrapper", &object, BaseKind::Other),
            wrapper: t("method-wrapper", &object, BaseKind::Other),
            getset_descriptor: t("getset_descriptor", &object, BaseKind::Other),
            memoryview: t("memoryview", &object, BaseKind::Other),
            member_descriptor: t("member_descriptor", &object, BaseKind::Other),
            iterators,
            seq_iterators,
            exc,
            base_exception,
            type_,
            object,
            dict,
        }
    }

    /// Every static type: the named ones, the iterator classes and the
    /// exceptions.
    pub fn all(&self) -> Vec<ObjRef> {
        let mut out = vec![
            self.type_.clone(),
            self.object.clone(),
            self.dict.clone(),
            self.str.clone(),
            self.int.clone(),
            self.bool_.clone(),
            self.float.clone(),
            self.complex.clone(),
            self.bytes.clone(),
            self.bytearray.clone(),
            self.tuple.clone(),
            self.list.clone(),
            self.deque.clone(),
            self.future.clone(),
            self.task.clone(),
            self.handle.clone(),
            self.timer_handle.clone(),
            self.set.clone(),
            self.frozenset.clone(),
            self.range.clone(),
            self.slice.clone(),
            self.none_type.clone(),
            self.not_implemented_type.clone(),
            self.ellipsis_type.clone(),
            self.function.clone(),
            self.method.clone(),
            self.builtin_function.clone(),
            self.method_descriptor.clone(),
            self.classmethod_descriptor.clone(),
            self.module.clone(),
            self.cell.clone(),
            self.code.clone(),
            self.generator.clone(),
            self.coroutine.clone(),
            self.async_generator.clone(),
            self.ag_asend.clone(),
            self.coroutine_wrapper.clone(),
            self.weakref.clone(),
            self.frame.clone(),
            self.wrapper_descriptor.clone(),
            self.ag_athrow.clone(),
            self.property.clone(),
            self.classmethod.clone(),
            self.staticmethod.clone(),
            self.super_.clone(),
            self.traceback.clone(),
            self.text_io.clone(),
            self.wrapper.clone(),
            self.getset_descriptor.clone(),
            self.member_descriptor.clone(),
            self.memoryview.clone(),
        ];
        out.extend(self.iterators.values().cloned());
        out.extend(self.exc.values().cloned());
        out
    }

    pub fn iter_type(&self, name: &str) -> ObjRef {
        self.iterators
            .get(name)
            .cloned()
            .unwrap_or_else(|| self.object.clone())
    }
}

/// The built-in iterator classes: each gets `__iter__`/`__next__`.
const ITERATOR_TYPES: &[&str] = &[
    "list_iterator",
    "list_reverseiterator",
    "_deque_iterator",
    "_deque_reverse_iterator",
    "FutureIter",
    "tuple_iterator",
    "range_iterator",
    "str_ascii_iterator",
    "str_iterator",
    "dict_keyiterator",
    "dict_valueiterator",
    "dict_itemiterator",
    "dict_reversekeyiterator",
    "dict_reversevalueiterator",
    "dict_reverseitemiterator",
    "set_iterator",
    "bytes_iterator",
    "callable_iterator",
    "iterator",
    "enumerate",
    "zip",
    "map",
    "filter",
    "reversed",
];

/// Dict views, kept beside the iterator classes (same registry).
const DICT_VIEW_TYPES: &[&str] = &["dict_keys", "dict_values", "dict_items"];

/// Put every built-in type's native methods into its namespace.
/// The built-in exceptions whose `__new__` is their base's in CPython
/// (every other exception class has its own).
const INHERITED_NEW_EXCEPTIONS: &[&str] = &[
    "AttributeError",
    "BlockingIOError",
    "BrokenPipeError",
    "ChildProcessError",
    "ConnectionAbortedError",
    "ConnectionError",
    "ConnectionRefusedError",
    "ConnectionResetError",
    "ExceptionGroup",
    "FileExistsError",
    "FileNotFoundError",
    "ImportError",
    "IndentationError",
    "InterruptedError",
    "IsADirectoryError",
    "KeyError",
    "ModuleNotFoundError",
    "NameError",
    "NotADirectoryError",
    "PermissionError",
    "ProcessLookupError",
    "StopIteration",
    "SyntaxError",
    "SystemExit",
    "TabError",
    "TimeoutError",
    "UnboundLocalError",
    "_IncompleteInputError",
];

/// Shortcuts for the commonest calls of built-in classes (`FastFn`):
/// `type(x)`, and `int`, `float`, `str`, `bool` of a value they take as
/// it is or convert without running Python code.
pub fn install_fast_calls(vm: &Vm) {
    let t = &vm.types;
    let pairs: [(&ObjRef, crate::vm::native::FastFn); 5] = [
        (&t.type_, type_fast),
        (&t.int, int_fast),
        (&t.float, float_fast),
        (&t.str, str_fast),
        (&t.bool_, bool_fast),
    ];
    for (cls, f) in pairs {
        if let Some(td) = cls.type_data() {
            td.fast_call.set(Some(f));
        }
    }
}

fn type_fast(vm: &mut Vm, args: &[Value]) -> Option<Value> {
    let [v] = args else { return None };
    Some(Value::Obj(vm.type_of(v)))
}

fn int_fast(_vm: &mut Vm, args: &[Value]) -> Option<Value> {
    match args {
        [Value::Int(i)] => Some(Value::Int(*i)),
        [Value::Bool(b)] => Some(Value::Int(b.get() as i64)),
        [Value::Float(f)] => {
            let t = f.get().trunc();
            // Within i64 and exactly representable; the rest (huge, inf,
            // nan) is the full path's.
            (t.abs() < 9.0e15).then_some(Value::Int(t as i64))
        }
        [s] => {
            // Plain decimal digits with an optional sign; whitespace,
            // underscores and other digits are the full path's.
            let s = str::exact_str(s)?;
            let digits = s.strip_prefix(['+', '-']).unwrap_or(s);
            if digits.is_empty() || digits.len() > 18 || !digits.bytes().all(|b| b.is_ascii_digit())
            {
                return None;
            }
            s.parse::<i64>().ok().map(Value::Int)
        }
        _ => None,
    }
}

fn float_fast(_vm: &mut Vm, args: &[Value]) -> Option<Value> {
    match args {
        [Value::Float(f)] => Some(Value::Float(*f)),
        [Value::Int(i)] => Some(Value::float(*i as f64)),
        [Value::Bool(b)] => Some(Value::float(b.get() as i64 as f64)),
        _ => None,
    }
}

fn str_fast(vm: &mut Vm, args: &[Value]) -> Option<Value> {
    match args {
        [s] if str::exact_str(s).is_some() => Some(s.clone()),
        [Value::Int(i)] => Some(vm.new_string(i.to_string())),
        _ => None,
    }
}

fn bool_fast(_vm: &mut Vm, args: &[Value]) -> Option<Value> {
    let [v] = args else { return None };
    let truth = match v {
        Value::None => false,
        Value::Bool(b) => b.get(),
        Value::Int(i) => *i != 0,
        Value::Float(f) => f.get() != 0.0,
        Value::Obj(o) => {
            if o.class().type_data()?.heap {
                return None;
            }
            crate::types::slots::payload_len(v)? != 0
        }
    };
    Some(Value::bool(truth))
}

pub fn install_methods(vm: &mut Vm) {
    let t = &vm.types;
    let tables: Vec<(ObjRef, &'static [crate::vm::native::NativeFunc])> = vec![
        (t.object.clone(), object::METHODS),
        (t.type_.clone(), typeobj::METHODS),
        (t.int.clone(), int::METHODS),
        (t.int.clone(), slots::INT_SLOTS),
        (t.float.clone(), slots::FLOAT_SLOTS),
        (t.complex.clone(), slots::COMPLEX_SLOTS),
        (t.complex.clone(), float::COMPLEX_METHODS),
        (t.str.clone(), slots::STR_SLOTS),
        (t.bytes.clone(), slots::BYTES_SLOTS),
        (t.bytearray.clone(), slots::BYTES_SLOTS),
        (t.list.clone(), slots::LIST_SLOTS),
        (t.tuple.clone(), slots::TUPLE_SLOTS),
        (t.dict.clone(), slots::DICT_SLOTS),
        (t.set.clone(), slots::SET_SLOTS),
        (t.set.clone(), slots::SET_INPLACE_SLOTS),
        (t.frozenset.clone(), slots::SET_SLOTS),
        (t.range.clone(), slots::RANGE_SLOTS),
        (t.none_type.clone(), slots::NONE_SLOTS),
        (t.weakref.clone(), weakref::METHODS),
        (t.bool_.clone(), int::BOOL_METHODS),
        (t.float.clone(), float::METHODS),
        (t.str.clone(), str::METHODS),
        (t.list.clone(), list::METHODS),
        (t.deque.clone(), deque::METHODS),
        (t.future.clone(), crate::modules::asyncio::future::METHODS),
        (t.task.clone(), crate::modules::asyncio::task::METHODS),
        (
            t.iter_type("FutureIter"),
            crate::modules::asyncio::future::ITER_METHODS,
        ),
        (t.handle.clone(), crate::modules::asyncio::handle::METHODS),
        (
            t.timer_handle.clone(),
            crate::modules::asyncio::handle::TIMER_METHODS,
        ),
        (t.tuple.clone(), tuple::METHODS),
        (t.dict.clone(), dict::METHODS),
        (t.set.clone(), set::SET_METHODS),
        (t.frozenset.clone(), set::FROZENSET_METHODS),
        (t.bytes.clone(), bytes_methods::SHARED),
        (t.bytearray.clone(), bytes_methods::SHARED),
        (t.bytearray.clone(), bytes::BYTEARRAY_METHODS),
        (t.base_exception.clone(), exceptions::METHODS),
        (t.generator.clone(), crate::vm::generator::GEN_METHODS),
        (t.coroutine.clone(), crate::vm::generator::CORO_METHODS),
        (
            t.async_generator.clone(),
            crate::vm::async_gen::AGEN_METHODS,
        ),
        (t.ag_asend.clone(), crate::vm::async_gen::AWAITABLE_METHODS),
        (
            t.coroutine_wrapper.clone(),
            crate::vm::generator::WRAPPER_METHODS,
        ),
        (t.ag_athrow.clone(), crate::vm::async_gen::AWAITABLE_METHODS),
        (t.text_io.clone(), io::METHODS),
        (t.property.clone(), function::PROPERTY_METHODS),
        (t.range.clone(), iter::RANGE_METHODS),
        (t.list.clone(), function::CLASS_GETITEM),
        (t.dict.clone(), function::CLASS_GETITEM),
        (t.set.clone(), function::CLASS_GETITEM),
        (t.frozenset.clone(), function::CLASS_GETITEM),
        (t.tuple.clone(), function::CLASS_GETITEM),
        (t.iter_type("enumerate"), function::CLASS_GETITEM),
        (t.deque.clone(), function::CLASS_GETITEM),
        (t.future.clone(), function::CLASS_GETITEM),
        (t.weakref.clone(), function::CLASS_GETITEM),
        (t.generator.clone(), function::CLASS_GETITEM),
        (t.coroutine.clone(), function::CLASS_GETITEM),
        (t.async_generator.clone(), function::CLASS_GETITEM),
        (t.slice.clone(), iter::SLICE_METHODS),
        (t.function.clone(), function::DESCRIPTOR_GET),
        (t.method_descriptor.clone(), function::DESCRIPTOR_GET),
        (t.classmethod_descriptor.clone(), function::DESCRIPTOR_GET),
        (t.wrapper_descriptor.clone(), function::DESCRIPTOR_GET),
        (t.staticmethod.clone(), function::STATICMETHOD_METHODS),
        (t.classmethod.clone(), function::CLASSMETHOD_METHODS),
        (t.getset_descriptor.clone(), descr::METHODS),
        (t.memoryview.clone(), memoryview::METHODS),
        (t.member_descriptor.clone(), descr::METHODS),
    ];
    for (cls, table) in tables {
        typeobj::add_methods(vm, &cls, table);
    }
    // Slot wrappers of their own, as CPython's types have, for the types
    // whose tables lack them: `list.__eq__(a, b)`, `super().__repr__()` in
    // a subclass and the like reach the built-in data, not object's.
    use protocols::{HASH_SLOT, REPR_SLOT, RICHCOMPARE_SLOTS, STR_AS_REPR_SLOT};
    let t = &vm.types;
    let slot_tables: Vec<(ObjRef, Vec<&[crate::vm::native::NativeFunc]>)> = vec![
        (t.str.clone(), vec![RICHCOMPARE_SLOTS, HASH_SLOT, REPR_SLOT]),
        (
            t.bytes.clone(),
            vec![RICHCOMPARE_SLOTS, HASH_SLOT, REPR_SLOT, STR_AS_REPR_SLOT],
        ),
        (
            t.bytearray.clone(),
            vec![RICHCOMPARE_SLOTS, REPR_SLOT, STR_AS_REPR_SLOT],
        ),
        (
            t.tuple.clone(),
            vec![RICHCOMPARE_SLOTS, HASH_SLOT, REPR_SLOT],
        ),
        (t.list.clone(), vec![RICHCOMPARE_SLOTS, REPR_SLOT]),
        (t.dict.clone(), vec![RICHCOMPARE_SLOTS]),
        (t.set.clone(), vec![RICHCOMPARE_SLOTS, REPR_SLOT]),
        (
            t.frozenset.clone(),
            vec![RICHCOMPARE_SLOTS, HASH_SLOT, REPR_SLOT],
        ),
        (
            t.range.clone(),
            vec![RICHCOMPARE_SLOTS, HASH_SLOT, REPR_SLOT],
        ),
        (
            t.slice.clone(),
            vec![RICHCOMPARE_SLOTS, HASH_SLOT, REPR_SLOT],
        ),
        (t.float.clone(), vec![RICHCOMPARE_SLOTS]),
        (
            t.complex.clone(),
            vec![RICHCOMPARE_SLOTS, HASH_SLOT, REPR_SLOT],
        ),
        (t.none_type.clone(), vec![REPR_SLOT]),
        (t.bool_.clone(), vec![REPR_SLOT]),
        (t.type_.clone(), vec![REPR_SLOT]),
    ];
    for (cls, tables) in slot_tables {
        for table in tables {
            typeobj::add_methods(vm, &cls, table);
        }
    }
    for name in ITERATOR_TYPES {
        let cls = vm.types.iter_type(name);
        typeobj::add_methods(vm, &cls, iter::ITER_METHODS);
    }
    // Mutable containers are unhashable: `__hash__` is None, as CPython
    // spells it (collections.abc.Hashable looks for that).
    let unhashable = [
        vm.types.list.clone(),
        vm.types.dict.clone(),
        vm.types.set.clone(),
        vm.types.bytearray.clone(),
        vm.types.deque.clone(),
    ];
    for cls in unhashable {
        typeobj::defer_attr(vm, &cls, Pending::Attr("__hash__", Value::None));
    }
    // The callable built-in kinds expose `__call__` on their type.
    let callables = [
        vm.types.function.clone(),
        vm.types.method.clone(),
        vm.types.builtin_function.clone(),
        vm.types.method_descriptor.clone(),
        vm.types.classmethod_descriptor.clone(),
        vm.types.wrapper_descriptor.clone(),
        vm.types.wrapper.clone(),
    ];
    for cls in callables {
        typeobj::add_methods(vm, &cls, attrs::CALL_METHODS);
    }
    for name in ["dict_keys", "dict_items"] {
        let cls = vm.types.iter_type(name);
        typeobj::add_methods(vm, &cls, dict::SET_VIEW_METHODS);
    }
    // Their home is the collections module, as CPython's reprs show.
    let collections = vm.new_str("collections");
    for cls in [
        vm.types.deque.clone(),
        vm.types.iter_type("_deque_iterator"),
        vm.types.iter_type("_deque_reverse_iterator"),
    ] {
        typeobj::defer_attr(vm, &cls, Pending::Attr("__module__", collections.clone()));
    }
    let asyncio = vm.new_str("_asyncio");
    for cls in [
        vm.types.future.clone(),
        vm.types.task.clone(),
        vm.types.iter_type("FutureIter"),
    ] {
        typeobj::defer_attr(vm, &cls, Pending::Attr("__module__", asyncio.clone()));
    }
    let weakref_module = vm.new_str("weakref");
    let weakref_cls = vm.types.weakref.clone();
    typeobj::defer_attr(
        vm,
        &weakref_cls,
        Pending::Attr("__module__", weakref_module),
    );
    let events = vm.new_str("asyncio.events");
    for cls in [vm.types.handle.clone(), vm.types.timer_handle.clone()] {
        typeobj::defer_attr(vm, &cls, Pending::Attr("__module__", events.clone()));
    }
    // Each built-in class has a `__new__` of its own (CPython's tp_new
    // wrappers): the same constructor, owned by that class.
    const OWN_NEW: &[&str] = &[
        "bool",
        "bytearray",
        "bytes",
        "classmethod",
        "complex",
        "dict",
        "enumerate",
        "filter",
        "float",
        "frozenset",
        "int",
        "list",
        "map",
        "memoryview",
        "property",
        "range",
        "reversed",
        "set",
        "slice",
        "staticmethod",
        "str",
        "super",
        "tuple",
        "type",
        "zip",
        "deque",
    ];
    // One pass over the classes (looking each name up would list them all
    // once per name).
    let own_new: Vec<ObjRef> = vm
        .types
        .all()
        .into_iter()
        .filter(|c| OWN_NEW.contains(&&*typeobj::type_name(c)))
        .chain(
            vm.types
                .exc
                .iter()
                .filter(|(name, _)| !INHERITED_NEW_EXCEPTIONS.contains(name))
                .map(|(_, cls)| cls.clone()),
        )
        .collect();
    for cls in own_new {
        typeobj::add_methods(vm, &cls, std::slice::from_ref(&object::OBJECT_NEW));
    }
    exceptions::install(vm);
    descr::install(vm);
    let all = vm.types.all();
    docs::install(vm, &all);
}

/// Names of abstract methods a class has not implemented, if any.
pub fn abstract_methods(vm: &mut Vm, cls: &ObjRef) -> Option<Vec<String>> {
    let v = typeobj::lookup(cls, "__abstractmethods__")?;
    let items = crate::vm::ops::collect_iterable(vm, &v).ok()?;
    let mut names: Vec<String> = items
        .iter()
        .filter_map(|i| i.str_value().map(|s| s.to_string()))
        .collect();
    if names.is_empty() {
        return None;
    }
    names.sort();
    let _ = Value::None;
    Some(names)
}

//! The `builtins` module: every function declared once in `FUNCTIONS`,
//! plus the built-in classes and exceptions bound by name.

mod code;
mod construct;
mod format;
mod functions;
mod site;

pub use code::type_new;
pub use construct::construct_builtin;
pub use format::format;
pub use functions::dir_of;

use crate::object::{NativeData, Payload, PyObject, Value};
use crate::vm::Vm;
use std::cell::RefCell;

pub fn install(vm: &mut Vm) {
    let module = Value::Obj(vm.builtins.clone());
    let d = vm.builtins_dict.clone();
    for f in functions::FUNCTIONS {
        let obj = PyObject::new(
            vm.types.builtin_function.clone(),
            None,
            Payload::Native(Box::new(NativeData {
                def: f,
                bound: Some(module.clone()),
                owner: None,
                module: RefCell::new(Value::None),
            })),
        );
        vm.dict_set_str(&d, f.name, Value::Obj(obj));
    }
    let io = crate::modules::native_module(vm, "_io", functions::IO_FUNCTIONS);
    if let Some(io_dict) = crate::types::module::module_dict(&io)
        && let Some(open) = vm.dict_get_str(&io_dict, "open")
    {
        vm.dict_set_str(&d, "open", open);
    }
    let modules = vm.modules.clone();
    vm.dict_set_str(&modules, "_io", Value::Obj(io));
    let t = &vm.types;
    let classes = [
        ("object", t.object.clone()),
        ("type", t.type_.clone()),
        ("int", t.int.clone()),
        ("bool", t.bool_.clone()),
        ("float", t.float.clone()),
        ("complex", t.complex.clone()),
        ("str", t.str.clone()),
        ("bytes", t.bytes.clone()),
        ("bytearray", t.bytearray.clone()),
        ("memoryview", t.memoryview.clone()),
        ("tuple", t.tuple.clone()),
        ("list", t.list.clone()),
        ("dict", t.dict.clone()),
        ("set", t.set.clone()),
        ("frozenset", t.frozenset.clone()),
        ("range", t.range.clone()),
        ("slice", t.slice.clone()),
        ("property", t.property.clone()),
        ("classmethod", t.classmethod.clone()),
        ("staticmethod", t.staticmethod.clone()),
        ("super", t.super_.clone()),
        ("enumerate", t.iter_type("enumerate")),
        ("zip", t.iter_type("zip")),
        ("map", t.iter_type("map")),
        ("filter", t.iter_type("filter")),
        ("reversed", t.iter_type("reversed")),
    ];
    for (name, cls) in classes {
        vm.dict_set_str(&d, name, Value::Obj(cls));
    }
    let excs: Vec<(&str, crate::object::ObjRef)> =
        vm.types.exc.iter().map(|(k, v)| (*k, v.clone())).collect();
    for (name, cls) in excs {
        vm.dict_set_str(&d, name, Value::Obj(cls));
    }
    vm.dict_set_str(&d, "EnvironmentError", Value::Obj(vm.exc_class("OSError")));
    vm.dict_set_str(&d, "IOError", Value::Obj(vm.exc_class("OSError")));
    vm.dict_set_str(&d, "None", Value::None);
    vm.dict_set_str(&d, "True", Value::TRUE);
    vm.dict_set_str(&d, "False", Value::FALSE);
    vm.dict_set_str(&d, "NotImplemented", vm.not_implemented.clone());
    vm.dict_set_str(&d, "Ellipsis", vm.ellipsis.clone());
    vm.dict_set_str(&d, "__debug__", Value::TRUE);
    site::install(vm);
    vm.dict_set_str(&d, "__name__", vm.new_str("builtins"));
    vm.dict_set_str(
        &d,
        "__doc__",
        vm.new_str("Built-in functions, types, exceptions, and other objects."),
    );
}

//! Module objects.

use crate::object::{ModuleData, ObjRef, Payload, PyObject, Value};
use crate::types::Types;
use crate::vm::Vm;
use std::rc::Rc;

pub fn new_module_with_dict(types: &Types, name: &str, dict: ObjRef) -> ObjRef {
    PyObject::new(
        types.module.clone(),
        None,
        Payload::Module(ModuleData {
            name: Rc::from(name),
            dict,
        }),
    )
}

/// A fresh module with `__name__` set, registered in `sys.modules`.
pub fn new_module(vm: &mut Vm, name: &str) -> ObjRef {
    let dict = vm.new_dict_obj(crate::object::Dict::new());
    vm.dict_set_str(&dict, "__name__", vm.new_str(name));
    vm.dict_set_str(&dict, "__doc__", Value::None);
    let m = new_module_with_dict(&vm.types, name, dict);
    let modules = vm.modules.clone();
    vm.dict_set_str(&modules, name, Value::Obj(m.clone()));
    m
}

pub fn module_dict(m: &ObjRef) -> Option<ObjRef> {
    match &m.payload {
        Payload::Module(md) => Some(md.dict.clone()),
        _ => None,
    }
}

//! Built-in classes' namespaces, filled in on first use.
//!
//! An interpreter starts with some 150 built-in classes holding about a
//! thousand methods, and a program touches a few dozen of them. Building
//! every method descriptor and docstring up front was a fifth of an empty
//! program's run time, so `typeobj::add_methods` and
//! `typeobj::defer_attr` queue what they would write, and
//! `TypeData::dict()` writes the queue in, in order, the first time anyone
//! reads that namespace. The field is private to `TypeData`, so no reader
//! can see a namespace with entries missing; only the cycle collector
//! looks at the raw namespace and the queue (`TypeData::visit_namespace`).

use crate::object::str::{Interner, PyStr};
use crate::object::{NativeData, ObjRef, Payload, PyObject, Value};
use crate::vm::native::{NativeFunc, NativeKind};
use std::cell::RefCell;
use std::rc::{Rc, Weak};

/// What a class's namespace is still owed.
pub struct Deferred {
    kit: Rc<MethodKit>,
    owner: Weak<PyObject>,
    pub(crate) items: Vec<Pending>,
}

pub enum Pending {
    /// A table of native methods, each becoming a descriptor.
    Methods(&'static [NativeFunc]),
    Attr(&'static str, Value),
    /// `__doc__` from the built-in docstring table, by class name.
    Doc,
}

/// What writing a queue in needs from its interpreter. Held weakly: queues
/// hang off classes, and strong references back to the interpreter's
/// classes and interned names would keep a dropped interpreter alive.
pub struct MethodKit {
    method_descriptor: Weak<PyObject>,
    classmethod_descriptor: Weak<PyObject>,
    wrapper_descriptor: Weak<PyObject>,
    builtin_function: Weak<PyObject>,
    staticmethod: Weak<PyObject>,
    str_cls: Weak<PyObject>,
    interned: Weak<Interner>,
}

/// The kit's references, alive.
struct Classes {
    method_descriptor: ObjRef,
    classmethod_descriptor: ObjRef,
    wrapper_descriptor: ObjRef,
    builtin_function: ObjRef,
    staticmethod: ObjRef,
    str_cls: ObjRef,
    interned: Rc<Interner>,
}

impl MethodKit {
    pub fn new(types: &crate::types::Types, interned: &Rc<Interner>) -> MethodKit {
        MethodKit {
            method_descriptor: Rc::downgrade(&types.method_descriptor),
            classmethod_descriptor: Rc::downgrade(&types.classmethod_descriptor),
            wrapper_descriptor: Rc::downgrade(&types.wrapper_descriptor),
            builtin_function: Rc::downgrade(&types.builtin_function),
            staticmethod: Rc::downgrade(&types.staticmethod),
            str_cls: Rc::downgrade(&types.str),
            interned: Rc::downgrade(interned),
        }
    }

    fn upgrade(&self) -> Option<Classes> {
        Some(Classes {
            method_descriptor: self.method_descriptor.upgrade()?,
            classmethod_descriptor: self.classmethod_descriptor.upgrade()?,
            wrapper_descriptor: self.wrapper_descriptor.upgrade()?,
            builtin_function: self.builtin_function.upgrade()?,
            staticmethod: self.staticmethod.upgrade()?,
            str_cls: self.str_cls.upgrade()?,
            interned: self.interned.upgrade()?,
        })
    }
}

impl Deferred {
    pub fn new(kit: &Rc<MethodKit>, owner: &ObjRef) -> Box<Deferred> {
        Box::new(Deferred {
            kit: kit.clone(),
            owner: Rc::downgrade(owner),
            items: Vec::new(),
        })
    }

    /// The objects the queue holds, for the cycle collector.
    pub fn visit(&self, value: &mut dyn FnMut(&Value)) {
        for item in &self.items {
            if let Pending::Attr(_, v) = item {
                value(v);
            }
        }
    }
}

/// Write a class's queue into its namespace `ns`. (Called by
/// `TypeData::dict()`; nothing is written if the interpreter is being
/// dropped, since then no one will read it.)
pub fn write_in(d: Deferred, ns: &ObjRef) {
    let (Some(kit), Some(owner), Some(dict)) = (d.kit.upgrade(), d.owner.upgrade(), ns.dict_data())
    else {
        return;
    };
    let mut dict = dict.borrow_mut();
    let mut put = |name: &str, v: Value| {
        let interned = || kit.interned.intern(&kit.str_cls, name);
        crate::types::typeobj::write_namespace_entry(&mut dict, name, interned, v);
    };
    for item in d.items {
        match item {
            Pending::Methods(table) => {
                for f in table {
                    put(f.name, method_value(&kit, f, &owner));
                }
            }
            Pending::Attr(name, v) => put(name, v),
            Pending::Doc => {
                let name = crate::types::typeobj::type_name(&owner);
                let doc = match crate::types::docs::type_doc(&name) {
                    Some(d) => PyStr::new(d),
                    None => PyStr::from_string(format!("The built-in {name} type.")),
                };
                put(
                    "__doc__",
                    Value::Obj(PyObject::new(kit.str_cls.clone(), None, Payload::Str(doc))),
                );
            }
        }
    }
}

/// The descriptor a native method table entry becomes in its class.
fn method_value(kit: &Classes, f: &'static NativeFunc, owner: &ObjRef) -> Value {
    let descr_cls = match f.kind {
        NativeKind::ClassMethod => &kit.classmethod_descriptor,
        NativeKind::StaticMethod => &kit.builtin_function,
        _ if crate::types::typeobj::is_slot_wrapper(owner, f.name) => &kit.wrapper_descriptor,
        _ => &kit.method_descriptor,
    };
    let descr = PyObject::new(
        descr_cls.clone(),
        None,
        Payload::Native(Box::new(NativeData {
            def: f,
            bound: None,
            owner: Some(owner.clone()),
            module: RefCell::new(Value::None),
        })),
    );
    match f.kind {
        NativeKind::StaticMethod => Value::Obj(PyObject::new(
            kit.staticmethod.clone(),
            None,
            Payload::StaticMethod(Value::Obj(descr)),
        )),
        _ => Value::Obj(descr),
    }
}

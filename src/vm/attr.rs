//! Attribute access: the descriptor protocol, instance dictionaries,
//! `__getattr__`/`__getattribute__`/`__setattr__`/`__delattr__` hooks.

use super::{PyResult, Vm};
use crate::object::str::hash_str;
use crate::object::{ObjRef, Payload, PyObject, Value};
use crate::types::typeobj::{lookup, lookup_hashed, type_name};
use std::cell::RefCell;
use std::rc::Rc;

impl Vm {
    pub fn dict_get_str(&self, d: &ObjRef, name: &str) -> Option<Value> {
        d.dict_data()?
            .borrow()
            .get_str(name, hash_str(name))
            .cloned()
    }

    pub fn dict_set_str(&self, d: &ObjRef, name: &str, v: Value) -> Option<()> {
        let h = hash_str(name);
        let dd = d.dict_data()?;
        let mut dd = dd.borrow_mut();
        match dd.find_str_index(name, h) {
            Some(i) => {
                dd.replace_at(i, v);
            }
            None => dd.push_new(h, self.intern(name), v),
        }
        Some(())
    }

    pub fn dict_del_str(&self, d: &ObjRef, name: &str) -> bool {
        let h = hash_str(name);
        let Some(dd) = d.dict_data() else {
            return false;
        };
        let mut dd = dd.borrow_mut();
        match dd.find_str_index(name, h) {
            Some(i) => {
                dd.remove_at(i);
                true
            }
            None => false,
        }
    }

    /// Bind a class attribute to an instance (`__get__`).
    pub fn bind_descriptor(&mut self, attr: &Value, obj: &Value) -> PyResult<Value> {
        match attr.payload() {
            Some(Payload::Function(_)) => Ok(Value::Obj(PyObject::new(
                self.types.method.clone(),
                None,
                Payload::BoundMethod(Box::new((attr.clone(), obj.clone()))),
            ))),
            Some(Payload::Native(n)) if n.bound.is_none() => {
                let cls = match n.def.kind {
                    crate::vm::native::NativeKind::ClassMethod => Value::Obj(self.type_of(obj)),
                    _ => obj.clone(),
                };
                let bound_cls = if attr
                    .as_obj()
                    .is_some_and(|a| Rc::ptr_eq(a.class(), &self.types.wrapper_descriptor))
                {
                    self.types.wrapper.clone()
                } else {
                    self.types.builtin_function.clone()
                };
                Ok(Value::Obj(PyObject::new(
                    bound_cls,
                    None,
                    Payload::Native(Box::new(crate::object::NativeData {
                        def: n.def,
                        bound: Some(cls),
                        owner: n.owner.clone(),
                        module: RefCell::new(Value::None),
                    })),
                )))
            }
            Some(Payload::StaticMethod(f)) => Ok(f.clone()),
            Some(Payload::ClassMethod(f)) => {
                let cls = Value::Obj(self.type_of(obj));
                Ok(Value::Obj(PyObject::new(
                    self.types.method.clone(),
                    None,
                    Payload::BoundMethod(Box::new((f.clone(), cls))),
                )))
            }
            Some(Payload::Property(p)) => {
                let getter = p.borrow()[0].clone();
                if getter.is_none() {
                    return Err(self.attribute_error("property has no getter"));
                }
                self.call(&getter, vec![obj.clone()])
            }
            // A slot of this object's class: its value is in the hidden dict.
            Some(Payload::AttrDescr(d))
                if d.slot.is_some() && self.isinstance(obj, &d.owner.clone()) =>
            {
                let name = d.name().to_string();
                crate::types::descr::slot_get(self, obj, &name)
            }
            _ => {
                if let Some(get) = self.lookup_special(attr, "__get__")
                    && !matches!(
                        attr.payload(),
                        Some(Payload::Native(_)) | Some(Payload::Type(_))
                    )
                {
                    let owner = Value::Obj(self.type_of(obj));
                    return self.call_unbound(&get, attr, vec![attr.clone(), obj.clone(), owner]);
                }
                Ok(attr.clone())
            }
        }
    }

    fn is_data_descriptor(&self, attr: &Value) -> bool {
        match attr.payload() {
            Some(Payload::Property(_)) => true,
            Some(Payload::AttrDescr(d)) => d.slot.is_some(),
            Some(Payload::Function(_))
            | Some(Payload::Native(_))
            | Some(Payload::StaticMethod(_))
            | Some(Payload::ClassMethod(_))
            | Some(Payload::Str(_))
            | Some(Payload::Type(_)) => false,
            Some(_) => {
                let cls = self.type_of(attr);
                cls.type_data().is_some_and(|t| t.heap)
                    && (lookup(&cls, "__set__").is_some() || lookup(&cls, "__delete__").is_some())
            }
            None => false,
        }
    }

    pub fn getattr(&mut self, obj: &Value, name: &Value) -> PyResult<Value> {
        let Some(s) = name.as_str() else {
            return Err(self.type_error(format!(
                "attribute name must be string, not '{}'",
                self.type_name(name)
            )));
        };
        let (n, h) = (s.as_str().to_string(), s.hash());
        self.getattr_str(obj, &n, h)
    }

    pub fn getattr_opt(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        self.lookup_attr(obj, name, hash_str(name))
    }

    /// `getattr` that reports a missing attribute as `None`. For the
    /// common case (no Python `__getattribute__`) the miss builds no
    /// AttributeError at all: `getattr(x, name, default)` and `hasattr` on
    /// hot paths (asyncio probes every awaited value this way) stay cheap.
    pub fn lookup_attr(&mut self, obj: &Value, name: &str, hash: i64) -> PyResult<Option<Value>> {
        let cls = self.type_of(obj);
        let heap = cls.type_data().is_some_and(|t| t.heap);
        let custom = heap
            && lookup(&cls, "__getattribute__")
                .is_some_and(|ga| !matches!(ga.payload(), Some(Payload::Native(_))));
        let r = if custom {
            self.getattr_str(obj, name, hash).map(Some)
        } else {
            let found = self.generic_getattr_opt(obj, &cls, name, hash);
            let missing = match &found {
                Ok(v) => v.is_none(),
                Err(e) => self.err_is(e, "AttributeError"),
            };
            if missing && heap && lookup(&cls, "__getattr__").is_some() {
                let e = match found {
                    Err(e) => e,
                    Ok(_) => self.no_attribute(obj, name),
                };
                self.getattr_fallback(obj, &cls, name, Err(e)).map(Some)
            } else {
                found
            }
        };
        match r {
            Err(e) if self.err_is(&e, "AttributeError") => Ok(None),
            other => other,
        }
    }

    pub fn getattr_str(&mut self, obj: &Value, name: &str, hash: i64) -> PyResult<Value> {
        let cls = self.type_of(obj);
        let heap = cls.type_data().is_some_and(|t| t.heap);
        if heap
            && let Some(ga) = lookup(&cls, "__getattribute__")
            && !matches!(ga.payload(), Some(Payload::Native(_)))
        {
            let r = self.call_unbound(&ga, obj, vec![obj.clone(), self.new_str(name)]);
            return self.getattr_fallback(obj, &cls, name, r);
        }
        let r = self.generic_getattr(obj, &cls, name, hash);
        if heap {
            return self.getattr_fallback(obj, &cls, name, r);
        }
        r
    }

    fn getattr_fallback(
        &mut self,
        obj: &Value,
        cls: &ObjRef,
        name: &str,
        r: PyResult<Value>,
    ) -> PyResult<Value> {
        match r {
            Err(e) if self.err_is(&e, "AttributeError") => {
                if let Some(ga) = lookup(cls, "__getattr__") {
                    return self.call_unbound(&ga, obj, vec![obj.clone(), self.new_str(name)]);
                }
                Err(e)
            }
            other => other,
        }
    }

    /// `object.__getattribute__`.
    pub fn generic_getattr(
        &mut self,
        obj: &Value,
        cls: &ObjRef,
        name: &str,
        hash: i64,
    ) -> PyResult<Value> {
        match self.generic_getattr_opt(obj, cls, name, hash)? {
            Some(v) => Ok(v),
            None => Err(self.no_attribute(obj, name)),
        }
    }

    /// `object.__getattribute__`, with the plain "has no attribute" case
    /// as `None` (other AttributeErrors, from descriptors, stay errors).
    /// `super().name` for a call (`LoadSuperMethod`): with the built-in
    /// `super`, a function found after `cls` in the instance's MRO comes
    /// back unbound with the instance as its receiver, and no `super`
    /// object is made; everything else goes through a real `super(cls,
    /// obj)`, which also raises its errors.
    pub(crate) fn load_super_method(
        &mut self,
        sup: Value,
        cls: Value,
        obj: Value,
        name: &Value,
    ) -> PyResult<(Value, Value)> {
        if let (Value::Obj(s), Value::Obj(c), Some(key)) = (&sup, &cls, name.as_str())
            && Rc::ptr_eq(s, &self.types.super_)
            && c.type_data().is_some()
            && !matches!(obj.payload(), Some(Payload::Type(_)))
            && self.isinstance(&obj, c)
        {
            let start = self.type_of(&obj);
            let found = start.type_data().and_then(|t| {
                let mro = t.mro.borrow();
                let pos = mro.iter().position(|k| Rc::ptr_eq(k, c))?;
                mro[pos + 1..].iter().find_map(|k| {
                    k.type_data()?
                        .dict()
                        .dict_data()?
                        .borrow()
                        .get_str(key.as_str(), key.hash())
                        .cloned()
                })
            });
            if let Some(f) = found.filter(|f| matches!(f.payload(), Some(Payload::Function(_)))) {
                return Ok((f, obj));
            }
        }
        let s = self.call(&sup, vec![cls, obj])?;
        let v = self.getattr(&s, name)?;
        Ok((v, self.method_null.clone()))
    }

    fn generic_getattr_opt(
        &mut self,
        obj: &Value,
        cls: &ObjRef,
        name: &str,
        hash: i64,
    ) -> PyResult<Option<Value>> {
        if let Value::Obj(o) = obj {
            if let Payload::Super(s) = &o.payload
                && !matches!(
                    name,
                    "__class__" | "__thisclass__" | "__self__" | "__self_class__"
                )
            {
                let (c, inner) = (s.0.clone(), s.1.clone());
                return crate::types::object::super_getattr(self, &c, &inner, name).map(Some);
            }
            if let Payload::Type(_) = &o.payload {
                return self.type_getattr(o, name, hash).map(Some);
            }
            if let Payload::Module(m) = &o.payload {
                if let Some(v) = m
                    .dict
                    .dict_data()
                    .and_then(|d| d.borrow().get_str(name, hash).cloned())
                {
                    return Ok(Some(v));
                }
                if name == "__dict__" {
                    return Ok(Some(Value::Obj(m.dict.clone())));
                }
                if let Some(ga) = m.dict.dict_data().and_then(|d| {
                    d.borrow()
                        .get_str("__getattr__", hash_str("__getattr__"))
                        .cloned()
                }) {
                    return self.call(&ga, vec![self.new_str(name)]).map(Some);
                }
                return Err(
                    self.attribute_error(format!("module '{}' has no attribute '{name}'", m.name))
                );
            }
        }
        let attr = lookup_hashed(cls, name, hash);
        if let Some(a) = &attr
            && self.is_data_descriptor(a)
        {
            return self.bind_descriptor(a, obj).map(Some);
        }
        if let Some(v) = crate::types::special_getattr(self, obj, name)? {
            return Ok(Some(v));
        }
        if let Value::Obj(o) = obj
            && let Some(d) = o.inst_dict()
            && let Some(v) = d
                .dict_data()
                .and_then(|dd| dd.borrow().get_str(name, hash).cloned())
        {
            return Ok(Some(v));
        }
        if let Some(a) = attr {
            return self.bind_descriptor(&a, obj).map(Some);
        }
        Ok(None)
    }

    /// "Did you mean" for an AttributeError, computed only when printed.
    pub fn attribute_hint(&self, obj: &Value, name: &str) -> Option<String> {
        let mut cands: Vec<String> = Vec::new();
        if let Value::Obj(o) = obj
            && let Some(od) = o.inst_dict().and_then(|x| x.dict_data())
        {
            cands.extend(
                od.borrow()
                    .iter()
                    .filter_map(|e| e.key.str_value().map(|s| s.to_string())),
            );
        }
        if let Some(t) = self.type_of(obj).type_data() {
            for c in t.mro.borrow().iter() {
                if let Some(cd) = c.type_data().and_then(|ct| ct.dict().dict_data()) {
                    cands.extend(
                        cd.borrow()
                            .iter()
                            .filter_map(|e| e.key.str_value().map(|s| s.to_string())),
                    );
                }
            }
        }
        crate::vm::errors::suggest(name, cands.iter().map(|s| s.as_str()))
            .map(|h| format!(". Did you mean: '{h}'?"))
    }

    pub fn no_attribute(&self, obj: &Value, name: &str) -> super::PyErr {
        let e = self.attribute_error(format!(
            "'{}' object has no attribute '{name}'",
            self.type_name(obj)
        ));
        if let Some(d) = &self.inst_dict_for_write(&e.exc) {
            let _ = self.dict_set_str(d, "name", self.new_str(name));
            let _ = self.dict_set_str(d, "obj", obj.clone());
        }
        e
    }

    /// A native class method bound to `cls` (`dict.fromkeys`).
    pub fn bind_to_class(&self, f: &Value, cls: &ObjRef) -> PyResult<Value> {
        let Some(Payload::Native(n)) = f.payload() else {
            return Ok(f.clone());
        };
        Ok(Value::Obj(PyObject::new(
            self.types.builtin_function.clone(),
            None,
            Payload::Native(Box::new(crate::object::NativeData {
                def: n.def,
                bound: Some(Value::Obj(cls.clone())),
                owner: n.owner.clone(),
                module: RefCell::new(Value::None),
            })),
        )))
    }

    fn type_getattr(&mut self, cls: &ObjRef, name: &str, hash: i64) -> PyResult<Value> {
        if name == "__doc__" {
            // A class's docstring is its own, never inherited.
            return Ok(
                crate::types::special_getattr(self, &Value::Obj(cls.clone()), name)?
                    .unwrap_or(Value::None),
            );
        }
        let meta = cls.class().clone();
        let meta_attr = lookup_hashed(&meta, name, hash);
        if let Some(a) = &meta_attr
            && self.is_data_descriptor(a)
        {
            return self.bind_descriptor(a, &Value::Obj(cls.clone()));
        }
        // `type`'s own data descriptors win over the class namespace (a
        // class attribute `__name__`, or the generator type's descriptor
        // for its instances' names, does not rename the class).
        if matches!(
            name,
            "__name__" | "__qualname__" | "__mro__" | "__bases__" | "__base__"
        ) && let Some(v) = crate::types::special_getattr(self, &Value::Obj(cls.clone()), name)?
        {
            return Ok(v);
        }
        if let Some(a) = lookup_hashed(cls, name, hash) {
            return match a.payload() {
                Some(Payload::Function(_)) => Ok(a),
                Some(Payload::StaticMethod(f)) => Ok(f.clone()),
                Some(Payload::ClassMethod(f)) => Ok(Value::Obj(PyObject::new(
                    self.types.method.clone(),
                    None,
                    Payload::BoundMethod(Box::new((f.clone(), Value::Obj(cls.clone())))),
                ))),
                Some(Payload::Native(n))
                    if n.def.kind == crate::vm::native::NativeKind::ClassMethod
                        && n.bound.is_none() =>
                {
                    self.bind_to_class(&a, cls)
                }
                Some(Payload::Property(_)) | Some(Payload::Native(_)) => Ok(a),
                _ => {
                    if let Some(get) = self.lookup_special(&a, "__get__")
                        && self.type_of(&a).type_data().is_some_and(|t| t.heap)
                    {
                        return self.call_unbound(
                            &get,
                            &a,
                            vec![a.clone(), Value::None, Value::Obj(cls.clone())],
                        );
                    }
                    Ok(a)
                }
            };
        }
        if let Some(v) = crate::types::special_getattr(self, &Value::Obj(cls.clone()), name)? {
            return Ok(v);
        }
        if let Some(a) = meta_attr {
            return self.bind_descriptor(&a, &Value::Obj(cls.clone()));
        }
        let e = self.attribute_error(format!(
            "type object '{}' has no attribute '{name}'",
            type_name(cls)
        ));
        Err(e)
    }

    pub fn setattr(&mut self, obj: &Value, name: &Value, v: Value) -> PyResult<()> {
        let Some(s) = name.str_value() else {
            return Err(self.type_error(format!(
                "attribute name must be string, not '{}'",
                self.type_name(name)
            )));
        };
        let s = s.to_string();
        let cls = self.type_of(obj);
        if cls.type_data().is_some_and(|t| t.heap)
            && let Some(sa) = lookup(&cls, "__setattr__")
            && !matches!(sa.payload(), Some(Payload::Native(_)))
        {
            self.call_unbound(&sa, obj, vec![obj.clone(), name.clone(), v])?;
            return Ok(());
        }
        self.generic_setattr(obj, &s, v)
    }

    pub fn generic_setattr(&mut self, obj: &Value, name: &str, v: Value) -> PyResult<()> {
        let cls = self.type_of(obj);
        if let Some(a) = lookup(&cls, name) {
            if let Some(Payload::Property(p)) = a.payload() {
                let setter = p.borrow()[1].clone();
                if setter.is_none() {
                    let qual = crate::types::function::property_name(self, &a);
                    return Err(self.attribute_error(format!(
                        "property {qual}of '{}' object has no setter",
                        self.type_name(obj)
                    )));
                }
                self.call(&setter, vec![obj.clone(), v])?;
                return Ok(());
            }
            if self.is_data_descriptor(&a)
                && let Some(set) = self.lookup_special(&a, "__set__")
            {
                self.call_unbound(&set, &a, vec![a.clone(), obj.clone(), v])?;
                return Ok(());
            }
        }
        if let Value::Obj(o) = obj {
            if crate::types::special_setattr(self, o, name, &v)? {
                return Ok(());
            }
            if let Payload::Type(t) = &o.payload {
                if !t.heap {
                    return Err(self.type_error(format!(
                        "cannot set '{name}' attribute of immutable type '{}'",
                        t.name.borrow()
                    )));
                }
                crate::types::typeobj::set_type_attr(self, o, name, v);
                return Ok(());
            }
            if let Payload::Module(m) = &o.payload {
                self.dict_set_str(&m.dict.clone(), name, v);
                return Ok(());
            }
            if let Some(d) = &self.inst_dict_for_write(o) {
                if let Some(slots) = cls.type_data().and_then(|t| t.slots.as_ref()) {
                    let has_dict = cls.type_data().is_some_and(|t| t.has_dict);
                    if !has_dict
                        && !slots.iter().any(|s| &**s == name)
                        && !self.slot_in_bases(&cls, name)
                    {
                        // A class attribute of that name cannot be
                        // shadowed: it reads as read-only.
                        let what = if lookup(&cls, name).is_some() {
                            format!(
                                "'{}' object attribute '{name}' is read-only",
                                self.type_name(obj)
                            )
                        } else {
                            format!(
                                "'{}' object has no attribute '{name}' and no __dict__ for setting new attributes",
                                self.type_name(obj)
                            )
                        };
                        return Err(self.attribute_error(what));
                    }
                }
                self.dict_set_str(d, name, v);
                return Ok(());
            }
        }
        if let Some(attr) = lookup(&cls, name) {
            if let Some(Payload::AttrDescr(d)) = attr.payload() {
                // A read-only member says so plainly; a getset without a
                // setter names the type in full, as CPython's tp_name
                // reads ('collections.deque').
                if d.attr.member && d.slot.is_none() {
                    return Err(self.attribute_error("readonly attribute"));
                }
                let owner = d.owner.clone();
                let module = lookup(&owner, "__module__")
                    .and_then(|m| m.str_value().map(str::to_string))
                    .filter(|m| m != "builtins");
                let tname = crate::types::typeobj::type_name(&owner);
                let full = module.map_or(tname.clone(), |m| format!("{m}.{tname}"));
                return Err(self.attribute_error(format!(
                    "attribute '{name}' of '{full}' objects is not writable"
                )));
            }
            return Err(self.attribute_error(format!(
                "'{}' object attribute '{name}' is read-only",
                self.type_name(obj)
            )));
        }
        Err(self.attribute_error(format!(
            "'{}' object has no attribute '{name}' and no __dict__ for setting new attributes",
            self.type_name(obj)
        )))
    }

    fn slot_in_bases(&self, cls: &ObjRef, name: &str) -> bool {
        let Some(t) = cls.type_data() else {
            return false;
        };
        t.mro.borrow().iter().any(|c| {
            c.type_data()
                .and_then(|ct| ct.slots.as_ref())
                .is_some_and(|s| s.iter().any(|x| &**x == name))
                || c.type_data()
                    .is_some_and(|ct| ct.heap && ct.slots.is_none())
        })
    }

    pub fn delattr(&mut self, obj: &Value, name: &Value) -> PyResult<()> {
        let Some(s) = name.str_value() else {
            return Err(self.type_error(format!(
                "attribute name must be string, not '{}'",
                self.type_name(name)
            )));
        };
        let s = s.to_string();
        let cls = self.type_of(obj);
        if cls.type_data().is_some_and(|t| t.heap)
            && let Some(da) = lookup(&cls, "__delattr__")
            && !matches!(da.payload(), Some(Payload::Native(_)))
        {
            self.call_unbound(&da, obj, vec![obj.clone(), name.clone()])?;
            return Ok(());
        }
        self.generic_delattr(obj, &s)
    }

    pub fn generic_delattr(&mut self, obj: &Value, name: &str) -> PyResult<()> {
        if let Some(Payload::Native(_)) = obj.payload()
            && matches!(
                name,
                "__name__" | "__qualname__" | "__doc__" | "__self__" | "__text_signature__"
            )
        {
            return Err(self.attribute_error(format!(
                "attribute '{name}' of 'builtin_function_or_method' objects is not writable"
            )));
        }
        // A generator's names can be replaced, never removed.
        if let Some(Payload::Generator(_)) = obj.payload()
            && matches!(name, "__name__" | "__qualname__")
        {
            return Err(self.type_error(format!("{name} must be set to a string object")));
        }
        let cls = self.type_of(obj);
        if let Some(a) = lookup(&cls, name) {
            if let Some(Payload::Property(p)) = a.payload() {
                let deleter = p.borrow()[2].clone();
                if deleter.is_none() {
                    let qual = crate::types::function::property_name(self, &a);
                    return Err(self.attribute_error(format!(
                        "property {qual}of '{}' object has no deleter",
                        self.type_name(obj)
                    )));
                }
                self.call(&deleter, vec![obj.clone()])?;
                return Ok(());
            }
            if self.is_data_descriptor(&a)
                && let Some(del) = self.lookup_special(&a, "__delete__")
            {
                self.call_unbound(&del, &a, vec![a.clone(), obj.clone()])?;
                return Ok(());
            }
        }
        if let Value::Obj(o) = obj {
            let d = match &o.payload {
                Payload::Type(t) => Some(t.dict().clone()),
                Payload::Module(m) => Some(m.dict.clone()),
                _ => o.inst_dict().cloned(),
            };
            if let Some(d) = d
                && self.dict_del_str(&d, name)
            {
                if o.type_data().is_some() {
                    crate::types::typeobj::invalidate_lookups(o);
                }
                return Ok(());
            }
        }
        let has_dict = matches!(obj, Value::Obj(o) if o.inst_dict().is_some() || o.type_data().is_some() || matches!(o.payload, Payload::Module(_) | Payload::Exception(_)));
        if !has_dict {
            return Err(self.attribute_error(format!(
                "'{}' object has no attribute '{name}' and no __dict__ for setting new attributes",
                self.type_name(obj)
            )));
        }
        Err(self.no_attribute(obj, name))
    }
}

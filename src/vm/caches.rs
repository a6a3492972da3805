//! Lookup caches of the interpreter loop: `LoadGlobal` keyed on namespace
//! versions, `LoadAttr`/`LoadMethod` sites keyed on class and class version.

use super::frame::Frame;
use super::{PyErr, Vm};
use crate::object::{AttrSite, Payload, Value};
use std::rc::Rc;

/// Whether a site filled for `site_cls` at `version` applies to an object
/// of class `cls`. Sites hold classes weakly, so that caches never keep a
/// class alive; the weak reference also keeps the address from being
/// reused, so comparing addresses compares identities.
#[inline]
fn same_class(
    cls: &crate::object::ObjRef,
    site_cls: &std::rc::Weak<crate::object::PyObject>,
    version: u64,
) -> bool {
    std::ptr::eq(Rc::as_ptr(cls), site_cls.as_ptr())
        && cls.type_data().is_some_and(|t| t.version.get() == version)
}

/// The entry of a site that was filled for `cls` at its current version:
/// the site itself when monomorphic, or one of a polymorphic site's.
#[inline(always)]
fn entry_for<'a>(site: &'a AttrSite, cls: &crate::object::ObjRef) -> Option<&'a AttrSite> {
    let fits = |e: &AttrSite| {
        e.class_version()
            .is_some_and(|(c, v)| same_class(cls, c, v))
    };
    match site {
        AttrSite::Poly(entries) => entries.iter().find(|e| fits(e)),
        e if fits(e) => Some(e),
        _ => None,
    }
}

/// The entry of the site at `ip` that fits `o`'s class as it is now.
#[inline(always)]
fn site_for<'a>(
    sites: &'a [AttrSite],
    ip: usize,
    o: &crate::object::ObjRef,
) -> Option<&'a AttrSite> {
    entry_for(sites.get(ip)?, o.class())
}

/// A `Method` entry: `func` found on `cls` at its current version.
fn method_site(cls: &crate::object::ObjRef, func: &crate::object::ObjRef) -> Option<AttrSite> {
    Some(AttrSite::Method {
        cls: Rc::downgrade(cls),
        version: cls.type_data()?.version.get(),
        func: Rc::downgrade(func),
    })
}

/// Record `new` at a site: a monomorphic site seeing a second live class
/// becomes polymorphic; a full polymorphic site drops its oldest entry. An
/// entry for the same class (stale version) or a dead class is replaced.
fn install(site: &mut AttrSite, new: AttrSite) {
    let new_cls = new.class().map(|c| c.as_ptr());
    let replaceable = |e: &AttrSite| {
        e.class()
            .is_none_or(|c| c.strong_count() == 0 || Some(c.as_ptr()) == new_cls)
    };
    match site {
        AttrSite::Poly(entries) => {
            if let Some(slot) = entries.iter_mut().find(|e| replaceable(e)) {
                *slot = new;
            } else {
                if entries.len() >= crate::object::POLY_WAYS {
                    entries.remove(0);
                }
                entries.push(new);
            }
        }
        old if replaceable(old) => *old = new,
        old => {
            let first = std::mem::take(old);
            *old = AttrSite::Poly(Box::new(vec![first, new]));
        }
    }
}

impl Vm {
    /// `LoadAttr` on a plain instance whose class is unchanged since the
    /// site was filled: just the instance dict lookup.
    #[inline(always)]
    pub(crate) fn cached_instance_attr(
        &self,
        frame: &Frame,
        ip: usize,
        obj: &Value,
        name_idx: usize,
    ) -> Option<Value> {
        // The common case inline: a monomorphic instance site whose
        // hinted dict entry holds the name.
        if let Value::Obj(o) = obj
            && let Some(AttrSite::Instance { hint, .. }) =
                site_for(&frame.code.attr_sites.borrow(), ip, o)
            && let Some(d) = o.inst_dict().and_then(|d| d.dict_data())
            && let Some(v) = d.borrow().at_hint(&frame.code.names[name_idx], hint)
        {
            return Some(v.clone());
        }
        self.cached_attr_general(frame, ip, obj, name_idx)
    }

    /// `cached_instance_attr` beyond its inline case: polymorphic sites,
    /// a moved hint, methods bound on the fly, module globals.
    #[inline(never)]
    fn cached_attr_general(
        &self,
        frame: &Frame,
        ip: usize,
        obj: &Value,
        name_idx: usize,
    ) -> Option<Value> {
        let Value::Obj(o) = obj else { return None };
        if let Payload::Module(m) = &o.payload {
            return self.module_attr(o, m, frame.code.names[name_idx].as_str()?);
        }
        let sites = frame.code.attr_sites.borrow();
        match site_for(&sites, ip, o)? {
            AttrSite::Instance { hint, .. } => {
                let name = &frame.code.names[name_idx];
                let d = o.inst_dict()?.dict_data()?.borrow();
                d.get_str_hinted(name, name.as_str()?, hint).cloned()
            }
            // A plain value on the class, not shadowed by the instance.
            AttrSite::ClassValue { owner, hint, .. } => {
                let name = &frame.code.names[name_idx];
                let key = name.as_str()?;
                if let Some(d) = o.inst_dict().and_then(|d| d.dict_data())
                    && d.borrow().get_str(key.as_str(), key.hash()).is_some()
                {
                    return None;
                }
                let owner = owner.upgrade()?;
                let d = owner.type_data()?.dict().dict_data()?.borrow();
                d.get_str_hinted(name, key, hint).cloned()
            }
            // A function on the class, not shadowed by the instance: bind.
            AttrSite::Method { func, .. } => {
                let key = frame.code.names[name_idx].as_str()?;
                if let Some(d) = o.inst_dict().and_then(|d| d.dict_data())
                    && d.borrow().get_str(key.as_str(), key.hash()).is_some()
                {
                    return None;
                }
                let func = Value::Obj(func.upgrade()?);
                Some(Value::Obj(crate::object::PyObject::new(
                    self.types.method.clone(),
                    None,
                    Payload::BoundMethod(Box::new((func, obj.clone()))),
                )))
            }
            _ => None,
        }
    }

    /// A global of a plain module (`mod.name`): straight from its dict.
    /// Module objects have no data descriptors for ordinary names; dunder
    /// names and misses take the general path.
    #[inline]
    pub(crate) fn module_attr(
        &self,
        o: &crate::object::ObjRef,
        m: &crate::object::ModuleData,
        key: &crate::object::PyStr,
    ) -> Option<Value> {
        if !Rc::ptr_eq(o.class(), &self.types.module) || key.as_str().starts_with("__") {
            return None;
        }
        m.dict
            .dict_data()?
            .borrow()
            .get_str(key.as_str(), key.hash())
            .cloned()
    }

    pub(crate) fn fill_instance_site(&self, frame: &Frame, ip: usize, obj: &Value, key: &Value) {
        let Value::Obj(o) = obj else { return };
        let (Payload::Object(_), Some(s)) = (&o.payload, key.as_str()) else {
            return;
        };
        let name = s.as_str();
        if name.starts_with("__") {
            return;
        }
        let cls = o.class();
        let Some(t) = cls.type_data() else { return };
        if !t.heap {
            return;
        }
        if crate::types::typeobj::lookup(cls, "__getattribute__")
            .is_some_and(|g| !matches!(g.payload(), Some(Payload::Native(_))))
        {
            return;
        }
        // The instance dict must be where the value came from.
        let in_dict = o
            .inst_dict()
            .and_then(|d| d.dict_data())
            .is_some_and(|d| d.borrow().get_str(name, s.hash()).is_some());
        if !in_dict {
            self.fill_class_attr_site(frame, ip, cls, name, s.hash());
            return;
        }
        if self.class_has_data_descriptor(cls, name, s.hash()) {
            return;
        }
        Self::set_site(
            frame,
            ip,
            AttrSite::Instance {
                cls: Rc::downgrade(cls),
                version: t.version.get(),
                hint: std::cell::Cell::new(0),
            },
        );
    }

    /// After a slow `LoadAttr` that did not come from the instance dict.
    /// A property whose getter is a plain Python function, on a class
    /// without `__getattr__` (which would catch the getter's
    /// AttributeError): later loads call the getter as a frame.
    ///
    /// A plain function on the class is remembered as a `Method` entry:
    /// later loads bind it without looking anything up; a value that is
    /// no descriptor at all as a `ClassValue` entry.
    fn fill_class_attr_site(
        &self,
        frame: &Frame,
        ip: usize,
        cls: &crate::object::ObjRef,
        name: &str,
        hash: i64,
    ) {
        let Some(attr) = crate::types::typeobj::lookup_hashed(cls, name, hash) else {
            return;
        };
        if let Value::Obj(func) = &attr
            && let Payload::Function(_) = &func.payload
        {
            if let Some(site) = method_site(cls, func) {
                Self::set_site(frame, ip, site);
            }
            return;
        }
        let Some(t) = cls.type_data() else { return };
        if !self.is_descriptor(&attr) {
            self.fill_class_value_site(frame, ip, cls, name, hash);
            return;
        }
        let Some(Payload::Property(p)) = attr.payload() else {
            return;
        };
        let fget = p.borrow()[0].clone();
        let Value::Obj(fget) = &fget else { return };
        let Payload::Function(fd) = &fget.payload else {
            return;
        };
        if fd.code.code.is_generator_like()
            || crate::types::typeobj::lookup(cls, "__getattr__").is_some()
        {
            return;
        }
        Self::set_site(
            frame,
            ip,
            AttrSite::Getter {
                cls: Rc::downgrade(cls),
                version: t.version.get(),
                fget: Rc::downgrade(fget),
            },
        );
    }

    /// Whether `attr`, found on a class, takes part in attribute lookup
    /// through `__get__` (functions, properties, and anything whose type
    /// defines it) rather than being the attribute's value as it is.
    fn is_descriptor(&self, attr: &Value) -> bool {
        match attr {
            Value::Obj(_) => {
                let ac = self.type_of(attr);
                crate::types::typeobj::lookup(&ac, "__get__").is_some()
            }
            _ => false,
        }
    }

    /// Remember a class-level plain value for `cls`: the class of its MRO
    /// whose namespace holds it, and where.
    fn fill_class_value_site(
        &self,
        frame: &Frame,
        ip: usize,
        cls: &crate::object::ObjRef,
        name: &str,
        hash: i64,
    ) {
        let Some(t) = cls.type_data() else { return };
        let owner = t.mro.borrow().iter().find_map(|c| {
            let index = c
                .type_data()?
                .dict()
                .dict_data()?
                .borrow()
                .find_str_index(name, hash)?;
            Some((c.clone(), index))
        });
        let Some((owner, index)) = owner else { return };
        Self::set_site(
            frame,
            ip,
            AttrSite::ClassValue {
                cls: Rc::downgrade(cls),
                version: t.version.get(),
                owner: Rc::downgrade(&owner),
                hint: std::cell::Cell::new(index as u32),
            },
        );
    }

    /// `LoadAttr` through a getter site: the property's getter function.
    #[inline]
    pub(crate) fn cached_getter(
        &self,
        frame: &Frame,
        ip: usize,
        obj: &Value,
    ) -> Option<crate::object::ObjRef> {
        let Value::Obj(o) = obj else { return None };
        let sites = frame.code.attr_sites.borrow();
        let AttrSite::Getter { fget, .. } = site_for(&sites, ip, o)? else {
            return None;
        };
        fget.upgrade()
    }

    /// Whether the class (through its MRO) has a data descriptor (property,
    /// or anything with `__set__`/`__delete__`) under this name.
    fn class_has_data_descriptor(
        &self,
        cls: &crate::object::ObjRef,
        name: &str,
        hash: i64,
    ) -> bool {
        let Some(attr) = crate::types::typeobj::lookup_hashed(cls, name, hash) else {
            return false;
        };
        match attr.payload() {
            Some(Payload::Property(_)) => true,
            // A slot's value is in the instance dict, where the site reads.
            Some(Payload::AttrDescr(d)) if d.slot.is_some() => false,
            Some(Payload::Function(_))
            | Some(Payload::Native(_))
            | Some(Payload::StaticMethod(_))
            | Some(Payload::ClassMethod(_)) => false,
            _ => {
                let ac = self.type_of(&attr);
                crate::types::typeobj::lookup(&ac, "__set__").is_some()
                    || crate::types::typeobj::lookup(&ac, "__delete__").is_some()
            }
        }
    }

    fn set_site(frame: &Frame, ip: usize, site: crate::object::AttrSite) {
        let mut sites = frame.code.attr_sites.borrow_mut();
        if sites.len() <= ip {
            sites.resize(
                frame.code.code.instructions.len().max(ip + 1),
                AttrSite::Empty,
            );
        }
        install(&mut sites[ip], site);
    }

    /// `StoreAttr` through its site: an instance of the same class at the
    /// same version stores straight into its `__dict__`. Returns the value
    /// back when the site does not apply.
    #[inline(always)]
    pub(crate) fn cached_store(
        &self,
        frame: &Frame,
        ip: usize,
        obj: &Value,
        name_idx: usize,
        v: Value,
    ) -> Result<(), Value> {
        // The common case inline: a monomorphic store site whose hinted
        // dict entry holds the name already.
        let v = if let Value::Obj(o) = obj
            && let Some(AttrSite::Store { hint, .. }) =
                site_for(&frame.code.attr_sites.borrow(), ip, o)
            && let Some(d) = o.inst_dict().and_then(|d| d.dict_data())
        {
            let replaced = d
                .borrow_mut()
                .replace_at_hint(&frame.code.names[name_idx], hint, v);
            match replaced {
                // The old value is dropped after the borrow ends.
                Ok(_old) => return Ok(()),
                Err(v) => v,
            }
        } else {
            v
        };
        self.cached_store_general(frame, ip, obj, name_idx, v)
    }

    #[inline(never)]
    fn cached_store_general(
        &self,
        frame: &Frame,
        ip: usize,
        obj: &Value,
        name_idx: usize,
        v: Value,
    ) -> Result<(), Value> {
        let Value::Obj(o) = obj else { return Err(v) };
        let sites = frame.code.attr_sites.borrow();
        let Some(AttrSite::Store { hint, .. }) = site_for(&sites, ip, o) else {
            return Err(v);
        };
        let Some(d) = o.inst_dict().and_then(|d| d.dict_data()) else {
            return Err(v);
        };
        let name = &frame.code.names[name_idx];
        let Some(key) = name.as_str() else {
            return Err(v);
        };
        // The old value is dropped after the borrow ends.
        let old = d
            .borrow_mut()
            .set_str_hinted(name, key.as_str(), key.hash(), v, hint);
        drop(old);
        Ok(())
    }

    /// After a slow `StoreAttr` succeeded: remember the class if the store
    /// went to the instance dict with nothing on the class intercepting it.
    pub(crate) fn fill_store_site(&self, frame: &Frame, ip: usize, obj: &Value, key: &Value) {
        let Value::Obj(o) = obj else { return };
        let (Payload::Object(_), Some(s), Some(_)) = (&o.payload, key.as_str(), o.inst_dict())
        else {
            return;
        };
        let name = s.as_str();
        let cls = o.class();
        let Some(t) = cls.type_data() else { return };
        if !t.heap || name.starts_with("__") {
            return;
        }
        if crate::types::typeobj::lookup(cls, "__setattr__")
            .is_some_and(|f| !matches!(f.payload(), Some(Payload::Native(_))))
        {
            return;
        }
        if self.class_has_data_descriptor(cls, name, s.hash()) {
            return;
        }
        Self::set_site(
            frame,
            ip,
            AttrSite::Store {
                cls: Rc::downgrade(cls),
                version: t.version.get(),
                hint: std::cell::Cell::new(0),
            },
        );
    }

    /// `LoadMethod` through its site: same class and version, and no
    /// instance attribute of that name.
    #[inline(always)]
    pub(crate) fn cached_method(
        &self,
        frame: &Frame,
        ip: usize,
        obj: &Value,
        name_idx: usize,
    ) -> Option<Value> {
        // The common case inline: a monomorphic method site on an object
        // whose instance dict (if any) cannot hold the name.
        if let Value::Obj(o) = obj
            && let Some(AttrSite::Method { func, .. }) =
                site_for(&frame.code.attr_sites.borrow(), ip, o)
        {
            let shadow_free = match o.inst_dict().and_then(|d| d.dict_data()) {
                None => true,
                Some(d) => frame.code.names[name_idx]
                    .as_str()
                    .is_some_and(|k| !d.borrow().may_contain(k.hash())),
            };
            if shadow_free {
                return func.upgrade().map(Value::Obj);
            }
        }
        self.cached_method_general(frame, ip, obj, name_idx)
    }

    #[inline(never)]
    fn cached_method_general(
        &self,
        frame: &Frame,
        ip: usize,
        obj: &Value,
        name_idx: usize,
    ) -> Option<Value> {
        let Value::Obj(o) = obj else { return None };
        let sites = frame.code.attr_sites.borrow();
        let AttrSite::Method { func, .. } = site_for(&sites, ip, o)? else {
            return None;
        };
        if let Some(d) = o.inst_dict().and_then(|d| d.dict_data()) {
            let key = frame.code.names[name_idx].as_str()?;
            let d = d.borrow();
            // The filter is asked here, inline, because the usual answer
            // (not shadowed) then costs no call into the dict.
            if d.may_contain(key.hash()) && d.get_str(key.as_str(), key.hash()).is_some() {
                return None;
            }
        }
        func.upgrade().map(Value::Obj)
    }

    pub(crate) fn fill_method_site(&self, frame: &Frame, ip: usize, obj: &Value, func: &Value) {
        let Value::Obj(o) = obj else { return };
        if matches!(
            o.payload,
            Payload::Type(_) | Payload::Module(_) | Payload::Super(_)
        ) {
            return;
        }
        let (cls, Value::Obj(func)) = (o.class(), func) else {
            return;
        };
        if let Some(site) = method_site(cls, func) {
            Self::set_site(frame, ip, site);
        }
    }

    /// `LoadGlobal` through the per-code cache.
    #[inline]
    pub(crate) fn cached_global(&self, frame: &Frame, i: usize) -> Option<Value> {
        let gd = frame.globals.dict_data()?;
        let bd = frame.builtins.dict_data()?;
        let (gv, bv) = (gd.borrow().version(), bd.borrow().version());
        let gptr = Rc::as_ptr(&frame.globals) as *const u8 as usize;
        {
            let cache = frame.code.global_cache.borrow();
            if let Some(Some(e)) = cache.get(i)
                && e.globals == gptr
                && e.globals_version == gv
                && e.builtins_version == bv
            {
                return Some(e.value.clone());
            }
        }
        let key = &frame.code.names[i];
        let (name, h) = match key.as_str() {
            Some(s) => (s.as_str(), s.hash()),
            None => ("", 0),
        };
        let v = self.global_lookup(frame, name, h)?;
        let mut cache = frame.code.global_cache.borrow_mut();
        if cache.len() <= i {
            cache.resize(frame.code.names.len().max(i + 1), None);
        }
        cache[i] = Some(crate::object::GlobalCacheEntry {
            globals: gptr,
            globals_version: gv,
            builtins_version: bv,
            value: v.clone(),
        });
        Some(v)
    }

    pub(crate) fn global_lookup(&self, frame: &Frame, name: &str, h: i64) -> Option<Value> {
        if let Some(d) = frame.globals.dict_data()
            && let Some(v) = d.borrow().get_str(name, h)
        {
            return Some(v.clone());
        }
        frame
            .builtins
            .dict_data()?
            .borrow()
            .get_str(name, h)
            .cloned()
    }

    /// NameError with CPython's "Did you mean" hint from visible names.
    pub(crate) fn name_error_hint(&self, frame: &Frame, name: &str) -> PyErr {
        let e = self.name_error(name);
        let mut cands: Vec<String> = frame
            .code
            .code
            .varnames
            .iter()
            .map(|v| v.to_string())
            .collect();
        for d in [&frame.globals, &frame.builtins] {
            if let Some(t) = d.dict_data() {
                cands.extend(
                    t.borrow()
                        .iter()
                        .filter_map(|e| e.key.str_value().map(|s| s.to_string())),
                );
            }
        }
        if let Some(h) = crate::vm::errors::suggest(name, cands.iter().map(|s| s.as_str()))
            && let Some(d) = &self.inst_dict_for_write(&e.exc)
        {
            self.dict_set_str(
                d,
                "__anext_hint__",
                self.new_string(format!(". Did you mean: '{h}'?")),
            );
        }
        e
    }

    /// How CPython names a callable in call errors: `module.qualname()`.
    pub fn function_str(&mut self, f: &Value) -> String {
        let qual = self
            .getattr_opt(f, "__qualname__")
            .ok()
            .flatten()
            .and_then(|q| q.str_value().map(|s| s.to_string()));
        let Some(qual) = qual else {
            return format!("{} object", self.type_name(f));
        };
        let module = self
            .getattr_opt(f, "__module__")
            .ok()
            .flatten()
            .and_then(|m| m.str_value().map(|s| s.to_string()));
        match module {
            Some(m) if m != "builtins" => format!("{m}.{qual}()"),
            _ => format!("{qual}()"),
        }
    }
}

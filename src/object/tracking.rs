//! What the cycle collector needs to know about objects: which ones it
//! tracks, the strong references each one holds, and how to break them.
//!
//! Reference counting frees everything except reference cycles. To find
//! cycles without knowing the roots (Rust locals hold `Rc`s too), the
//! collector (`vm::cycles`) compares each tracked object's strong count
//! with the references the tracked objects hold to one another: whatever
//! is referenced from outside the set is alive. That only works if
//! `visit_refs` reports each strong reference an object owns exactly once;
//! reporting one it does not own could free a live object, missing one
//! only keeps garbage. So shared interiors (`Rc<CodeRt>`, defaults and
//! closures shared with another function) are not looked into.
//!
//! Objects register themselves at creation in a per-thread registry of
//! weak references, split in three generations like CPython's, and leave
//! it when they die (`PyObject`'s `Drop`), so each generation's count is
//! of live objects and dead ones are freed at once.

use super::{GenState, IterState, ObjRef, Payload, PyObject, Value};
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

/// `PyObject::gc_home` of an object the collector does not track.
pub const UNTRACKED: u32 = u32::MAX;
const INDEX_BITS: u32 = 30;
const INDEX_MASK: u32 = (1 << INDEX_BITS) - 1;

/// One generation: a slab of weak references with stable indexes (an
/// object's `gc_home` names its generation and index).
#[derive(Default)]
pub struct Generation {
    slots: Vec<Option<Weak<PyObject>>>,
    free: Vec<u32>,
    /// Live members.
    pub live: usize,
}

impl Generation {
    const fn new() -> Generation {
        Generation {
            slots: Vec::new(),
            free: Vec::new(),
            live: 0,
        }
    }
    fn insert(&mut self, w: Weak<PyObject>) -> Option<u32> {
        let i = match self.free.pop() {
            Some(i) => {
                self.slots[i as usize] = Some(w);
                i
            }
            None => {
                // Index INDEX_MASK of the last generation would read as
                // UNTRACKED.
                if self.slots.len() >= INDEX_MASK as usize {
                    return None;
                }
                self.slots.push(Some(w));
                self.slots.len() as u32 - 1
            }
        };
        self.live += 1;
        Some(i)
    }
    fn remove(&mut self, i: u32) -> Option<Weak<PyObject>> {
        let w = self.slots.get_mut(i as usize)?.take()?;
        self.free.push(i);
        self.live -= 1;
        // An emptied generation gives its memory back to the allocator's
        // hot end: restart the slab.
        if self.live == 0 {
            self.slots.clear();
            self.free.clear();
        }
        Some(w)
    }
    /// The live members, as strong references.
    pub fn members(&self, out: &mut Vec<ObjRef>) {
        out.extend(self.slots.iter().flatten().filter_map(Weak::upgrade));
    }
}

/// The per-thread registry of tracked objects and the collector's
/// settings. Objects move up a generation each time they survive a
/// collection of theirs, so long-lived ones are looked at rarely.
pub struct Registry {
    /// Young (created since the last collection), middle, old, and the
    /// permanent generation (`PERMANENT`) that collections never look at.
    pub generations: [Generation; 4],
    /// Where new objects go: the young generation, or the permanent one
    /// while an interpreter builds its built-in classes and modules.
    new_home: usize,
    /// Of the permanent generation, how many came from `gc.freeze()`.
    pub frozen_by_user: usize,
    /// Live old objects after the last full collection.
    pub old_after_full: usize,
    pub enabled: bool,
    pub thresholds: (i64, i64, i64),
    /// Young collections since the last middle one, middle collections
    /// since the last full one.
    pub collections: (i64, i64),
    /// A collection is under way (its finalizers may reach safe points).
    pub collecting: bool,
}

impl Registry {
    /// Move a live tracked object into `generation`.
    pub fn promote(&mut self, obj: &PyObject, generation: usize) {
        let home = obj.gc_home.get();
        let from = (home >> INDEX_BITS) as usize;
        if home == UNTRACKED || from == generation {
            return;
        }
        let Some(w) = self.generations[from].remove(home & INDEX_MASK) else {
            return;
        };
        obj.gc_home
            .set(match self.generations[generation].insert(w) {
                Some(i) => (generation as u32) << INDEX_BITS | i,
                None => UNTRACKED,
            });
    }
}

thread_local! {
    static REGISTRY: RefCell<Registry> = const {
        RefCell::new(Registry {
            generations: [
                Generation::new(),
                Generation::new(),
                Generation::new(),
                Generation::new(),
            ],
            new_home: 0,
            frozen_by_user: 0,
            old_after_full: 0,
            enabled: true,
            thresholds: (2000, 10, 10),
            collections: (0, 0),
            collecting: false,
        })
    };
    /// Set when the young generation reaches its threshold; the VM
    /// collects at its next safe point.
    static DUE: Cell<bool> = const { Cell::new(false) };
}

/// Run `f` on this thread's registry. `f` must not drop objects.
pub fn with_registry<R>(f: impl FnOnce(&mut Registry) -> R) -> R {
    REGISTRY.with(|r| f(&mut r.borrow_mut()))
}

/// Whether a collection is due (cheap: checked at the VM's safe points).
#[inline]
pub fn collection_due() -> bool {
    DUE.with(|d| d.get())
}

pub fn clear_due() {
    DUE.with(|d| d.set(false));
}

/// Register a new object if it can take part in a cycle.
#[inline]
pub fn track_new(obj: &ObjRef) {
    if !is_trackable(obj) {
        return;
    }
    let _ = REGISTRY.try_with(|r| {
        let Ok(mut r) = r.try_borrow_mut() else {
            return;
        };
        let home = r.new_home;
        if let Some(i) = r.generations[home].insert(Rc::downgrade(obj)) {
            obj.gc_home.set((home as u32) << INDEX_BITS | i);
        }
        let (threshold, live) = (r.thresholds.0, r.generations[0].live);
        if home == 0 && r.enabled && threshold > 0 && live as i64 > threshold {
            DUE.with(|d| d.set(true));
        }
    });
}

/// The generation collections never examine (CPython's permanent
/// generation, where `gc.freeze()` puts objects).
pub const PERMANENT: usize = 3;

/// While `on`, new objects go straight to the permanent generation: an
/// interpreter's built-in classes, functions and modules live as long as
/// it does, and leaving them out of collections keeps every full
/// collection (and the one at exit) from walking thousands of them.
pub fn set_building_runtime(on: bool) {
    with_registry(|r| r.new_home = if on { PERMANENT } else { 0 });
}

/// Move every object of generations `from` into `to`.
fn move_all(r: &mut Registry, from: std::ops::RangeInclusive<usize>, to: usize) {
    let mut members = Vec::new();
    for g in &r.generations[from] {
        g.members(&mut members);
    }
    for o in &members {
        r.promote(o, to);
    }
    // Dropping `members` cannot free anything: each had another owner.
    drop(members);
}

/// `gc.freeze()`: everything tracked now goes to the permanent generation.
pub fn freeze() {
    with_registry(|r| {
        let before = r.generations[PERMANENT].live;
        move_all(r, 0..=2, PERMANENT);
        r.frozen_by_user += r.generations[PERMANENT].live - before;
    });
}

/// `gc.unfreeze()`, and what an interpreter being dropped does: the
/// permanent generation goes back into the oldest one, where a full
/// collection finds whatever became garbage.
pub fn unfreeze() {
    with_registry(|r| {
        move_all(r, PERMANENT..=PERMANENT, 2);
        r.frozen_by_user = 0;
    });
}

/// A tracked object is being dropped: take it out of its generation.
pub fn forget(home: u32) {
    // `try_with`: objects may outlive the registry at thread exit.
    let _ = REGISTRY.try_with(|r| {
        if let Ok(mut r) = r.try_borrow_mut() {
            let generation = (home >> INDEX_BITS) as usize;
            // Dropping a weak reference never frees an object's contents.
            r.generations[generation].remove(home & INDEX_MASK);
        }
    });
}

/// A new object's `__dict__` that nothing else references is made part of
/// the object: untracked itself, its entries are visited and cleared with
/// the object, which halves the work for instances.
pub fn untrack_dict(dict: &ObjRef) {
    if Rc::strong_count(dict) == 1 && matches!(dict.payload, Payload::Dict(_)) {
        let home = dict.gc_home.replace(UNTRACKED);
        if home != UNTRACKED {
            forget(home);
        }
    }
}

/// The entries of `obj`'s untracked `__dict__` while only `obj` (and its
/// life hooks) reference it; None once it is shared, when its references
/// count as held from outside.
fn owned_dict<'a>(obj: &PyObject, dict: &'a ObjRef) -> Option<&'a RefCell<super::Dict>> {
    let hooks = match &obj.payload {
        Payload::Object(h) => h
            .try_borrow()
            .ok()?
            .as_ref()
            .is_some_and(|h| h.dict.as_ref().is_some_and(|d| Rc::ptr_eq(d, dict))),
        _ => false,
    };
    if Rc::strong_count(dict) == 1 + hooks as usize {
        dict.dict_data()
    } else {
        None
    }
}

/// Whether the collector tracks `obj` (registered at creation).
pub fn is_tracked(obj: &PyObject) -> bool {
    obj.gc_home.get() != UNTRACKED
}

/// Whether the collector should track `obj`: anything that can hold a
/// strong reference to another tracked object.
fn is_trackable(obj: &PyObject) -> bool {
    if obj.inst_dict().is_some() {
        return true;
    }
    match &obj.payload {
        Payload::Int(_)
        | Payload::Float(_)
        | Payload::Complex(..)
        | Payload::Str(_)
        | Payload::Bytes(_)
        | Payload::ByteArray(_)
        | Payload::Range(_)
        | Payload::Slice(_)
        | Payload::Code(_)
        | Payload::TextStream(_)
        | Payload::Singleton
        | Payload::WeakRef(..)
        | Payload::Regex(_)
        | Payload::MemoryView(_)
        | Payload::Traceback(_) => false,
        Payload::Native(n) => n.bound.is_some(),
        // Slot descriptors of Python classes refer back to their class.
        Payload::AttrDescr(d) => d.slot.is_some(),
        // A tuple of atoms can never be part of a cycle.
        Payload::Tuple(items) => items.iter().any(may_be_tracked),
        _ => true,
    }
}

/// Conservative and cheap: false only for values that are never tracked.
fn may_be_tracked(v: &Value) -> bool {
    match v {
        Value::Obj(o) => !matches!(
            o.payload,
            Payload::Int(_)
                | Payload::Float(_)
                | Payload::Complex(..)
                | Payload::Str(_)
                | Payload::Bytes(_)
                | Payload::Singleton
        ),
        _ => false,
    }
}

/// Report every strong object reference `obj` owns, once each. Returns
/// false when part of the object is borrowed right now and could not be
/// looked at (the collector then treats the object as reachable).
pub fn visit_refs(obj: &PyObject, visit: &mut dyn FnMut(&ObjRef)) -> bool {
    visit(obj.class());
    if let Some(d) = obj.inst_dict() {
        if is_tracked(d) {
            visit(d);
        } else if let Some(entries) = owned_dict(obj, d) {
            // An instance dict is part of its object (see `untrack_dict`).
            let Ok(entries) = entries.try_borrow() else {
                return false;
            };
            for e in entries.iter() {
                for v in [&e.key, &e.value] {
                    if let Value::Obj(o) = v {
                        visit(o);
                    }
                }
            }
        }
    }
    let mut value = |v: &Value| {
        if let Value::Obj(o) = v {
            visit(o)
        }
    };
    match &obj.payload {
        Payload::Object(hooks) => {
            let Ok(hooks) = hooks.try_borrow() else {
                return false;
            };
            if let Some(h) = hooks.as_ref() {
                value(&Value::Obj(h.cls.clone()));
                if let Some(d) = &h.dict {
                    value(&Value::Obj(d.clone()));
                }
                // The weakref callbacks are left out on purpose: in CPython
                // the weak reference owns its callback, so a callback must
                // stay intact for as long as its weak reference lives.
                // Unreported, they count as held from outside.
            }
        }
        Payload::Type(t) => {
            t.visit_namespace(&mut value);
            let (Ok(bases), Ok(mro), Ok(cache)) = (
                t.bases.try_borrow(),
                t.mro.try_borrow(),
                t.lookup_cache.try_borrow(),
            ) else {
                return false;
            };
            for c in bases.iter().chain(mro.iter()) {
                value(&Value::Obj(c.clone()));
            }
            cache
                .values()
                .filter_map(|(_, v)| v.as_ref())
                .for_each(value);
        }
        Payload::Tuple(items) => items.iter().for_each(value),
        Payload::List(items) => match items.try_borrow() {
            Ok(items) => items.iter().for_each(value),
            Err(_) => return false,
        },
        Payload::Future(f) if !f.visit(&mut value) => return false,
        Payload::Handle(h) if !crate::modules::asyncio::handle::visit(h, &mut value) => {
            return false;
        }
        Payload::Deque(d) => match d.items.try_borrow() {
            Ok(items) => items.iter().for_each(value),
            Err(_) => return false,
        },
        Payload::Dict(d) => match d.try_borrow() {
            Ok(d) => d.iter().for_each(|e| {
                value(&e.key);
                value(&e.value);
            }),
            Err(_) => return false,
        },
        Payload::Set(s) => match s.try_borrow() {
            Ok(s) => s.iter().for_each(value),
            Err(_) => return false,
        },
        Payload::FrozenSet(s) => s.iter().for_each(value),
        Payload::Function(f) => {
            value(&Value::Obj(f.globals.clone()));
            value(&Value::Obj(f.builtins.clone()));
            let (Ok(name), Ok(qualname), Ok(defaults), Ok(kwdefaults)) = (
                f.name.try_borrow(),
                f.qualname.try_borrow(),
                f.defaults.try_borrow(),
                f.kwdefaults.try_borrow(),
            ) else {
                return false;
            };
            value(&name);
            value(&qualname);
            if let Some(d) = defaults.as_ref()
                && Rc::strong_count(d) == 1
            {
                d.iter().for_each(&mut value);
            }
            if let Some(k) = kwdefaults.as_ref() {
                value(&Value::Obj(k.clone()));
            }
            if let Some(c) = &f.closure
                && Rc::strong_count(c) == 1
            {
                c.iter().for_each(|c| value(&Value::Obj(c.clone())));
            }
            let (Ok(doc), Ok(module), Ok(ann)) = (
                f.doc.try_borrow(),
                f.module.try_borrow(),
                f.annotations.try_borrow(),
            ) else {
                return false;
            };
            value(&doc);
            value(&module);
            if let Some(a) = ann.as_ref() {
                value(&Value::Obj(a.clone()));
            }
            if let Some(d) = f.dict.get() {
                value(&Value::Obj(d.clone()));
            }
        }
        Payload::BoundMethod(pair) => {
            value(&pair.0);
            value(&pair.1);
        }
        Payload::Native(n) => {
            if let Some(b) = &n.bound {
                value(b);
            }
            if let Some(o) = &n.owner {
                value(&Value::Obj(o.clone()));
            }
            match n.module.try_borrow() {
                Ok(m) => value(&m),
                Err(_) => return false,
            }
        }
        Payload::Module(m) => value(&Value::Obj(m.dict.clone())),
        Payload::Cell(c) => match c.try_borrow() {
            Ok(c) => c.iter().for_each(value),
            Err(_) => return false,
        },
        Payload::Exception(e) => {
            let (Ok(args), Ok(tb), Ok(cause), Ok(context)) = (
                e.args.try_borrow(),
                e.traceback.try_borrow(),
                e.cause.try_borrow(),
                e.context.try_borrow(),
            ) else {
                return false;
            };
            value(&args);
            tb.iter().for_each(&mut value);
            value(&cause);
            value(&context);
        }
        Payload::Generator(g) => {
            let state = g.take_state();
            if let GenState::Created(f) | GenState::Suspended(f) = &state {
                f.stack.iter().for_each(&mut value);
                f.fast.iter().flatten().for_each(&mut value);
                for o in [&f.globals, &f.builtins] {
                    value(&Value::Obj(o.clone()));
                }
                for o in [&f.locals, &f.owner, &f.outer_exc].into_iter().flatten() {
                    value(&Value::Obj(o.clone()));
                }
                if let crate::vm::frame::Delivery::Init(v) = &f.delivery {
                    value(v);
                }
            }
            g.set_state(state);
            g.with_extra(|extra| {
                if let Some(e) = extra.as_ref() {
                    [&e.name, &e.qualname, &e.finalizer, &e.saved_exc]
                        .into_iter()
                        .flatten()
                        .for_each(&mut value);
                }
            });
        }
        Payload::Property(p) => {
            if let Ok(p) = p.try_borrow() {
                p.iter().for_each(value)
            }
        }
        Payload::ClassMethod(v) | Payload::StaticMethod(v) | Payload::FrameView(v) => value(v),
        Payload::Iter(it) => match it.try_borrow() {
            Ok(it) => visit_iter(&it, &mut value),
            Err(_) => return false,
        },
        Payload::Super(s) => {
            value(&Value::Obj(s.0.clone()));
            value(&s.1);
        }
        Payload::Wrapper(w) => match w.try_borrow() {
            Ok(w) => value(&w),
            Err(_) => return false,
        },
        Payload::DictView(d, _) => value(&Value::Obj(d.clone())),
        Payload::AttrDescr(d) => value(&Value::Obj(d.owner.clone())),
        Payload::AgAwaitable(a) => {
            value(&a.agen);
            match &a.op {
                super::AgOp::Asend(v) => value(v),
                super::AgOp::Athrow(v) => v.iter().for_each(value),
            }
        }
        // Untracked kinds hold no references the collector follows.
        _ => {}
    }
    true
}

fn visit_iter(it: &IterState, value: &mut dyn FnMut(&Value)) {
    match it {
        IterState::Seq { seq, .. } | IterState::Reversed { seq, .. } => value(seq),
        IterState::Deque { deque, .. } => value(deque),
        IterState::FutureAwait { fut, .. } => value(fut),
        IterState::Str { s, .. } => value(s),
        IterState::DictKeys { dict, .. } => value(&Value::Obj(dict.clone())),
        IterState::Set { set, .. } => value(set),
        IterState::Enumerate { iter, .. } => value(iter),
        IterState::Zip { iters, .. } => iters.iter().for_each(value),
        IterState::Map { func, iters } => {
            value(func);
            iters.iter().for_each(value);
        }
        IterState::Filter { func, iter, .. } => {
            value(func);
            value(iter);
        }
        IterState::Callable { func, sentinel } => {
            value(func);
            value(sentinel);
        }
        IterState::Values { items, .. } => items.iter().for_each(value),
        IterState::Range { .. } | IterState::Exhausted => {}
    }
}

/// Break the references `obj` holds through its mutable parts, so that a
/// garbage cycle it belongs to falls apart. Every cycle passes through at
/// least one mutable container, so immutable objects need no clearing.
/// The values taken out are returned to be dropped by the caller, after
/// every object of the cycle has been cleared.
pub fn clear_refs(obj: &PyObject, out: &mut Vec<Value>) {
    if let Some(d) = obj.inst_dict()
        && !is_tracked(d)
        && let Some(entries) = owned_dict(obj, d)
        && let Ok(mut entries) = entries.try_borrow_mut()
    {
        for e in entries.iter() {
            out.push(e.key.clone());
            out.push(e.value.clone());
        }
        entries.clear();
    }
    match &obj.payload {
        Payload::List(items) => {
            if let Ok(mut items) = items.try_borrow_mut() {
                out.append(&mut items);
            }
        }
        Payload::Future(f) => f.clear(out),
        Payload::Handle(h) => crate::modules::asyncio::handle::clear(h, out),
        Payload::Deque(d) => {
            if let Ok(mut items) = d.items.try_borrow_mut() {
                out.extend(items.drain(..));
            }
        }
        Payload::Dict(d) => {
            if let Ok(mut d) = d.try_borrow_mut() {
                for e in d.iter() {
                    out.push(e.key.clone());
                    out.push(e.value.clone());
                }
                d.clear();
            }
        }
        Payload::Set(s) => {
            if let Ok(mut s) = s.try_borrow_mut() {
                out.extend(s.iter().cloned());
                s.clear();
            }
        }
        Payload::Cell(c) => {
            if let Ok(mut c) = c.try_borrow_mut() {
                out.extend(c.take());
            }
        }
        Payload::Type(t) => {
            if let Ok(mut mro) = t.mro.try_borrow_mut() {
                out.extend(mro.drain(..).map(Value::Obj));
            }
            if let Ok(mut bases) = t.bases.try_borrow_mut() {
                out.extend(bases.drain(..).map(Value::Obj));
            }
            if let Ok(mut cache) = t.lookup_cache.try_borrow_mut() {
                out.extend(cache.drain().filter_map(|(_, (_, v))| v));
            }
            t.version.set(t.version.get().wrapping_add(1));
        }
        Payload::Exception(e) => {
            for field in [&e.cause, &e.context] {
                if let Ok(mut f) = field.try_borrow_mut() {
                    out.push(std::mem::replace(&mut *f, Value::None));
                }
            }
            if let Ok(mut tb) = e.traceback.try_borrow_mut() {
                out.extend(tb.take());
            }
        }
        Payload::Generator(g) => {
            // Its finalizer has run already: drop the frame as it is.
            if let GenState::Created(f) | GenState::Suspended(f) = g.replace_state(GenState::Closed)
            {
                drop_frame(*f, out);
            }
            g.with_extra(|extra| {
                if let Some(e) = extra.as_mut() {
                    out.extend(e.saved_exc.take());
                }
            });
        }
        Payload::Iter(it) => {
            if let Ok(mut it) = it.try_borrow_mut()
                && let IterState::Values { items, .. } | IterState::Zip { iters: items, .. } =
                    &mut *it
            {
                out.append(items);
            }
        }
        Payload::Wrapper(w) => {
            if let Ok(mut w) = w.try_borrow_mut() {
                out.push(std::mem::replace(&mut *w, Value::None));
            }
        }
        _ => {}
    }
}

fn drop_frame(mut f: crate::vm::frame::Frame, out: &mut Vec<Value>) {
    out.append(&mut f.stack);
    out.extend(f.fast.drain(..).flatten());
    out.extend(f.locals.take().map(Value::Obj));
    out.extend(f.owner.take().map(Value::Obj));
    out.extend(f.outer_exc.take().map(Value::Obj));
}

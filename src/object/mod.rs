//! Values and heap objects.
//!
//! `Value` keeps `None`, booleans, small ints and floats inline; everything
//! else is a reference-counted `PyObject` whose payload enum says which
//! built-in type's data it carries, so downcasts are a `match`.

pub mod dict;
pub mod set;
pub mod str;
pub mod tracking;

use crate::bytecode::CodeObject;
use crate::vm::frame::Frame;
use crate::vm::native::NativeFunc;
pub use dict::Dict;
use malachite_bigint::BigInt;
pub use set::SetData;
use std::cell::{Cell, OnceCell, RefCell};
use std::rc::Rc;
pub use str::PyStr;

pub type ObjRef = Rc<PyObject>;

/// A Python value. Every payload is an integer or a pointer of 8 bytes,
/// which makes `Value` a scalar pair: rustc moves it in two registers.
/// (A `bool` or `f64` payload would make it an aggregate, copied through
/// memory as 16 bytes; reading 16 bytes just written as tag and payload
/// separately stalls store-to-load forwarding, and that cost the
/// interpreter loop a third of its time on every push and pop.)
#[derive(Clone)]
pub enum Value {
    None,
    Bool(BoolBits),
    Int(i64),
    Float(FloatBits),
    Obj(ObjRef),
}

/// An `f64` kept as its bits (see `Value`).
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct FloatBits(u64);

impl FloatBits {
    #[inline(always)]
    pub const fn new(f: f64) -> FloatBits {
        FloatBits(f.to_bits())
    }
    #[inline(always)]
    pub const fn get(self) -> f64 {
        f64::from_bits(self.0)
    }
}

/// A `bool` kept as a word (see `Value`).
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct BoolBits(u64);

impl BoolBits {
    pub const TRUE: BoolBits = BoolBits(1);
    pub const FALSE: BoolBits = BoolBits(0);
    #[inline(always)]
    pub const fn new(b: bool) -> BoolBits {
        BoolBits(b as u64)
    }
    #[inline(always)]
    pub const fn get(self) -> bool {
        self.0 != 0
    }
}

impl Value {
    pub const TRUE: Value = Value::Bool(BoolBits::TRUE);
    pub const FALSE: Value = Value::Bool(BoolBits::FALSE);
    #[inline(always)]
    pub const fn bool(b: bool) -> Value {
        Value::Bool(BoolBits::new(b))
    }
    #[inline(always)]
    pub const fn float(f: f64) -> Value {
        Value::Float(FloatBits::new(f))
    }
    #[inline]
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }
    #[inline]
    pub fn as_obj(&self) -> Option<&ObjRef> {
        match self {
            Value::Obj(o) => Some(o),
            _ => None,
        }
    }
    #[inline]
    pub fn payload(&self) -> Option<&Payload> {
        match self {
            Value::Obj(o) => Some(&o.payload),
            _ => None,
        }
    }
    /// Identity, as Python's `is`.
    #[inline]
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::None, Value::None) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a == b,
            (Value::Obj(a), Value::Obj(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }
    pub fn as_str(&self) -> Option<&PyStr> {
        match self.payload() {
            Some(Payload::Str(s)) => Some(s),
            _ => None,
        }
    }
    pub fn str_value(&self) -> Option<&str> {
        self.as_str().map(|s| s.as_str())
    }
    pub fn from_str(s: &str, vm: &crate::vm::Vm) -> Value {
        vm.new_str(s)
    }
    /// The identity used by `id()` and default reprs.
    pub fn id(&self) -> usize {
        match self {
            Value::Obj(o) => Rc::as_ptr(o) as *const u8 as usize,
            Value::None => 0x1000,
            Value::Bool(b) => 0x2000 + b.get() as usize * 32,
            // Wrapping: negative ints and large floats must not overflow.
            Value::Int(i) => (*i as usize).wrapping_mul(32).wrapping_add(0x10_0000),
            Value::Float(f) => (f.get().to_bits() as usize)
                .wrapping_mul(32)
                .wrapping_add(0x20_0000),
        }
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::bool(b)
    }
}
impl From<i64> for Value {
    fn from(i: i64) -> Value {
        Value::Int(i)
    }
}
impl From<f64> for Value {
    fn from(f: f64) -> Value {
        Value::float(f)
    }
}
impl From<ObjRef> for Value {
    fn from(o: ObjRef) -> Value {
        Value::Obj(o)
    }
}

pub struct PyObject {
    cls: OnceCell<ObjRef>,
    /// The instance `__dict__`, for objects of classes that have one: made
    /// with the object, except an exception's, made when first needed
    /// (`Vm::exc_dict`).
    dict: OnceCell<ObjRef>,
    pub payload: Payload,
    /// Where the cycle collector's registry keeps this object (generation
    /// and index), or `tracking::UNTRACKED`.
    pub(crate) gc_home: Cell<u32>,
    /// The collector's scratch: this object's place in the set being
    /// collected, plus one (0 outside a collection).
    pub(crate) gc_slot: Cell<u32>,
}

impl Drop for PyObject {
    fn drop(&mut self) {
        let home = self.gc_home.get();
        if home != tracking::UNTRACKED {
            tracking::forget(home);
        }
    }
}

impl PyObject {
    pub fn new(cls: ObjRef, dict: Option<ObjRef>, payload: Payload) -> ObjRef {
        let cell = OnceCell::new();
        let _ = cell.set(cls);
        if let Some(d) = &dict {
            tracking::untrack_dict(d);
        }
        let obj = Rc::new(PyObject {
            cls: cell,
            dict: match dict {
                Some(d) => OnceCell::from(d),
                None => OnceCell::new(),
            },
            payload,
            gc_home: Cell::new(tracking::UNTRACKED),
            gc_slot: Cell::new(0),
        });
        tracking::track_new(&obj);
        obj
    }
    /// An object the collector never tracks: only for a `__dict__` made
    /// for a new object (`Vm::new_attr_dict`), which `PyObject::new`
    /// would untrack at once (see `tracking::untrack_dict`).
    pub fn new_untracked(cls: ObjRef, payload: Payload) -> ObjRef {
        let cell = OnceCell::new();
        let _ = cell.set(cls);
        Rc::new(PyObject {
            cls: cell,
            dict: OnceCell::new(),
            payload,
            gc_home: Cell::new(tracking::UNTRACKED),
            gc_slot: Cell::new(0),
        })
    }
    /// An object whose class is set afterwards (only `type` itself).
    pub fn new_unclassed(payload: Payload) -> ObjRef {
        Rc::new(PyObject {
            cls: OnceCell::new(),
            dict: OnceCell::new(),
            payload,
            gc_home: Cell::new(tracking::UNTRACKED),
            gc_slot: Cell::new(0),
        })
    }
    /// The instance `__dict__`, if the object has one (yet).
    #[inline]
    pub fn inst_dict(&self) -> Option<&ObjRef> {
        self.dict.get()
    }
    /// The instance `__dict__`, made now if it is still to be made (only
    /// an exception's is made late).
    pub fn inst_dict_or_make(&self, make: impl FnOnce() -> ObjRef) -> &ObjRef {
        self.dict.get_or_init(make)
    }
    pub fn set_class_once(&self, cls: ObjRef) {
        let _ = self.cls.set(cls);
    }
    #[inline]
    pub fn class(&self) -> &ObjRef {
        // Every object is created with its class; only the bootstrap of
        // `type` sets it a moment later, before any Python code runs.
        self.cls.get().expect("object without a class")
    }
    pub fn type_data(&self) -> Option<&TypeData> {
        match &self.payload {
            Payload::Type(t) => Some(t),
            _ => None,
        }
    }
    pub fn dict_data(&self) -> Option<&RefCell<Dict>> {
        match &self.payload {
            Payload::Dict(d) => Some(d),
            _ => None,
        }
    }
}

pub enum Payload {
    /// `object()` and instances of classes with no built-in data. The
    /// hooks, when set, report the instance's death (for `__del__` and
    /// weakref callbacks).
    Object(RefCell<Option<Box<LifeHooks>>>),
    Type(Box<TypeData>),
    /// Integers beyond i64, and instances of int subclasses.
    Int(BigInt),
    Float(f64),
    Complex(f64, f64),
    Str(PyStr),
    Bytes(Box<[u8]>),
    ByteArray(RefCell<Vec<u8>>),
    Tuple(Box<[Value]>),
    List(RefCell<Vec<Value>>),
    Dict(Box<RefCell<Dict>>),
    Set(Box<RefCell<SetData>>),
    FrozenSet(Box<SetData>),
    Range(RangeData),
    Slice(Box<[Value; 3]>),
    Function(Box<FunctionData>),
    BoundMethod(Box<(Value, Value)>),
    Native(Box<NativeData>),
    Module(ModuleData),
    Cell(RefCell<Option<Value>>),
    Code(Rc<CodeRt>),
    Exception(Box<ExcData>),
    Generator(GenData),
    /// fget, fset, fdel, doc: set again by `property.__init__` (a
    /// subclass's `super().__init__(...)`).
    Property(Box<RefCell<[Value; 4]>>),
    ClassMethod(Value),
    StaticMethod(Value),
    Iter(Box<RefCell<IterState>>),
    Super(Box<(ObjRef, Value)>),
    Traceback(Box<TracebackData>),
    /// Write-only text stream backed by stdout/stderr, or a file.
    TextStream(Box<RefCell<crate::types::io::Stream>>),
    Singleton,
    Wrapper(RefCell<Value>),
    /// `dict.keys()` (0), `.values()` (1), `.items()` (2) over a dict.
    DictView(ObjRef, u8),
    AgAwaitable(Box<AgAwaitable>),
    /// A view of a generator's frame (`gi_frame`, `cr_frame`, `ag_frame`).
    FrameView(Value),
    /// `weakref.ref(obj)`: does not keep `obj` alive.
    /// The referent, and its hash once computed (-1: not yet), kept so
    /// that a dead reference still hashes (and can leave a dict).
    WeakRef(std::rc::Weak<PyObject>, Cell<i64>),
    /// A compiled regular expression (the `re` module's engine).
    Regex(Box<crate::modules::regex::RegexData>),
    /// A data descriptor of a built-in type (`int.real`, `range.start`).
    AttrDescr(Box<crate::types::descr::AttrDescrData>),
    /// `memoryview(obj)`: a live window onto bytes or a bytearray.
    MemoryView(Box<crate::types::memoryview::MemoryViewData>),
    /// `collections.deque` and its subclasses.
    Deque(Box<crate::types::deque::DequeData>),
    /// asyncio's Future and Task (and subclasses' instances).
    Future(Box<crate::modules::asyncio::future::FutureData>),
    /// asyncio's Handle and TimerHandle.
    Handle(Box<crate::modules::asyncio::handle::HandleData>),
}

pub struct TypeData {
    pub name: RefCell<Rc<str>>,
    pub qualname: RefCell<Rc<str>>,
    pub bases: RefCell<Vec<ObjRef>>,
    pub mro: RefCell<Vec<ObjRef>>,
    /// The class namespace: a dict object. Read it through `dict()`, which
    /// first writes in what `deferred` still holds.
    namespace: ObjRef,
    /// Built-in attributes not yet written into `namespace` (see
    /// `types::deferred`): most programs touch few of the built-in
    /// classes, so their method tables are filled in on first use.
    deferred: RefCell<Option<Box<crate::types::deferred::Deferred>>>,
    /// Which built-in layout instances carry (inherited from the bases).
    pub kind: BaseKind,
    /// True for classes made by a `class` statement.
    pub heap: bool,
    /// Instances get a `__dict__`.
    pub has_dict: bool,
    pub slots: Option<Vec<Rc<str>>>,
    /// Bumped on every change to this class or an ancestor's namespace.
    /// How many attributes an instance's `__dict__` held when its
    /// `__init__` finished, at most: new instances' dicts start that big,
    /// so building one does not grow it step by step.
    pub dict_hint: Cell<u32>,
    pub version: Cell<u64>,
    /// Results of MRO lookups by name hash; cleared when this class or an
    /// ancestor changes its namespace.
    pub lookup_cache: RefCell<LookupCache>,
    /// Direct subclasses, to invalidate their caches.
    pub subclasses: RefCell<Vec<std::rc::Weak<PyObject>>>,
    /// How calling the class makes an instance, worked out once per
    /// `version` (see `types::object::init_recipe`).
    pub init_recipe: RefCell<Option<InitRecipe>>,
    /// For a built-in class: the shortcut for calls of it that finish at
    /// once (`type(x)`, `int(x)`, ...; see `vm::native::FastFn`).
    pub fast_call: Cell<Option<crate::vm::native::FastFn>>,
}

impl TypeData {
    /// A class's data with an empty lookup cache and no subclasses.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        name: Rc<str>,
        qualname: Rc<str>,
        bases: Vec<ObjRef>,
        namespace: ObjRef,
        kind: BaseKind,
        heap: bool,
        has_dict: bool,
        slots: Option<Vec<Rc<str>>>,
    ) -> TypeData {
        TypeData {
            name: RefCell::new(name),
            qualname: RefCell::new(qualname),
            bases: RefCell::new(bases),
            mro: RefCell::new(Vec::new()),
            namespace,
            deferred: RefCell::new(None),
            kind,
            heap,
            has_dict,
            slots,
            dict_hint: Cell::new(0),
            version: Cell::new(0),
            lookup_cache: RefCell::new(Default::default()),
            subclasses: RefCell::new(Vec::new()),
            init_recipe: RefCell::new(None),
            fast_call: Cell::new(None),
        }
    }

    /// The class namespace, complete.
    #[inline]
    pub fn dict(&self) -> &ObjRef {
        if self.has_deferred() {
            let pending = self.deferred.borrow_mut().take();
            if let Some(d) = pending {
                crate::types::deferred::write_in(*d, &self.namespace);
            }
        }
        &self.namespace
    }

    #[inline]
    fn has_deferred(&self) -> bool {
        self.deferred.try_borrow().is_ok_and(|d| d.is_some())
    }

    /// Queue an attribute for `dict()` to write in (see `types::deferred`).
    /// True if the queue was empty: lookups cached since the namespace was
    /// last read must be forgotten then. (While the queue is not empty, no
    /// lookup has read this namespace, so nothing cached depends on it.)
    pub fn defer(
        &self,
        make: impl FnOnce() -> Box<crate::types::deferred::Deferred>,
        item: crate::types::deferred::Pending,
    ) -> bool {
        let mut d = self.deferred.borrow_mut();
        let first = d.is_none();
        d.get_or_insert_with(make).items.push(item);
        first
    }

    /// For the cycle collector only: the namespace as it stands and the
    /// objects queued for it, without filling it in (which would allocate
    /// in the middle of a collection).
    pub fn visit_namespace(&self, value: &mut dyn FnMut(&Value)) {
        value(&Value::Obj(self.namespace.clone()));
        if let Ok(d) = self.deferred.try_borrow()
            && let Some(d) = d.as_ref()
        {
            d.visit(value);
        }
    }
}

/// The steps of `cls(...)` for a class whose instances come from
/// `object.__new__` and are set up by a Python `__init__`: the lookups a
/// call would make, done once for a version of the class.
pub struct InitRecipe {
    pub version: u64,
    /// The `__init__` function, or None when calls of the class take the
    /// general path. Held weakly, as attribute sites hold functions.
    pub init: Option<std::rc::Weak<PyObject>>,
    /// Instances need a `__del__` hook.
    pub has_del: bool,
}

/// Python hashes are already well mixed: use them as they are.
#[derive(Default, Clone, Copy)]
pub struct IdentityHasher(u64);

impl std::hash::Hasher for IdentityHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = self.0.rotate_left(8) ^ *b as u64;
        }
    }
    fn write_i64(&mut self, i: i64) {
        self.0 = i as u64;
    }
}

pub type IdentityHash = std::hash::BuildHasherDefault<IdentityHasher>;

/// MRO lookup results by name hash: (name, found value).
pub type LookupCache = std::collections::HashMap<i64, (Rc<str>, Option<Value>), IdentityHash>;

/// The built-in data layout of instances of a class.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BaseKind {
    Object,
    Type,
    Int,
    Bool,
    Float,
    Complex,
    Str,
    Bytes,
    ByteArray,
    Tuple,
    List,
    Dict,
    Set,
    FrozenSet,
    Deque,
    /// `weakref.ref` and its subclasses: a `Payload::WeakRef`.
    WeakRef,
    Future,
    Task,
    Handle,
    Exception,
    /// `property` and its subclasses: a `Payload::Property`.
    Property,
    Other,
}

pub struct RangeData {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl RangeData {
    pub fn len(&self) -> i64 {
        if self.step > 0 && self.start < self.stop {
            ((self.stop as i128 - self.start as i128 - 1) / self.step as i128 + 1) as i64
        } else if self.step < 0 && self.start > self.stop {
            ((self.start as i128 - self.stop as i128 - 1) / (-(self.step as i128)) + 1) as i64
        } else {
            0
        }
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    pub fn get(&self, i: i64) -> i64 {
        self.start + i * self.step
    }
}

/// A code object with its constants and names made into values once.
pub struct CodeRt {
    pub code: Rc<CodeObject>,
    /// What a call needs to know of `code`, kept here so that calling a
    /// function reads the `CodeRt` it runs anyway and not the code object
    /// one pointer further (a cache miss per call in call-heavy programs).
    pub shape: CallShape,
    /// The instructions the loop runs: `code.instructions` with fused
    /// instructions written in (`vm::quicken`).
    pub instrs: Box<[crate::bytecode::Instr]>,
    pub consts: Box<[Value]>,
    pub names: Box<[Value]>,
    /// The `code` object last handed out, so `f.__code__ is f.__code__`.
    pub object: RefCell<std::rc::Weak<PyObject>>,
    /// Per-name cache of `LoadGlobal` results, valid while both namespace
    /// dicts keep the versions recorded here.
    pub global_cache: RefCell<Vec<Option<GlobalCacheEntry>>>,
    /// Per-instruction caches of `LoadAttr`/`LoadMethod`, valid while the
    /// receiver's class and its version are the ones recorded. They hold
    /// classes and methods weakly, so a cache never keeps a class alive.
    pub attr_sites: RefCell<Vec<AttrSite>>,
    /// Where a generator of this code, dropped unfinished, hands its frame
    /// to be closed: the queue of the interpreter that compiled the code.
    pub finalize_queue: FinalizeQueue,
}

/// The parts of a code object that binding a call reads (see `CodeRt`).
#[derive(Clone, Copy)]
pub struct CallShape {
    pub flags: u32,
    pub argcount: u32,
    pub kwonlyargcount: u32,
    /// Fast locals (`varnames`).
    pub nlocals: u32,
    pub max_stack: u32,
    pub has_cellvars: bool,
}

impl CallShape {
    pub fn of(code: &CodeObject) -> CallShape {
        CallShape {
            flags: code.flags,
            argcount: code.argcount,
            kwonlyargcount: code.kwonlyargcount,
            nlocals: code.varnames.len() as u32,
            max_stack: code.max_stack,
            has_cellvars: !code.cellvars.is_empty(),
        }
    }

    /// A generator, coroutine or async generator function's code.
    #[inline]
    pub fn is_generator_like(&self) -> bool {
        use crate::bytecode::code_flags;
        self.flags & (code_flags::GENERATOR | code_flags::COROUTINE | code_flags::ASYNC_GENERATOR)
            != 0
    }
}

#[derive(Clone, Default)]
pub enum AttrSite {
    #[default]
    Empty,
    /// The attribute lives in the instance `__dict__` (no data descriptor
    /// on the class shadows it).
    Instance {
        cls: std::rc::Weak<PyObject>,
        version: u64,
        /// Where in the instance dict's entries the name was last found:
        /// instances of a class usually add their attributes in the same
        /// order, so one check replaces the hash lookup.
        hint: Cell<u32>,
    },
    /// `StoreAttr` into the instance `__dict__`: the class has no Python
    /// `__setattr__` and no data descriptor of that name.
    Store {
        cls: std::rc::Weak<PyObject>,
        version: u64,
        hint: Cell<u32>,
    },
    /// A method found on the class, callable with the receiver prepended.
    Method {
        cls: std::rc::Weak<PyObject>,
        version: u64,
        func: std::rc::Weak<PyObject>,
    },
    /// `LoadAttr` of a property whose getter is a Python function: the
    /// getter runs as a frame of the interpreter loop.
    Getter {
        cls: std::rc::Weak<PyObject>,
        version: u64,
        fget: std::rc::Weak<PyObject>,
    },
    /// `LoadAttr` of a plain value on the class (no `__get__`: a flag, a
    /// default, a constant) that the instance does not shadow: read from
    /// `owner`, the class in the MRO that defines it, at `hint`.
    ClassValue {
        cls: std::rc::Weak<PyObject>,
        version: u64,
        owner: std::rc::Weak<PyObject>,
        hint: Cell<u32>,
    },
    /// A site that has seen several classes: one entry of the kinds above
    /// per class, at most `POLY_WAYS`, newest last.
    Poly(Box<Vec<AttrSite>>),
}

/// How many classes one attribute site remembers. Virtual dispatch through
/// a base-class method typically sees a handful of subclasses.
pub const POLY_WAYS: usize = 4;

impl AttrSite {
    /// The class and class version an entry was filled for (None for
    /// `Empty` and `Poly`).
    #[inline(always)]
    pub fn class_version(&self) -> Option<(&std::rc::Weak<PyObject>, u64)> {
        match self {
            AttrSite::Instance { cls, version, .. }
            | AttrSite::Store { cls, version, .. }
            | AttrSite::Method { cls, version, .. }
            | AttrSite::Getter { cls, version, .. }
            | AttrSite::ClassValue { cls, version, .. } => Some((cls, *version)),
            AttrSite::Empty | AttrSite::Poly(_) => None,
        }
    }

    /// The class an entry was filled for (None for `Empty` and `Poly`).
    pub fn class(&self) -> Option<&std::rc::Weak<PyObject>> {
        match self {
            AttrSite::Instance { cls, .. }
            | AttrSite::Store { cls, .. }
            | AttrSite::Method { cls, .. }
            | AttrSite::Getter { cls, .. }
            | AttrSite::ClassValue { cls, .. } => Some(cls),
            AttrSite::Empty | AttrSite::Poly(_) => None,
        }
    }
}

#[derive(Clone)]
pub struct GlobalCacheEntry {
    pub globals: usize,
    pub globals_version: u64,
    pub builtins_version: u64,
    pub value: Value,
}

pub struct FunctionData {
    pub code: Rc<CodeRt>,
    pub globals: ObjRef,
    pub builtins: ObjRef,
    pub name: RefCell<Value>,
    pub qualname: RefCell<Value>,
    pub defaults: RefCell<Option<Rc<[Value]>>>,
    pub kwdefaults: RefCell<Option<ObjRef>>,
    pub closure: Option<Rc<[ObjRef]>>,
    pub doc: RefCell<Value>,
    pub module: RefCell<Value>,
    pub annotations: RefCell<Option<ObjRef>>,
    pub dict: OnceCell<ObjRef>,
    /// `__name__` or `__qualname__` may differ from the code's (assigned,
    /// or made so): generators then record the function's.
    pub renamed: Cell<bool>,
}

pub struct NativeData {
    pub def: &'static NativeFunc,
    /// The bound object: a module for module functions, an instance for
    /// bound methods, None for unbound method descriptors.
    pub bound: Option<Value>,
    /// For descriptors and bound methods: the class that defines it.
    pub owner: Option<ObjRef>,
    pub module: RefCell<Value>,
}

pub struct ModuleData {
    pub name: Rc<str>,
    pub dict: ObjRef,
}

pub struct ExcData {
    pub args: RefCell<Value>,
    pub traceback: RefCell<Option<Value>>,
    pub cause: RefCell<Value>,
    pub context: RefCell<Value>,
    pub suppress_context: Cell<bool>,
}

pub struct TracebackData {
    pub next: Value,
    pub lineno: u32,
    pub code: Rc<CodeObject>,
    pub lasti: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

pub enum GenState {
    Created(Box<Frame>),
    Suspended(Box<Frame>),
    Running,
    Closed,
}

/// A generator, coroutine or async generator. Kept within the payload's
/// 32 bytes (no box of its own): the parked frame and the rare parts are
/// behind `Cell`s, read by moving them out and back (`with_state`,
/// `with_extra`), never while Python code runs.
pub struct GenData {
    /// The parked frame: present exactly while `phase` is Created or
    /// Suspended.
    frame: Cell<Option<Box<Frame>>>,
    pub code: Rc<CodeRt>,
    /// What few generators have (see `GenExtra`).
    extra: Cell<Option<Box<GenExtra>>>,
    pub kind: GenKind,
    phase: Cell<GenPhase>,
    /// For async generators: whether the first-iteration hook has run.
    pub hooks_called: Cell<bool>,
    /// Async generator awaitables in flight (`ag_running`).
    pub running_async: Cell<bool>,
    /// Coroutine awaited already (for the "cannot reuse" message).
    pub awaited: Cell<bool>,
    /// Async generators: finished by StopAsyncIteration, GeneratorExit or aclose().
    pub ag_closed: Cell<bool>,
    /// Its finalizer has run (the stand-in `run_finalizers` makes):
    /// dropped unfinished again, it is not queued again.
    pub finalized: Cell<bool>,
}

/// `GenState` without its frame.
#[derive(Clone, Copy, PartialEq, Eq)]
enum GenPhase {
    Created,
    Suspended,
    Running,
    Closed,
}

/// The rarely set parts of a generator: a `__name__`/`__qualname__` other
/// than its code's (the function was renamed, or they were assigned), an
/// async generator's finalizer hook, an exception saved across a yield.
#[derive(Clone, Default)]
pub struct GenExtra {
    pub name: Option<Value>,
    pub qualname: Option<Value>,
    pub finalizer: Option<Value>,
    /// The exception being handled where the generator last yielded
    /// (a yield inside an `except` block), restored when it resumes.
    pub saved_exc: Option<Value>,
    /// A coroutine's `cr_origin` when origin tracking was on at its
    /// creation: ((filename, line, function), ...), innermost first.
    pub origin: Option<Value>,
}

impl GenData {
    pub fn new(
        kind: GenKind,
        state: GenState,
        code: Rc<CodeRt>,
        extra: Option<Box<GenExtra>>,
    ) -> Self {
        let g = GenData {
            frame: Cell::new(None),
            code,
            extra: Cell::new(extra),
            kind,
            phase: Cell::new(GenPhase::Closed),
            hooks_called: Cell::new(false),
            running_async: Cell::new(false),
            awaited: Cell::new(false),
            ag_closed: Cell::new(false),
            finalized: Cell::new(false),
        };
        g.set_state(state);
        g
    }

    /// Move the state out: the generator reads as running until
    /// `set_state` puts one back.
    pub fn take_state(&self) -> GenState {
        let frame = self.frame.take();
        match (self.phase.replace(GenPhase::Running), frame) {
            (GenPhase::Created, Some(f)) => GenState::Created(f),
            (GenPhase::Suspended, Some(f)) => GenState::Suspended(f),
            (GenPhase::Closed, _) => {
                self.phase.set(GenPhase::Closed);
                GenState::Closed
            }
            _ => GenState::Running,
        }
    }

    pub fn set_state(&self, state: GenState) {
        let (phase, frame) = match state {
            GenState::Created(f) => (GenPhase::Created, Some(f)),
            GenState::Suspended(f) => (GenPhase::Suspended, Some(f)),
            GenState::Running => (GenPhase::Running, None),
            GenState::Closed => (GenPhase::Closed, None),
        };
        self.phase.set(phase);
        drop(self.frame.replace(frame));
    }

    /// The frame of a generator that can run (just made or suspended),
    /// the generator left running; whether it was just made. None (and
    /// nothing changed) when it is running or finished.
    #[inline]
    pub fn take_runnable(&self) -> Option<(Box<Frame>, bool)> {
        let created = match self.phase.get() {
            GenPhase::Suspended => false,
            GenPhase::Created => true,
            _ => return None,
        };
        self.phase.set(GenPhase::Running);
        self.frame.take().map(|f| (f, created))
    }

    /// The common yield: a running generator's frame parked again.
    #[inline]
    pub fn park_frame(&self, frame: Box<Frame>) {
        self.phase.set(GenPhase::Suspended);
        drop(self.frame.replace(Some(frame)));
    }

    /// Put `state` in, returning the one it replaces.
    pub fn replace_state(&self, state: GenState) -> GenState {
        let old = self.take_state();
        self.set_state(state);
        old
    }

    /// The exception a resumed generator was handling where it last
    /// yielded, taken (most generators have none: no extra parts at all).
    #[inline(always)]
    pub fn take_saved_exc(&self) -> Option<Value> {
        let mut extra = self.extra.take()?;
        let saved = extra.saved_exc.take();
        self.extra.set(Some(extra));
        saved
    }

    /// Look at the state (`f` must not touch this generator).
    pub fn with_state<R>(&self, f: impl FnOnce(&GenState) -> R) -> R {
        let state = self.take_state();
        let r = f(&state);
        self.set_state(state);
        r
    }

    pub fn is_running(&self) -> bool {
        self.phase.get() == GenPhase::Running
    }
    pub fn is_closed(&self) -> bool {
        self.phase.get() == GenPhase::Closed
    }
    pub fn is_suspended(&self) -> bool {
        self.phase.get() == GenPhase::Suspended
    }
    pub fn is_created(&self) -> bool {
        self.phase.get() == GenPhase::Created
    }

    /// Read or change the out-of-line parts (`f` must not touch this
    /// generator).
    #[inline]
    pub fn with_extra<R>(&self, f: impl FnOnce(&mut Option<Box<GenExtra>>) -> R) -> R {
        let mut extra = self.extra.take();
        let r = f(&mut extra);
        self.extra.set(extra);
        r
    }

    /// `__name__`: assigned or inherited from the function, else the code's.
    pub fn name(&self, vm: &crate::vm::Vm) -> Value {
        match self.with_extra(|e| e.as_ref().and_then(|e| e.name.clone())) {
            Some(n) => n,
            None => vm.new_str(&self.code.code.name),
        }
    }

    /// `__qualname__`, as `name`.
    pub fn qualname(&self, vm: &crate::vm::Vm) -> Value {
        match self.with_extra(|e| e.as_ref().and_then(|e| e.qualname.clone())) {
            Some(n) => n,
            None => vm.new_str(&self.code.code.qualname),
        }
    }

    /// The qualified name as text, for reprs and warnings.
    pub fn qualname_text(&self) -> String {
        let assigned = self.with_extra(|e| e.as_ref().and_then(|e| e.qualname.clone()));
        match assigned {
            Some(n) => n.str_value().unwrap_or("?").to_string(),
            None => self.code.code.qualname.to_string(),
        }
    }

    pub fn finalizer(&self) -> Value {
        self.with_extra(|e| e.as_ref().and_then(|e| e.finalizer.clone()))
            .unwrap_or(Value::None)
    }

    /// Change the out-of-line parts.
    pub fn update_extra(&self, f: impl FnOnce(&mut GenExtra)) {
        self.with_extra(|e| f(e.get_or_insert_with(Default::default)));
    }
}

/// Generators dropped while suspended (or coroutines never awaited),
/// waiting for the VM to finish them at its next safe point.
pub type FinalizeQueue = Rc<RefCell<std::collections::VecDeque<Pending>>>;

/// Work the VM does when it next gets the chance, because an object died
/// while Rust was dropping it (no Python code may run inside `Drop`).
pub enum Pending {
    /// A suspended generator or coroutine to close.
    Gen(Finalizing),
    /// An instance whose `__del__` or weakref callbacks must run.
    Dead(DeadObject),
    /// A RuntimeWarning to emit (an awaitable dropped unawaited).
    Warning(String),
    /// A future that died holding an exception nobody retrieved, or a
    /// task that died pending: its data, to report.
    DeadFuture(Box<crate::modules::asyncio::future::FutureData>),
}

/// What is left of a dead instance: enough to resurrect it for
/// `__del__`, and the callbacks of the weak references to it.
pub struct DeadObject {
    pub cls: ObjRef,
    pub dict: Option<ObjRef>,
    pub run_del: bool,
    pub callbacks: Vec<(std::rc::Weak<PyObject>, Value)>,
}

/// Attached to an instance that must be noticed when it dies: its class
/// defines `__del__`, or a weak reference to it has a callback.
pub struct LifeHooks {
    pub cls: ObjRef,
    pub dict: Option<ObjRef>,
    pub run_del: bool,
    /// (the weak reference object, its callback)
    pub callbacks: Vec<(std::rc::Weak<PyObject>, Value)>,
    pub queue: FinalizeQueue,
}

impl Drop for LifeHooks {
    fn drop(&mut self) {
        let dead = DeadObject {
            cls: self.cls.clone(),
            dict: self.dict.take(),
            run_del: self.run_del,
            callbacks: std::mem::take(&mut self.callbacks),
        };
        if let Ok(mut q) = self.queue.try_borrow_mut() {
            q.push_back(Pending::Dead(dead));
        }
    }
}

pub struct Finalizing {
    pub kind: GenKind,
    /// The parked frame, or None for a coroutine that never started.
    pub frame: Option<Box<Frame>>,
    pub code: Rc<CodeRt>,
    /// Names and, for an async generator, the finalizer hook recorded at
    /// first iteration (none: close it like a generator).
    pub extra: Option<Box<GenExtra>>,
}

impl Drop for GenData {
    /// Rust drop runs no Python code: the frame moves to the VM's queue.
    fn drop(&mut self) {
        if self.finalized.get() {
            return;
        }
        let frame = match (self.phase.get(), self.frame.get_mut().take()) {
            (GenPhase::Suspended, Some(f)) => {
                let hooked = self
                    .extra
                    .get_mut()
                    .as_ref()
                    .is_some_and(|e| e.finalizer.is_some());
                if !hooked && f.closes_quietly() {
                    // Closing would raise GeneratorExit where nothing can
                    // see it: the frame just goes (as CPython's gen_close).
                    return;
                }
                Some(f)
            }
            (GenPhase::Created, Some(_)) if self.kind == GenKind::Coroutine => None,
            _ => return,
        };
        if let Ok(mut q) = self.code.finalize_queue.try_borrow_mut() {
            q.push_back(Pending::Gen(Finalizing {
                kind: self.kind,
                frame,
                code: self.code.clone(),
                extra: self.extra.get_mut().take(),
            }));
        }
    }
}

impl Drop for AgAwaitable {
    /// An asend/athrow/aclose awaitable dropped before it ever ran gets
    /// CPython 3.13's "coroutine method ... was never awaited" warning.
    fn drop(&mut self) {
        if self.state.get() != AgState::Init {
            return;
        }
        let Value::Obj(agen) = &self.agen else {
            return;
        };
        let Payload::Generator(g) = &agen.payload else {
            return;
        };
        let queue = &g.code.finalize_queue;
        let qualname = g.qualname_text();
        let method = match &self.op {
            AgOp::Asend(_) => "asend",
            AgOp::Athrow(Some(_)) => "athrow",
            AgOp::Athrow(None) => "aclose",
        };
        if let Ok(mut q) = queue.try_borrow_mut() {
            q.push_back(Pending::Warning(format!(
                "coroutine method '{method}' of '{qualname}' was never awaited"
            )));
        }
    }
}

/// What an async generator awaitable does when driven.
pub enum AgOp {
    /// `__anext__()` / `asend(value)`.
    Asend(Value),
    /// `athrow(exc)`; `None` for `aclose()`.
    Athrow(Option<Value>),
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum AgState {
    Init,
    Iter,
    Closed,
}

/// `async_generator_asend` / `async_generator_athrow` objects.
pub struct AgAwaitable {
    pub agen: Value,
    pub op: AgOp,
    pub state: Cell<AgState>,
}

/// State of the built-in iterators.
pub enum IterState {
    Seq {
        seq: Value,
        index: usize,
    },
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    Str {
        s: Value,
        byte_pos: usize,
    },
    DictKeys {
        dict: ObjRef,
        index: usize,
        size: usize,
        which: u8,
    },
    Set {
        set: Value,
        index: usize,
        size: usize,
    },
    Enumerate {
        iter: Value,
        count: i64,
    },
    Zip {
        iters: Vec<Value>,
        strict: bool,
    },
    Map {
        func: Value,
        iters: Vec<Value>,
    },
    Filter {
        func: Value,
        iter: Value,
        keep_false: bool,
    },
    Reversed {
        seq: Value,
        index: isize,
    },
    Callable {
        func: Value,
        sentinel: Value,
    },
    /// Over a deque; fails if the deque's length changed since.
    Deque {
        deque: Value,
        index: usize,
        mutations: u64,
        reverse: bool,
    },
    /// A precomputed list of values (used for small helper iterators).
    Values {
        items: Vec<Value>,
        index: usize,
    },
    /// `await future`: yields the future once, then returns its result.
    FutureAwait {
        fut: Value,
        yielded: bool,
    },
    Exhausted,
}

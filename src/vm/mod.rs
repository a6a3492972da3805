//! The virtual machine: interpreter state, the run loop (`run`), calls
//! (`call`), attribute access (`attr`), operators (`ops`) and errors.

pub mod async_gen;
pub mod attr;
mod caches;
pub mod call;
mod call_frames;
mod carets;
mod cycles;
pub mod errors;
pub mod frame;
pub mod generator;
pub mod native;
pub mod ops;
pub mod quicken;
pub mod run;
mod unwind;

use crate::object::{Dict, ObjRef, Payload, PyObject, PyStr, Value};
use crate::types::Types;
use frame::Frame;
use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

/// A raised Python exception (the exception instance).
#[derive(Clone)]
pub struct PyErr {
    pub exc: ObjRef,
}

pub type PyResult<T> = Result<T, PyErr>;

pub struct Vm {
    pub types: Types,
    pub builtins: ObjRef,
    pub builtins_dict: ObjRef,
    pub sys: ObjRef,
    /// `sys.modules`.
    pub modules: ObjRef,
    /// Frames suspended in a call (the running frame is held by `run`,
    /// and pushed here too while it calls native code).
    pub frames: Vec<Box<Frame>>,
    /// The exception being handled (`sys.exception()`).
    pub exc_info: Option<Value>,
    pub recursion_limit: usize,
    /// Nesting of Rust-level calls back into Python.
    pub native_depth: usize,
    /// Running interpreter loops whose current frame is not parked on
    /// `frames` (see `Vm::depth`).
    pub hidden_frames: usize,
    /// Interpreter loops running, one inside another, on the Rust stack.
    pub nested_loops: usize,
    /// Rust recursion on behalf of nested data (see `Vm::enter_native`).
    pub native_nesting: usize,
    pub stdout: RefCell<Vec<u8>>,
    interned: Rc<crate::object::str::Interner>,
    /// What class namespaces filled in on first use need (see
    /// `types::deferred`).
    pub method_kit: Rc<crate::types::deferred::MethodKit>,
    pub int_max_str_digits: usize,
    pub argv: Vec<String>,
    /// Directory of the main script, for importing `.py` files beside it.
    pub script_dir: Option<std::path::PathBuf>,
    pub not_implemented: Value,
    pub ellipsis: Value,
    pub empty_tuple: Value,
    /// Marks "no self" in the `[callable, self]` pair of `LoadMethod`.
    pub method_null: Value,
    /// Asynchronous generator hooks (`sys.set_asyncgen_hooks`).
    pub asyncgen_firstiter: Value,
    /// `sys.set_coroutine_origin_tracking_depth`: how many frames a new
    /// coroutine records as its `cr_origin` (0: none).
    pub coro_origin_depth: usize,
    pub asyncgen_finalizer: Value,
    /// Frames of generators dropped while suspended, to be closed.
    pub pending_finalizers: crate::object::FinalizeQueue,
    /// `run_finalizers` is under way; `finalizer_floor`: how many queued
    /// finalizers belong to the loops already running (see there).
    pub running_finalizers: bool,
    pub finalizer_floor: usize,
    /// The str objects for the 128 ASCII characters.
    pub ascii_chars: Vec<Value>,
    /// Containers whose repr is being built (for `[...]`).
    pub repr_stack: Vec<usize>,
    /// Finished frames kept for reuse, so a call need not allocate.
    pub frame_pool: Vec<Box<Frame>>,
    /// The native function being called (for qualified names in errors).
    pub current_native: Option<ObjRef>,
    /// asyncio's native state: registered helpers, running task steps,
    /// the live tasks.
    pub asyncio: crate::modules::asyncio::AsyncioState,
    /// The program has ended; what runs now is shutdown's finalization.
    pub shutting_down: bool,
}

impl Vm {
    pub fn new() -> Vm {
        crate::object::tracking::set_building_runtime(true);
        let types = Types::bootstrap();
        let builtins_dict = PyObject::new(
            types.dict.clone(),
            None,
            Payload::Dict(Box::new(RefCell::new(Dict::new()))),
        );
        let builtins =
            crate::types::module::new_module_with_dict(&types, "builtins", builtins_dict.clone());
        let sys_dict = PyObject::new(
            types.dict.clone(),
            None,
            Payload::Dict(Box::new(RefCell::new(Dict::new()))),
        );
        let sys = crate::types::module::new_module_with_dict(&types, "sys", sys_dict);
        let modules = PyObject::new(
            types.dict.clone(),
            None,
            Payload::Dict(Box::new(RefCell::new(Dict::new()))),
        );
        let not_implemented = Value::Obj(PyObject::new(
            types.not_implemented_type.clone(),
            None,
            Payload::Singleton,
        ));
        let ellipsis = Value::Obj(PyObject::new(
            types.ellipsis_type.clone(),
            None,
            Payload::Singleton,
        ));
        let empty_tuple = Value::Obj(PyObject::new(
            types.tuple.clone(),
            None,
            Payload::Tuple(Box::new([])),
        ));
        let method_null = Value::Obj(PyObject::new(
            types.object.clone(),
            None,
            Payload::Singleton,
        ));
        let interned = Rc::new(crate::object::str::Interner::with_capacity(1024));
        let method_kit = Rc::new(crate::types::deferred::MethodKit::new(&types, &interned));
        let mut vm = Vm {
            types,
            builtins,
            builtins_dict,
            sys,
            modules,
            frames: Vec::new(),
            exc_info: None,
            recursion_limit: 1000,
            native_depth: 0,
            hidden_frames: 0,
            nested_loops: 0,
            native_nesting: 0,
            stdout: RefCell::new(Vec::with_capacity(8192)),
            // Room for the ~560 names the built-in classes and modules intern.
            interned,
            method_kit,
            int_max_str_digits: 4300,
            argv: Vec::new(),
            script_dir: None,
            not_implemented,
            ellipsis,
            empty_tuple,
            method_null,
            asyncgen_firstiter: Value::None,
            coro_origin_depth: 0,
            asyncgen_finalizer: Value::None,
            pending_finalizers: Rc::new(RefCell::new(std::collections::VecDeque::new())),
            running_finalizers: false,
            finalizer_floor: 0,
            repr_stack: Vec::new(),
            ascii_chars: Vec::new(),
            frame_pool: Vec::new(),
            current_native: None,
            asyncio: Default::default(),
            shutting_down: false,
        };
        vm.ascii_chars = (0u8..128)
            .map(|b| {
                let s = (b as char).to_string();
                Value::Obj(PyObject::new(
                    vm.types.str.clone(),
                    None,
                    Payload::Str(PyStr::new(&s)),
                ))
            })
            .collect();
        crate::types::install_methods(&mut vm);
        crate::types::install_fast_calls(&vm);
        crate::builtins::install(&mut vm);
        crate::modules::install(&mut vm);
        crate::object::tracking::set_building_runtime(false);
        vm
    }

    // ----- construction helpers -----

    /// A str value. Single ASCII characters come from a shared table, as
    /// CPython caches them; other strings are fresh objects.
    #[inline]
    pub fn new_str(&self, s: &str) -> Value {
        if s.len() == 1 {
            let b = s.as_bytes()[0];
            if let Some(v) = self.ascii_chars.get(b as usize) {
                return v.clone();
            }
        }
        Value::Obj(PyObject::new(
            self.types.str.clone(),
            None,
            Payload::Str(PyStr::new(s)),
        ))
    }

    pub fn new_string(&self, s: String) -> Value {
        if s.len() == 1 {
            return self.new_str(&s);
        }
        Value::Obj(PyObject::new(
            self.types.str.clone(),
            None,
            Payload::Str(PyStr::from_string(s)),
        ))
    }

    /// The one shared str object for an identifier or constant.
    pub fn intern(&self, s: &str) -> Value {
        self.interned.intern(&self.types.str, s)
    }

    pub fn new_list(&self, items: Vec<Value>) -> Value {
        Value::Obj(PyObject::new(
            self.types.list.clone(),
            None,
            Payload::List(RefCell::new(items)),
        ))
    }

    pub fn new_tuple(&self, items: Vec<Value>) -> Value {
        if items.is_empty() {
            return self.empty_tuple.clone();
        }
        Value::Obj(PyObject::new(
            self.types.tuple.clone(),
            None,
            Payload::Tuple(items.into_boxed_slice()),
        ))
    }

    pub fn new_dict_obj(&self, d: Dict) -> ObjRef {
        PyObject::new(
            self.types.dict.clone(),
            None,
            Payload::Dict(Box::new(RefCell::new(d))),
        )
    }

    /// A new object's `__dict__`, passed to `PyObject::new` with it: never
    /// registered with the collector, as the object reports its entries.
    pub fn new_attr_dict(&self, capacity: usize) -> ObjRef {
        PyObject::new_untracked(
            self.types.dict.clone(),
            Payload::Dict(Box::new(RefCell::new(Dict::with_capacity(capacity)))),
        )
    }

    /// The instance dict to write into (or hand out as `__dict__`): an
    /// exception's is made on first need, as most never get one.
    pub fn inst_dict_for_write(&self, o: &ObjRef) -> Option<ObjRef> {
        match o.inst_dict() {
            Some(d) => Some(d.clone()),
            None if matches!(o.payload, Payload::Exception(_)) => {
                Some(o.inst_dict_or_make(|| self.new_attr_dict(0)).clone())
            }
            None => None,
        }
    }

    pub fn new_dict(&self) -> Value {
        Value::Obj(self.new_dict_obj(Dict::new()))
    }

    pub fn new_bytes(&self, b: Vec<u8>) -> Value {
        Value::Obj(PyObject::new(
            self.types.bytes.clone(),
            None,
            Payload::Bytes(b.into_boxed_slice()),
        ))
    }

    pub fn new_cell(&self, v: Option<Value>) -> ObjRef {
        PyObject::new(
            self.types.cell.clone(),
            None,
            Payload::Cell(RefCell::new(v)),
        )
    }

    // ----- type queries -----

    #[inline]
    pub fn type_of(&self, v: &Value) -> ObjRef {
        match v {
            Value::None => self.types.none_type.clone(),
            Value::Bool(_) => self.types.bool_.clone(),
            Value::Int(_) => self.types.int.clone(),
            Value::Float(_) => self.types.float.clone(),
            Value::Obj(o) => o.class().clone(),
        }
    }

    /// The class name, as used in error messages.
    /// How argument clinic names a wrong argument in "f() argument 1 must
    /// be str, not X": `None` itself, else the type's name.
    pub fn arg_type_name(&self, v: &Value) -> String {
        if v.is_none() {
            "None".to_string()
        } else {
            self.type_name(v)
        }
    }

    pub fn type_name(&self, v: &Value) -> String {
        match v {
            Value::None => "NoneType".to_string(),
            Value::Bool(_) => "bool".to_string(),
            Value::Int(_) => "int".to_string(),
            Value::Float(_) => "float".to_string(),
            Value::Obj(o) => crate::types::typeobj::type_name(o.class()),
        }
    }

    pub fn is_subclass(&self, cls: &ObjRef, base: &ObjRef) -> bool {
        if Rc::ptr_eq(cls, base) {
            return true;
        }
        match &cls.payload {
            Payload::Type(t) => t.mro.borrow().iter().any(|c| Rc::ptr_eq(c, base)),
            _ => false,
        }
    }

    pub fn isinstance(&self, v: &Value, cls: &ObjRef) -> bool {
        match v {
            Value::Obj(o) => self.is_subclass(o.class(), cls),
            _ => self.is_subclass(&self.type_of(v), cls),
        }
    }

    // ----- output -----

    /// Buffer `s` for standard output, writing the buffer out when it is
    /// full. A failed write (a closed pipe) drops what was buffered and is
    /// the caller's to raise, as CPython raises it from the `print` or
    /// `write` that hit it.
    pub fn write_stdout(&self, s: &str) -> std::io::Result<()> {
        let full = {
            let mut out = self.stdout.borrow_mut();
            out.extend_from_slice(s.as_bytes());
            out.len() > 1 << 16
        };
        if full { self.flush_stdout() } else { Ok(()) }
    }

    pub fn flush_stdout(&self) -> std::io::Result<()> {
        let mut out = self.stdout.borrow_mut();
        let mut stdout = std::io::stdout();
        let written = if out.is_empty() {
            Ok(())
        } else {
            stdout.write_all(&out)
        };
        out.clear();
        written.and_then(|()| stdout.flush())
    }

    /// `write_stdout`, raising a failure as CPython's `OSError` subclass
    /// (`BrokenPipeError` for a closed pipe).
    pub fn print_stdout(&mut self, s: &str) -> PyResult<()> {
        let written = self.write_stdout(s);
        self.raise_io(written)
    }

    /// `flush_stdout`, raising a failure as `print_stdout` does.
    pub fn flush_stdout_raising(&mut self) -> PyResult<()> {
        let flushed = self.flush_stdout();
        self.raise_io(flushed)
    }

    fn raise_io(&mut self, r: std::io::Result<()>) -> PyResult<()> {
        r.map_err(|e| crate::modules::os::io_error(self, &e))
    }

    pub fn write_stderr(&self, s: &str) {
        let _ = self.flush_stdout();
        let _ = std::io::stderr().write_all(s.as_bytes());
    }

    // ----- name lookups -----

    pub fn builtin(&self, name: &str) -> Option<Value> {
        let d = self.builtins_dict.dict_data()?;
        let h = crate::object::str::hash_str(name);
        d.borrow().get_str(name, h).cloned()
    }
}

impl Default for Vm {
    fn default() -> Self {
        Vm::new()
    }
}

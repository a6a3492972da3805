//! Anext: a Python 3 interpreter with a stackless VM, built for
//! generators, coroutines and async generators.
//!
//! `Interpreter` owns everything (heap, modules, state); there is no
//! process-global mutable state, so several can live side by side.

pub mod builtins;
pub mod bytecode;
pub mod compiler;
pub mod modules;
pub mod object;
pub mod types;
pub mod vm;

use object::{Payload, Value};
use vm::Vm;

pub struct Interpreter {
    pub vm: Vm,
}

impl Drop for Interpreter {
    /// The built-in objects this interpreter made live in the permanent
    /// generation, out of every collection's sight; once it is gone they
    /// go back into the oldest generation, so that the next full
    /// collection on this thread frees the cycles among them.
    fn drop(&mut self) {
        object::tracking::unfreeze();
    }
}

/// How a program ended.
pub enum Outcome {
    /// Exit status (0 on success, 1 for an uncaught exception, or
    /// `sys.exit`'s code).
    Exit(i32),
}

impl Interpreter {
    pub fn new() -> Interpreter {
        Interpreter { vm: Vm::new() }
    }

    pub fn set_argv(&mut self, argv: &[String]) {
        self.vm.argv = argv.to_vec();
        modules::set_argv(&mut self.vm, argv);
    }

    /// Run `source` as the `__main__` module; report uncaught exceptions
    /// on stderr as CPython does and return the exit status.
    pub fn run_main(&mut self, source: &str, filename: &str) -> i32 {
        vm::errors::register_source(filename, source);
        let vm = &mut self.vm;
        let main = types::module::new_module(vm, "__main__");
        let globals = match types::module::module_dict(&main) {
            Some(d) => d,
            None => return 1,
        };
        vm.dict_set_str(&globals, "__builtins__", Value::Obj(vm.builtins.clone()));
        if !filename.starts_with('<') {
            vm.dict_set_str(&globals, "__file__", vm.new_str(filename));
        }
        let result = modules::compile_source(vm, source, filename, compiler::Mode::Exec)
            .and_then(|code| vm.run_code(code, globals.clone(), Some(globals.clone())));
        let status = match result {
            Ok(_) => 0,
            Err(e) => self.exit_status(e),
        };
        self.run_atexit();
        self.vm.run_finalizers();
        self.finalize_main(&globals);
        // CPython collects cycles once more as it shuts down: their
        // finalizers run and unawaited coroutines in them are reported.
        self.vm.shutting_down = true;
        self.vm.collect_cycles(2);
        self.vm.run_finalizers();
        if let Err(e) = self.vm.flush_stdout() {
            // What the program printed last could not be written: CPython
            // reports it and exits with 120.
            let err = modules::os::io_error(&mut self.vm, &e);
            self.vm
                .write_stderr("Exception ignored on flushing sys.stdout:\n");
            let text = self.vm.format_exception_only(&err.exc);
            self.vm.write_stderr(&text);
            return 120;
        }
        status
    }

    /// The functions registered with `atexit`, if the program imported it.
    fn run_atexit(&mut self) {
        let vm = &mut self.vm;
        let modules = vm.modules.clone();
        let Some(atexit) = vm.dict_get_str(&modules, "atexit") else {
            return;
        };
        let run = vm.getattr_opt(&atexit, "_run_exitfuncs");
        if let Ok(Some(run)) = run
            && let Err(e) = vm.call(&run, vec![])
        {
            vm.print_exception(&e.exc);
        }
    }

    /// At shutdown, release what `__main__` holds so that `__del__`
    /// methods, weakref callbacks and suspended generators' `finally`
    /// blocks run, as CPython does: first the names with one leading
    /// underscore, then every other name but `__builtins__`, each set to
    /// None in the dict's order.
    fn finalize_main(&mut self, globals: &object::ObjRef) {
        let vm = &mut self.vm;
        let names: Vec<String> = match globals.dict_data() {
            Some(d) => d
                .borrow()
                .iter()
                .filter_map(|e| e.key.str_value().map(|s| s.to_string()))
                .collect(),
            None => return,
        };
        let private = |n: &str| n.starts_with('_') && !n.starts_with("__");
        for pass in [true, false] {
            for n in &names {
                if private(n) == pass && n != "__builtins__" {
                    vm.dict_set_str(globals, n, Value::None);
                    vm.run_finalizers();
                }
            }
        }
    }

    fn exit_status(&mut self, e: vm::PyErr) -> i32 {
        let vm = &mut self.vm;
        if vm.err_is(&e, "SystemExit") {
            let code = vm.exc_first_arg(&e.exc);
            return match code {
                Value::None => 0,
                Value::Int(i) => i as i32,
                Value::Bool(b) => b.get() as i32,
                other => {
                    let s = vm.str_string(&other).unwrap_or_default();
                    vm.write_stderr(&format!("{s}\n"));
                    1
                }
            };
        }
        vm.print_exception(&e.exc);
        if vm.err_is(&e, "KeyboardInterrupt") {
            return KEYBOARD_INTERRUPT_EXIT;
        }
        1
    }

    /// Evaluate an expression and return its repr (for tests and embedding).
    pub fn eval_repr(&mut self, expr: &str) -> Result<String, String> {
        let vm = &mut self.vm;
        let globals = vm.new_dict_obj(object::Dict::new());
        let code = modules::compile_source(vm, expr, "<eval>", compiler::Mode::Eval)
            .map_err(|e| vm.format_exception(&e.exc))?;
        let v = vm
            .run_code(code, globals.clone(), Some(globals))
            .map_err(|e| vm.format_exception(&e.exc))?;
        vm.repr_string(&v).map_err(|e| vm.format_exception(&e.exc))
    }
}

impl Default for Interpreter {
    fn default() -> Self {
        Interpreter::new()
    }
}

/// The status `run_main` returns when the program ended with an uncaught
/// KeyboardInterrupt: like CPython, the process then dies of SIGINT (the
/// command line does that; see `main.rs`).
pub const KEYBOARD_INTERRUPT_EXIT: i32 = i32::MIN;

/// Is this value a Python exception instance?
pub fn is_exception(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::Exception(_)))
}

#[cfg(test)]
mod size_guard {
    /// Every heap object pays for the largest payload variant: keep large
    /// data boxed so that ints, strs and tuples stay small.
    #[test]
    fn object_sizes_stay_small() {
        use std::mem::size_of;
        assert_eq!(size_of::<crate::object::Value>(), 16);
        assert_eq!(size_of::<crate::bytecode::Instr>(), 8);
        assert!(size_of::<crate::object::Payload>() <= 40);
        assert!(size_of::<crate::object::PyObject>() <= 64);
        // A suspended generator keeps its frame: 120 bytes is glibc's
        // 128-byte chunk.
        assert!(size_of::<crate::vm::frame::Frame>() <= 120);
        // Every task is two of these (its own and the one it awaits).
        assert!(size_of::<crate::modules::asyncio::future::FutureData>() <= 120);
    }
}

//! The `anext` command line: run a file, `-c` code, or stdin.

// On glibc Linux the binary starts at a C `main` of its own (below): Rust's
// usual entry point first sets up a stack-overflow handler for the main
// thread, reading all of /proc/self/maps to find that thread's stack, which
// cost an empty program about 80 microseconds of its start-up. The main
// thread here only spawns the interpreter's thread and waits for it.
#![cfg_attr(all(target_os = "linux", target_env = "gnu", not(test)), no_main)]
use std::io::Read;

const USAGE: &str = "usage: anext [-c cmd | file | -] [arg] ...\n";

fn read_source(path: &str) -> Result<Vec<u8>, String> {
    if path == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buf)
            .map_err(|e| e.to_string())?;
        return Ok(buf);
    }
    std::fs::read(path).map_err(|e| {
        let code = e.raw_os_error().unwrap_or(2);
        let reason = match e.kind() {
            std::io::ErrorKind::NotFound => "No such file or directory".to_string(),
            std::io::ErrorKind::PermissionDenied => "Permission denied".to_string(),
            _ => e.to_string(),
        };
        format!("anext: can't open file '{path}': [Errno {code}] {reason}")
    })
}

fn run(args: Vec<String>) -> i32 {
    let Some(first) = args.get(1) else {
        eprint!("{USAGE}");
        return 2;
    };
    let (source, filename, argv): (Vec<u8>, String, Vec<String>) = match first.as_str() {
        "--version" | "-V" => {
            println!("Python 3.13.0 (Anext {})", env!("CARGO_PKG_VERSION"));
            return 0;
        }
        "-h" | "--help" => {
            print!("{USAGE}");
            return 0;
        }
        "-c" => {
            let Some(code) = args.get(2) else {
                eprint!("Argument expected for the -c option\n{USAGE}");
                return 2;
            };
            let mut argv = vec!["-c".to_string()];
            argv.extend(args[3..].iter().cloned());
            (code.clone().into_bytes(), "<string>".to_string(), argv)
        }
        opt if opt.starts_with('-') && opt != "-" => {
            eprint!("Unknown option: {opt}\n{USAGE}");
            return 2;
        }
        path => match read_source(path) {
            Ok(src) => {
                let name = if path == "-" {
                    "<stdin>".to_string()
                } else {
                    // As CPython since 3.9: `__file__` and tracebacks name the
                    // script by its absolute path (argv[0] stays as given).
                    std::path::absolute(path)
                        .map(|p| p.to_string_lossy().into_owned())
                        .unwrap_or_else(|_| path.to_string())
                };
                (src, name, args[1..].to_vec())
            }
            Err(msg) => {
                eprintln!("{msg}");
                return 2;
            }
        },
    };
    let mut interp = anext::Interpreter::new();
    interp.set_argv(&argv);
    if filename != "<string>" && filename != "<stdin>" {
        let dir = std::path::Path::new(&filename)
            .parent()
            .map(|p| p.to_path_buf());
        interp.vm.script_dir = Some(match dir {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => std::path::PathBuf::from("."),
        });
    }
    let text = match anext::compiler::decode_source(&source) {
        Ok(t) => t,
        Err(msg) if msg.starts_with("(unicode error)") => {
            let pos = std::str::from_utf8(&source)
                .err()
                .map(|e| e.valid_up_to())
                .unwrap_or(0);
            let line = source[..pos].iter().filter(|&&b| b == b'\n').count() + 1;
            eprintln!(
                "SyntaxError: Non-UTF-8 code starting with '\\x{:02x}' in file {} on line {}, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                source.get(pos).copied().unwrap_or(0),
                filename,
                line
            );
            return 1;
        }
        Err(msg) => {
            eprintln!("SyntaxError: {msg}");
            return 1;
        }
    };
    // A Rust panic is a bug of ours, reported on stderr by the panic hook.
    // Even then, what the program printed before it must not be lost.
    let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        interp.run_main(&text, &filename)
    }));
    match run {
        Ok(code) => {
            // The program has finished (finalizers run, output flushed) and
            // the process exits next: the OS takes the memory back faster
            // than taking the object graph apart would.
            std::mem::forget(interp);
            code
        }
        Err(_) => {
            let _ = interp.vm.flush_stdout();
            eprintln!("Fatal Python error: internal error in Anext (the Rust panic above)");
            1
        }
    }
}

/// One malloc arena for the process: the interpreter runs on one thread
/// (spawned below), and glibc would otherwise give that thread an arena
/// of its own, grown a page range at a time with an `mprotect` call each
/// (over a hundred during start-up alone).
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn use_one_malloc_arena() {
    const M_ARENA_MAX: std::ffi::c_int = -8;
    unsafe extern "C" {
        fn mallopt(param: std::ffi::c_int, value: std::ffi::c_int) -> std::ffi::c_int;
    }
    // SAFETY: `mallopt` is glibc's documented tuning call; M_ARENA_MAX
    // takes any positive count, and it runs before any other thread
    // exists. Every run of the binary (the CLI tests included) calls it.
    unsafe {
        mallopt(M_ARENA_MAX, 1);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn use_one_malloc_arena() {}

/// The process's entry point on glibc Linux (see the top of this file):
/// what Rust's own entry point would do that the interpreter needs, then
/// `run_cli`. `std::env::args` still works: std reads the arguments from
/// glibc's initialisation hook, not from `main`'s parameters.
#[cfg(all(target_os = "linux", target_env = "gnu", not(test)))]
#[unsafe(no_mangle)]
extern "C" fn main(
    _argc: std::ffi::c_int,
    _argv: *const *const std::ffi::c_char,
) -> std::ffi::c_int {
    const SIGPIPE: std::ffi::c_int = 13;
    const SIG_IGN: usize = 1;
    unsafe extern "C" {
        fn signal(signum: std::ffi::c_int, handler: usize) -> usize;
    }
    // SAFETY: `signal` with SIG_IGN installs no code of ours, and nothing
    // else runs yet. Ignoring SIGPIPE is what Rust's entry point does too:
    // writing to a closed pipe must become an error (BrokenPipeError),
    // not kill the process; tests/cli.rs checks a closed pipe.
    unsafe {
        signal(SIGPIPE, SIG_IGN);
    }
    let status = run_cli();
    let _ = std::io::Write::flush(&mut std::io::stdout());
    if status == anext::KEYBOARD_INTERRUPT_EXIT {
        die_of_sigint();
    }
    exit_byte(status)
}

/// An uncaught KeyboardInterrupt ends the process as CPython's does: by
/// SIGINT with its default action, so the parent sees "killed by signal
/// 2" (tests/cli.rs checks it); 130 if the signal somehow returns.
#[cfg(all(target_os = "linux", target_env = "gnu", not(test)))]
fn die_of_sigint() -> ! {
    const SIGINT: std::ffi::c_int = 2;
    const SIG_DFL: usize = 0;
    unsafe extern "C" {
        fn signal(signum: std::ffi::c_int, handler: usize) -> usize;
        fn raise(sig: std::ffi::c_int) -> std::ffi::c_int;
    }
    // SAFETY: restoring the default action installs no code of ours, and
    // raising the signal then ends the process; the output was flushed.
    unsafe {
        signal(SIGINT, SIG_DFL);
        raise(SIGINT);
    }
    std::process::exit(130)
}

#[cfg(not(all(target_os = "linux", target_env = "gnu", not(test))))]
fn main() -> std::process::ExitCode {
    let status = run_cli();
    if status == anext::KEYBOARD_INTERRUPT_EXIT {
        return std::process::ExitCode::from(130);
    }
    std::process::ExitCode::from(exit_byte(status) as u8)
}

/// The byte the OS keeps of an exit status, as C's `exit` does
/// (`sys.exit(256)` is 0, `sys.exit(-1)` is 255).
fn exit_byte(status: std::ffi::c_int) -> std::ffi::c_int {
    status & 0xff
}

/// Run the command line on a thread with a large stack; the exit status.
fn run_cli() -> std::ffi::c_int {
    use_one_malloc_arena();
    let args: Vec<String> = std::env::args().collect();
    // Native recursion (deep parse trees, Rust-level calls back into
    // Python) needs headroom beyond the default 8 MiB main stack.
    let child = std::thread::Builder::new()
        .stack_size(1 << 30)
        .spawn(move || run(args));
    match child {
        Ok(h) => h.join().unwrap_or(1),
        Err(_) => 1,
    }
}

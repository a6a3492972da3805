//! `_os`: the operating-system calls under the `os` module (which is
//! Python, `py/os.py`): files and directories, the environment, process
//! facts. Failures raise `OSError(errno, strerror, filename)`, which picks
//! the subclass (`FileNotFoundError`, ...) from the errno as CPython does.

use crate::native;
use crate::object::Value;
use crate::vm::native::{Args, NativeFunc};
use crate::vm::{PyErr, PyResult, Vm};
use std::os::unix::fs::MetadataExt;

/// An `OSError` for a failed system call on no file (`[Errno 32] Broken
/// pipe`).
pub fn io_error(vm: &mut Vm, e: &std::io::Error) -> PyErr {
    os_error_from(vm, e, Vec::new())
}

/// An `OSError` for a failed system call on `filename` (and `filename2`).
pub fn os_error(vm: &mut Vm, e: &std::io::Error, filename: &str, filename2: Option<&str>) -> PyErr {
    let mut names = vec![vm.new_str(filename)];
    if let Some(f2) = filename2 {
        names.push(Value::None);
        names.push(vm.new_str(f2));
    }
    os_error_from(vm, e, names)
}

/// `OSError(errno, strerror, *rest)`, which picks the subclass.
fn os_error_from(vm: &mut Vm, e: &std::io::Error, rest: Vec<Value>) -> PyErr {
    let errno = e.raw_os_error().unwrap_or(0);
    // The io::Error text is the C library's message plus " (os error N)".
    let text = e.to_string();
    let strerror = text
        .rsplit_once(" (os error")
        .map_or(text.as_str(), |(msg, _)| msg)
        .to_string();
    let mut args = vec![Value::Int(errno as i64), vm.new_string(strerror)];
    args.extend(rest);
    let cls = Value::Obj(vm.exc_class("OSError"));
    match vm.call(&cls, args) {
        Ok(Value::Obj(exc)) => PyErr { exc },
        Ok(_) => vm.new_error("OSError", text),
        Err(err) => err,
    }
}

fn path_arg(vm: &mut Vm, args: &Args, i: usize, fname: &str) -> PyResult<String> {
    let v = args.args.get(i).cloned().unwrap_or(Value::None);
    if let Some(s) = v.str_value() {
        return Ok(s.to_string());
    }
    if let Some(f) = vm.lookup_special(&v, "__fspath__") {
        let r = vm.call_unbound(&f, &v, vec![v.clone()])?;
        if let Some(s) = r.str_value() {
            return Ok(s.to_string());
        }
    }
    Err(vm.type_error(format!(
        "{fname}: path should be string, bytes or os.PathLike, not {}",
        vm.type_name(&v)
    )))
}

fn getcwd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "getcwd", 0, 0)?;
    match std::env::current_dir() {
        Ok(p) => Ok(vm.new_string(p.to_string_lossy().into_owned())),
        Err(e) => Err(os_error(vm, &e, ".", None)),
    }
}

fn chdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "chdir", 1, 1)?;
    let p = path_arg(vm, &args, 0, "chdir")?;
    std::env::set_current_dir(&p).map_err(|e| os_error(vm, &e, &p, None))?;
    Ok(Value::None)
}

fn listdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "listdir", 0, 1)?;
    let p = if args.args.is_empty() || args.args[0].is_none() {
        ".".to_string()
    } else {
        path_arg(vm, &args, 0, "listdir")?
    };
    let entries = std::fs::read_dir(&p).map_err(|e| os_error(vm, &e, &p, None))?;
    let mut names = Vec::new();
    for entry in entries.flatten() {
        names.push(vm.new_string(entry.file_name().to_string_lossy().into_owned()));
    }
    Ok(vm.new_list(names))
}

fn mkdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = path_arg(vm, &args, 0, "mkdir")?;
    std::fs::create_dir(&p).map_err(|e| os_error(vm, &e, &p, None))?;
    Ok(Value::None)
}

fn rmdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = path_arg(vm, &args, 0, "rmdir")?;
    std::fs::remove_dir(&p).map_err(|e| os_error(vm, &e, &p, None))?;
    Ok(Value::None)
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = path_arg(vm, &args, 0, "remove")?;
    std::fs::remove_file(&p).map_err(|e| os_error(vm, &e, &p, None))?;
    Ok(Value::None)
}

fn rename(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "rename", 2, 2)?;
    let a = path_arg(vm, &args, 0, "rename")?;
    let b = path_arg(vm, &args, 1, "rename")?;
    std::fs::rename(&a, &b).map_err(|e| os_error(vm, &e, &a, Some(&b)))?;
    Ok(Value::None)
}

/// `stat(path, follow_symlinks)` as a tuple: (mode, ino, dev, nlink, uid,
/// gid, size, atime, mtime, ctime); `os.stat_result` wraps it.
fn stat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "stat", 1, 2)?;
    let p = path_arg(vm, &args, 0, "stat")?;
    let follow = match args.args.get(1) {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let md = if follow {
        std::fs::metadata(&p)
    } else {
        std::fs::symlink_metadata(&p)
    }
    .map_err(|e| os_error(vm, &e, &p, None))?;
    let time = |secs: i64, nanos: i64| Value::float(secs as f64 + nanos as f64 * 1e-9);
    let fields = vec![
        Value::Int(md.mode() as i64),
        Value::Int(md.ino() as i64),
        Value::Int(md.dev() as i64),
        Value::Int(md.nlink() as i64),
        Value::Int(md.uid() as i64),
        Value::Int(md.gid() as i64),
        Value::Int(md.size() as i64),
        time(md.atime(), md.atime_nsec()),
        time(md.mtime(), md.mtime_nsec()),
        time(md.ctime(), md.ctime_nsec()),
    ];
    Ok(vm.new_tuple(fields))
}

fn environ(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let d = vm.new_dict_obj(crate::object::Dict::new());
    for (k, v) in std::env::vars_os() {
        let (k, v) = (
            k.to_string_lossy().into_owned(),
            v.to_string_lossy().into_owned(),
        );
        let kv = vm.new_string(k);
        let vv = vm.new_string(v);
        crate::types::dict::dict_set(vm, &d, kv, vv)?;
    }
    Ok(Value::Obj(d))
}

fn putenv(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "putenv", 2, 2)?;
    let (Some(k), Some(v)) = (args.args[0].str_value(), args.args[1].str_value()) else {
        return Err(vm.type_error("str expected"));
    };
    if k.is_empty() || k.contains('=') || k.contains('\0') || v.contains('\0') {
        return Err(vm.value_error("illegal environment variable name"));
    }
    // SAFETY: Anext runs Python on one thread; nothing else reads or
    // writes the environment concurrently. Exercised by the os golden
    // programs (os.environ assignment, os.putenv).
    unsafe { std::env::set_var(k, v) };
    Ok(Value::None)
}

fn unsetenv(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "unsetenv", 1, 1)?;
    let Some(k) = args.args[0].str_value() else {
        return Err(vm.type_error("str expected"));
    };
    if k.is_empty() || k.contains('=') || k.contains('\0') {
        return Err(vm.value_error("illegal environment variable name"));
    }
    // SAFETY: as in `putenv`: a single interpreter thread owns the
    // environment. Exercised by the os golden programs (del os.environ[k]).
    unsafe { std::env::remove_var(k) };
    Ok(Value::None)
}

fn getpid(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(std::process::id() as i64))
}

fn cpu_count(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(std::thread::available_parallelism()
        .map(|n| Value::Int(n.get() as i64))
        .unwrap_or(Value::None))
}

fn urandom(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "urandom", 1, 1)?;
    let n = vm.index_value(&args.args[0])?;
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed"));
    }
    use std::io::Read;
    let mut buf = vec![0u8; n as usize];
    let mut f =
        std::fs::File::open("/dev/urandom").map_err(|e| os_error(vm, &e, "/dev/urandom", None))?;
    f.read_exact(&mut buf)
        .map_err(|e| os_error(vm, &e, "/dev/urandom", None))?;
    Ok(vm.new_bytes(buf))
}

fn realpath(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = path_arg(vm, &args, 0, "realpath")?;
    match std::fs::canonicalize(&p) {
        Ok(r) => Ok(vm.new_string(r.to_string_lossy().into_owned())),
        Err(_) => Ok(Value::None),
    }
}

pub static FUNCS: &[NativeFunc] = &[
    native!("getcwd", getcwd, "Return the current working directory."),
    native!("chdir", chdir, "Change the current working directory."),
    native!(
        "listdir",
        listdir,
        "Return the names of the entries in a directory (default '.'), in no particular order."
    ),
    native!("mkdir", mkdir, "Create a directory."),
    native!("rmdir", rmdir, "Remove an empty directory."),
    native!("remove", remove, "Remove a file."),
    native!(
        "rename",
        rename,
        "Rename a file or directory, replacing a file at the destination."
    ),
    native!(
        "stat",
        stat,
        "Return the status fields of a path as a 10-tuple."
    ),
    native!(
        "environ",
        environ,
        "Return the process environment as a new dict."
    ),
    native!("putenv", putenv, "Set an environment variable."),
    native!("unsetenv", unsetenv, "Remove an environment variable."),
    native!("getpid", getpid, "Return the current process id."),
    native!(
        "cpu_count",
        cpu_count,
        "Return the number of CPUs, or None."
    ),
    native!(
        "urandom",
        urandom,
        "Return n random bytes from the operating system."
    ),
    native!(
        "realpath",
        realpath,
        "Return the canonical path with symlinks resolved, or None when it does not exist."
    ),
];

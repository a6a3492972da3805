//! Text streams: `sys.stdout`, `sys.stderr` and files from `open()`.

use crate::native;
use crate::object::{Payload, Value};
use crate::vm::native::{Args, NativeFunc};
use crate::vm::{PyResult, Vm};
use std::io::{Read, Write};

pub enum Target {
    Stdout,
    Stderr,
    File(std::fs::File),
    /// A file opened for reading: its remaining content.
    Reader(Vec<u8>, usize),
    Closed,
}

pub struct Stream {
    pub name: String,
    pub mode: String,
    pub target: Target,
    pub binary: bool,
    /// `sys.stdin`: a Reader refilled from the process's standard input
    /// as it is consumed (a line at a time for readline and iteration).
    pub from_stdin: bool,
}

impl Stream {
    pub fn new(name: &str, mode: &str, target: Target) -> Stream {
        Stream {
            name: name.to_string(),
            mode: mode.to_string(),
            binary: mode.contains('b'),
            target,
            from_stdin: false,
        }
    }

    /// `sys.stdin`.
    pub fn stdin() -> Stream {
        let mut s = Stream::new("<stdin>", "r", Target::Reader(Vec::new(), 0));
        s.from_stdin = true;
        s
    }

    /// Pull more of standard input into the buffer: everything when
    /// `whole`, else up to the next newline.
    fn refill(&mut self, whole: bool) {
        if !self.from_stdin {
            return;
        }
        let Target::Reader(data, pos) = &mut self.target else {
            return;
        };
        if *pos > 0 {
            data.drain(..*pos);
            *pos = 0;
        }
        let mut input = std::io::stdin().lock();
        if whole {
            let _ = input.read_to_end(data);
        } else if !data.contains(&b'\n') {
            use std::io::BufRead;
            let _ = input.read_until(b'\n', data);
        }
    }
}

pub fn stream_write(vm: &mut Vm, stream: &Value, text: &str) -> PyResult<()> {
    match stream.payload() {
        Some(Payload::TextStream(s)) => {
            let mut s = s.borrow_mut();
            match &mut s.target {
                Target::Stdout => {
                    drop(s);
                    return vm.print_stdout(text);
                }
                Target::Stderr => vm.write_stderr(text),
                Target::File(f) => {
                    if f.write_all(text.as_bytes()).is_err() {
                        return Err(vm.new_error("OSError", "write failed"));
                    }
                }
                Target::Reader(..) => {
                    return Err(vm.new_error("UnsupportedOperation", "not writable"));
                }
                Target::Closed => return Err(vm.value_error("I/O operation on closed file.")),
            }
            Ok(())
        }
        _ => {
            let w = vm.getattr_opt(stream, "write")?;
            match w {
                Some(w) => {
                    let t = vm.new_str(text);
                    vm.call(&w, vec![t])?;
                    Ok(())
                }
                None => Err(vm.attribute_error(format!(
                    "'{}' object has no attribute 'write'",
                    vm.type_name(stream)
                ))),
            }
        }
    }
}

fn io_write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "write", 1, 1)?;
    let s = args.args[0].clone();
    if let Some(Payload::TextStream(st)) = s.payload()
        && st.borrow().binary
    {
        let data = crate::types::bytes::bytes_of(vm, &args.args[1])?;
        if let Target::File(f) = &mut st.borrow_mut().target {
            let _ = f.write_all(&data);
        }
        return Ok(Value::Int(data.len() as i64));
    }
    let Some(text) = args.args[1].str_value().map(|t| t.to_string()) else {
        return Err(vm.type_error(format!(
            "write() argument must be str, not {}",
            vm.arg_type_name(&args.args[1])
        )));
    };
    stream_write(vm, &s, &text)?;
    Ok(Value::Int(text.chars().count() as i64))
}

fn io_flush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(Payload::TextStream(s)) = args.args[0].payload() {
        match &mut s.borrow_mut().target {
            Target::Stdout => vm.flush_stdout_raising()?,
            Target::File(f) => {
                let _ = f.flush();
            }
            _ => {}
        }
    }
    Ok(Value::None)
}

fn read_all(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(Payload::TextStream(s)) = v.payload() {
        let mut s = s.borrow_mut();
        s.refill(true);
        match &mut s.target {
            Target::Reader(data, pos) => {
                let out = data[*pos..].to_vec();
                *pos = data.len();
                return Ok(out);
            }
            Target::Closed => return Err(vm.value_error("I/O operation on closed file.")),
            _ => return Err(vm.new_error("OSError", "not readable")),
        }
    }
    Ok(Vec::new())
}

fn io_read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = read_all(vm, &args.args[0])?;
    let binary =
        matches!(args.args[0].payload(), Some(Payload::TextStream(s)) if s.borrow().binary);
    if binary {
        return Ok(vm.new_bytes(data));
    }
    Ok(vm.new_string(String::from_utf8_lossy(&data).to_string()))
}

fn io_readline(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(Payload::TextStream(s)) = args.args[0].payload() {
        let mut s = s.borrow_mut();
        s.refill(false);
        if let Target::Reader(data, pos) = &mut s.target {
            let start = *pos;
            let end = data[start..]
                .iter()
                .position(|&c| c == b'\n')
                .map(|p| start + p + 1)
                .unwrap_or(data.len());
            *pos = end;
            let line = String::from_utf8_lossy(&data[start..end]).to_string();
            drop(s);
            return Ok(vm.new_string(line));
        }
    }
    Ok(vm.new_str(""))
}

fn io_readlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = read_all(vm, &args.args[0])?;
    let text = String::from_utf8_lossy(&data).to_string();
    let lines = text.split_inclusive('\n').map(|l| vm.new_str(l)).collect();
    Ok(vm.new_list(lines))
}

fn io_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(Payload::TextStream(s)) = args.args[0].payload() {
        // Closing sys.stdout flushes what was printed; later writes to it
        // raise ValueError, as in CPython. The interpreter's own reports
        // (tracebacks) do not go through these objects.
        if matches!(s.borrow().target, Target::Stdout) {
            let _ = vm.flush_stdout();
        }
        s.borrow_mut().target = Target::Closed;
    }
    Ok(Value::None)
}

fn io_enter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.args[0].clone())
}

fn io_exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    io_close(vm, Args::new(vec![args.args[0].clone()]))?;
    Ok(Value::None)
}

fn io_iter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.args[0].clone())
}

fn io_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let line = io_readline(vm, Args::new(vec![args.args[0].clone()]))?;
    if line.str_value() == Some("") {
        return Err(vm.stop_iteration(Value::None));
    }
    Ok(line)
}

pub static METHODS: &[NativeFunc] = &[
    native!(
        "write",
        io_write,
        "Write a string to the stream; return the number of characters written."
    ),
    native!("flush", io_flush, "Flush buffered output."),
    native!("read", io_read, "Read and return the rest of the stream."),
    native!("readline", io_readline, "Read and return one line."),
    native!(
        "readlines",
        io_readlines,
        "Read and return a list of the remaining lines."
    ),
    native!("close", io_close, "Close the stream."),
    native!("__enter__", io_enter, "Return the stream itself."),
    native!("__exit__", io_exit, "Close the stream."),
    native!("__iter__", io_iter, "Return the stream itself."),
    native!("__next__", io_next, "Return the next line."),
];

pub fn open(vm: &mut Vm, path: &str, mode: &str) -> PyResult<Value> {
    let target = if mode.contains('r') && !mode.contains('+') {
        let mut data = Vec::new();
        match std::fs::File::open(path) {
            Ok(mut f) => {
                if f.read_to_end(&mut data).is_err() {
                    return Err(vm.new_error(
                        "IsADirectoryError",
                        format!("[Errno 21] Is a directory: '{path}'"),
                    ));
                }
            }
            Err(e) => return Err(os_error(vm, &e, path)),
        }
        Target::Reader(data, 0)
    } else {
        let f = if mode.contains('a') {
            std::fs::OpenOptions::new()
                .append(true)
                .create(true)
                .open(path)
        } else {
            std::fs::File::create(path)
        };
        match f {
            Ok(f) => Target::File(f),
            Err(e) => return Err(os_error(vm, &e, path)),
        }
    };
    let cls = vm.types.text_io.clone();
    Ok(Value::Obj(crate::object::PyObject::new(
        cls,
        None,
        Payload::TextStream(Box::new(std::cell::RefCell::new(Stream::new(
            path, mode, target,
        )))),
    )))
}

fn os_error(vm: &mut Vm, e: &std::io::Error, path: &str) -> crate::vm::PyErr {
    crate::modules::os::os_error(vm, e, path, None)
}

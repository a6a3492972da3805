//! The command line: its modes, exit statuses and bad-input handling.

use std::io::Write;
use std::process::{Command, Stdio};

fn anext() -> Command {
    Command::new(env!("CARGO_BIN_EXE_anext"))
}

fn run(args: &[&str], stdin: &[u8]) -> (i32, String, String) {
    let mut child = anext()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start anext");
    if let Some(mut s) = child.stdin.take() {
        let _ = s.write_all(stdin);
    }
    let out = child.wait_with_output().expect("wait for anext");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn temp_file(name: &str, bytes: &[u8]) -> String {
    let dir = std::env::temp_dir().join(format!("anext-cli-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write temp file");
    path.to_string_lossy().into_owned()
}

#[test]
fn version_and_usage() {
    let (code, out, _) = run(&["--version"], b"");
    assert_eq!(code, 0);
    assert!(out.starts_with("Python 3.13"), "{out}");
    let (code, _, err) = run(&[], b"");
    assert_eq!(code, 2);
    assert!(err.contains("usage"), "{err}");
    let (code, _, err) = run(&["--bogus"], b"");
    assert_eq!(code, 2, "{err}");
    let (code, _, err) = run(&["/no/such/file.py"], b"");
    assert_eq!(code, 2);
    assert!(err.contains("can't open file"), "{err}");
}

#[test]
fn dash_c_and_stdin_and_argv() {
    let (code, out, _) = run(&["-c", "import sys; print(sys.argv, 6 * 7)", "x", "y"], b"");
    assert_eq!((code, out.as_str()), (0, "['-c', 'x', 'y'] 42\n"));
    let (code, out, _) = run(&["-"], b"print('from stdin')\n");
    assert_eq!((code, out.as_str()), (0, "from stdin\n"));
}

#[test]
fn exit_statuses() {
    let (code, _, _) = run(&["-c", "import sys; sys.exit(3)"], b"");
    assert_eq!(code, 3);
    let (code, _, err) = run(&["-c", "import sys; sys.exit('bye')"], b"");
    assert_eq!((code, err.as_str()), (1, "bye\n"));
    let (code, _, err) = run(&["-c", "raise KeyError('k')"], b"");
    assert_eq!(code, 1);
    assert!(
        err.starts_with("Traceback (most recent call last):"),
        "{err}"
    );
    assert!(err.ends_with("KeyError: 'k'\n"), "{err}");
}

/// Exit statuses keep C's low byte, and an uncaught KeyboardInterrupt
/// ends the process by SIGINT (as CPython's does), its output flushed.
#[test]
fn exit_status_bytes_and_keyboard_interrupt() {
    for (code, status) in [("256", 0), ("-1", 255), ("300", 44), ("2**40", 0)] {
        let prog = format!("import sys; sys.exit({code})");
        assert_eq!(run(&["-c", &prog], b"").0, status, "sys.exit({code})");
    }
    let out = anext()
        .args(["-c", "print('before'); raise KeyboardInterrupt"])
        .output()
        .expect("run anext");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "before\n");
    assert!(String::from_utf8_lossy(&out.stderr).ends_with("KeyboardInterrupt\n"));
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        use std::os::unix::process::ExitStatusExt;
        assert_eq!(out.status.signal(), Some(2), "{:?}", out.status);
    }
}

#[test]
fn bad_input_never_crashes() {
    let deep = format!("x = {}1{}\n", "(".repeat(100_000), ")".repeat(100_000));
    let path = temp_file("deep.py", deep.as_bytes());
    let (code, _, err) = run(&[&path], b"");
    assert_eq!(code, 1);
    assert!(
        err.trim_end()
            .ends_with("SyntaxError: too many nested parentheses"),
        "{err}"
    );

    let path = temp_file("latin.py", b"x = '\xff'\n");
    let (code, _, err) = run(&[&path], b"");
    assert_eq!(code, 1);
    assert!(
        err.contains("Non-UTF-8 code starting with '\\xff'"),
        "{err}"
    );

    let (code, _, err) = run(&["-c", "def f(): f()\nf()"], b"");
    assert_eq!(code, 1);
    assert!(
        err.trim_end()
            .ends_with("RecursionError: maximum recursion depth exceeded"),
        "{err}"
    );

    let (code, _, err) = run(&["-c", "def f(:\n  pass"], b"");
    assert_eq!(code, 1);
    assert!(
        err.trim_end().ends_with("SyntaxError: invalid syntax"),
        "{err}"
    );
}

#[test]
fn coding_cookie_is_honoured() {
    let path = temp_file(
        "cookie.py",
        b"# -*- coding: latin-1 -*-\nprint(len('\xe9t\xe9'), '\xe9t\xe9')\n",
    );
    let (code, out, err) = run(&[&path], b"");
    assert_eq!((code, out.as_str()), (0, "3 \u{e9}t\u{e9}\n"), "{err}");
}

#[test]
fn compile_time_syntax_warnings_go_to_stderr() {
    let (code, out, err) = run(&["-c", "x = '\\d'\nprint(x is 5)"], b"");
    assert_eq!((code, out.as_str()), (0, "False\n"));
    assert_eq!(
        err,
        "<string>:1: SyntaxWarning: invalid escape sequence '\\d'\n\
         <string>:2: SyntaxWarning: \"is\" with 'int' literal. Did you mean \"==\"?\n"
    );
}

#[test]
fn calling_everything_with_odd_arguments_never_crashes() {
    for name in [
        "call_everything.py",
        "call_methods.py",
        "call_async_objects.py",
    ] {
        let script = format!("{}/tests/robustness/{name}", env!("CARGO_MANIFEST_DIR"));
        let (code, out, err) = run_bounded(&script, std::time::Duration::from_secs(120));
        assert!(
            !err.contains("panicked"),
            "{name}: a native panicked:\n{}",
            err.lines().take(8).collect::<Vec<_>>().join("\n")
        );
        assert_eq!(code, 0, "{name}: stderr: {err}");
        assert!(out.ends_with("done True\n"), "{name}: stdout: {out}");
    }
}

/// Run a script, killing it (and failing the test) if it runs past
/// `limit`: a hang must fail quickly, not stall the whole test run.
fn run_bounded(script: &str, limit: std::time::Duration) -> (i32, String, String) {
    use std::io::Read;
    let mut child = anext()
        .arg(script)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start anext");
    // Drain the pipes on threads so a chatty script cannot block on them.
    let mut stdout = child.stdout.take().expect("stdout");
    let mut stderr = child.stderr.take().expect("stderr");
    let out = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = stdout.read_to_string(&mut s);
        s
    });
    let err = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = stderr.read_to_string(&mut s);
        s
    });
    let start = std::time::Instant::now();
    let status = loop {
        if let Some(st) = child.try_wait().expect("wait for anext") {
            break st;
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            panic!("{script} ran past {limit:?}: a hang");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    (
        status.code().unwrap_or(-1),
        out.join().unwrap_or_default(),
        err.join().unwrap_or_default(),
    )
}

/// Output to a pipe whose reader has gone is `BrokenPipeError` (SIGPIPE is
/// ignored), raised by the `print` whose write failed; output that fails
/// only when flushed at exit is reported as CPython reports it, status 120.
#[test]
fn closed_pipe_is_broken_pipe_error() {
    let outcome = |code: &str| {
        let mut child = anext()
            .args(["-c", code])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start anext");
        drop(child.stdout.take());
        let out = child.wait_with_output().expect("wait for anext");
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let (code, err) = outcome("for i in range(100000): print(i)");
    assert_eq!(code, 1, "{err}");
    assert!(
        err.starts_with("Traceback (most recent call last):"),
        "{err}"
    );
    assert!(
        err.ends_with("BrokenPipeError: [Errno 32] Broken pipe\n"),
        "{err}"
    );
    // Another test's child forked at the wrong moment holds a copy of the
    // pipe's read end until it execs, and then this one write succeeds:
    // a real failure fails every attempt.
    let (code, err) = (0..10)
        .map(|_| outcome("print(1)"))
        .find(|(code, _)| *code == 120)
        .unwrap_or_else(|| outcome("print(1)"));
    assert_eq!(code, 120, "{err}");
    assert_eq!(
        err,
        "Exception ignored on flushing sys.stdout:\nBrokenPipeError: [Errno 32] Broken pipe\n"
    );
}

/// An exception a finalizer reports that never went through a frame is
/// shown with the frame that was running when it happened, as CPython's
/// unraisable hook shows it.
#[test]
fn ignored_finalizer_error_names_the_running_frame() {
    let script = temp_file(
        "ignored_finalizer.py",
        b"import types\n\
@types.coroutine\n\
def pause():\n    yield\n\
async def worker():\n    try:\n        yield 0\n    finally:\n        await pause()\n\
async def watch():\n    ag = worker()\n    await ag.__anext__()\n\
c = watch()\n\
try:\n    c.send(None)\nexcept StopIteration:\n    pass\n",
    );
    let (code, _, err) = run(&[&script], b"");
    assert_eq!(code, 0, "{err}");
    let tail = format!(
        "Traceback (most recent call last):\n  File \"{script}\", line 15, in <module>\n    c.send(None)\nRuntimeError: async generator ignored GeneratorExit\n"
    );
    assert!(
        err.starts_with("Exception ignored in: <async_generator object worker at 0x"),
        "{err}"
    );
    assert!(err.ends_with(&tail), "{err}");
}

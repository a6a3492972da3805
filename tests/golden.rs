//! Golden programs: every `tests/programs/<area>/<name>.py` runs under the
//! built `anext` and must print exactly `<name>.stdout`, exit with
//! `<name>.exitcode` (0 when absent) and, when `<name>.stderr_last`
//! exists, end stderr with that line. The expectations come from CPython
//! 3.13 (`tests/regen.py`); running the tests never needs CPython.
//! A program whose first line is `# xfail: why` must still fail: strict
//! markers, so a fix shows up as a failure until the marker goes.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

fn programs(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            programs(&p, out);
        } else if p.extension().is_some_and(|e| e == "py") && p.with_extension("stdout").exists() {
            out.push(p);
        }
    }
}

fn run_one(bin: &Path, prog: &Path) -> Result<(), String> {
    let dir = prog.parent().unwrap_or(Path::new("."));
    let name = prog
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    let mut child = Command::new(bin)
        .arg(&name)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start: {e}"))?;
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().map_err(|e| e.to_string())? {
            break s;
        }
        if start.elapsed() > Duration::from_secs(20) {
            let _ = child.kill();
            return Err("timed out after 20s".to_string());
        }
        std::thread::sleep(Duration::from_millis(2));
    };
    let out = child.wait_with_output().map_err(|e| e.to_string())?;
    let expected = std::fs::read(prog.with_extension("stdout")).unwrap_or_default();
    let mut problems = Vec::new();
    // Expectations must not name this checkout's location: the same tests
    // run from a fresh clone elsewhere (CI).
    let root = env!("CARGO_MANIFEST_DIR");
    if String::from_utf8_lossy(&expected).contains(root) {
        problems.push(format!(
            "the expected stdout contains the absolute path {root}: print relative names"
        ));
    }
    if out.stdout != expected {
        let got = String::from_utf8_lossy(&out.stdout);
        let want = String::from_utf8_lossy(&expected);
        let line = got
            .lines()
            .zip(want.lines())
            .position(|(a, b)| a != b)
            .unwrap_or_else(|| got.lines().count().min(want.lines().count()));
        problems.push(format!(
            "stdout differs at line {}: expected {:?}, got {:?}",
            line + 1,
            want.lines().nth(line).unwrap_or("<end>"),
            got.lines().nth(line).unwrap_or("<end>")
        ));
    }
    let want_code: i32 = std::fs::read_to_string(prog.with_extension("exitcode"))
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(0);
    let code = status.code().unwrap_or(-1);
    if code != want_code {
        problems.push(format!("exit code {code}, expected {want_code}"));
    }
    let stderr = String::from_utf8_lossy(&out.stderr);
    if let Ok(last) = std::fs::read_to_string(prog.with_extension("stderr_last")) {
        let got_last = stderr
            .lines()
            .rev()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("");
        if got_last.trim_end() != last.trim_end() {
            problems.push(format!(
                "stderr last line {got_last:?}, expected {:?}",
                last.trim_end()
            ));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        let tail: Vec<&str> = stderr.lines().rev().take(3).collect();
        problems.push(format!("stderr tail: {:?}", tail));
        Err(problems.join("; "))
    }
}

#[test]
fn golden_programs() {
    let bin = PathBuf::from(env!("CARGO_BIN_EXE_anext"));
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs");
    let mut all = Vec::new();
    programs(&root, &mut all);
    assert!(!all.is_empty(), "no golden programs found");
    let queue = Arc::new(Mutex::new(all.clone()));
    let failures = Arc::new(Mutex::new(Vec::new()));
    let workers: Vec<_> = (0..4)
        .map(|_| {
            let (queue, failures, bin) = (queue.clone(), failures.clone(), bin.clone());
            std::thread::spawn(move || {
                loop {
                    let next = queue.lock().map(|mut q| q.pop()).unwrap_or(None);
                    let Some(prog) = next else { break };
                    let xfail = std::fs::read_to_string(&prog)
                        .map(|s| s.starts_with("# xfail:"))
                        .unwrap_or(false);
                    let outcome = match (run_one(&bin, &prog), xfail) {
                        (Ok(()), false) | (Err(_), true) => None,
                        (Err(e), false) => Some(e),
                        (Ok(()), true) => {
                            Some("passes now: remove its '# xfail:' line".to_string())
                        }
                    };
                    if let Some(e) = outcome
                        && let Ok(mut f) = failures.lock()
                    {
                        f.push(format!("{}: {e}", prog.display()));
                    }
                }
            })
        })
        .collect();
    for w in workers {
        let _ = w.join();
    }
    let failures = failures.lock().map(|f| f.clone()).unwrap_or_default();
    let passed = all.len() - failures.len();
    println!("{passed} passed, {} failed", failures.len());
    for f in &failures {
        println!("FAIL {f}");
    }
    assert!(
        failures.is_empty(),
        "{} golden programs failed",
        failures.len()
    );
}

//! The table of built-in callables (issue 4): every name in `builtins` and
//! every public method and data attribute of the built-in types, with
//! `__name__`, `__qualname__`, `__self__`, `__module__`, a docstring, and
//! the errors of assigning to them. `tests/builtin_table/walk.py` prints
//! the table; `expected.txt` is CPython 3.13's (made by `generate.py`).

use std::path::Path;
use std::process::Command;

#[test]
fn builtin_table_matches_cpython() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/builtin_table");
    let out = Command::new(env!("CARGO_BIN_EXE_anext"))
        .arg("walk.py")
        .current_dir(&dir)
        .output()
        .expect("run anext");
    assert!(
        out.status.success(),
        "walk.py failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let got = String::from_utf8_lossy(&out.stdout);
    let want = std::fs::read_to_string(dir.join("expected.txt")).expect("expected.txt");
    let got_lines: Vec<&str> = got.lines().collect();
    let want_lines: Vec<&str> = want.lines().collect();
    let mut problems = Vec::new();
    for (i, w) in want_lines.iter().enumerate() {
        let g = got_lines.get(i).copied().unwrap_or("<missing>");
        if g != *w {
            problems.push(format!("line {}:\n  want {w}\n  got  {g}", i + 1));
        }
    }
    if got_lines.len() > want_lines.len() {
        problems.push(format!(
            "{} extra lines, from: {}",
            got_lines.len() - want_lines.len(),
            got_lines[want_lines.len()]
        ));
    }
    assert!(
        problems.is_empty(),
        "{} differences (first 20):\n{}",
        problems.len(),
        problems[..problems.len().min(20)].join("\n")
    );
}

//! A readable listing of a code object, for debugging and golden files.

use super::{CodeObject, Constant};
use std::fmt::Write;

pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    write_code(&mut out, code);
    out
}

fn write_code(out: &mut String, code: &CodeObject) {
    let _ = writeln!(out, "code {} (line {})", code.qualname, code.first_line);
    let mut last_line = 0;
    for (i, ins) in code.instructions.iter().enumerate() {
        let line = code.lines.get(i).copied().unwrap_or(0);
        let marker = if line != last_line {
            last_line = line;
            format!("{line:>4}")
        } else {
            "    ".to_string()
        };
        let _ = writeln!(out, "{marker} {i:>5} {ins:?}");
    }
    for e in &code.exception_table {
        let _ = writeln!(
            out,
            "  handler {}..{} -> {} depth {}",
            e.start, e.end, e.target, e.depth
        );
    }
    for c in &code.constants {
        if let Constant::Code(inner) = c {
            out.push('\n');
            write_code(out, inner);
        }
    }
}

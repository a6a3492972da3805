fn main() {
    let args: Vec<String> = std::env::args().collect();
    let path = &args[1];
    let src = std::fs::read_to_string(path).unwrap_or_default();
    match anext::compiler::compile(&src, path, anext::compiler::Mode::Exec) {
        Ok(code) => print!("{}", anext::bytecode::disassemble(&code)),
        Err(e) => eprintln!("{}: {} line {}", e.kind, e.message, e.line),
    }
}

//! Link the `anext` binary as a position-dependent executable: a PIE
//! carries some 22,000 relative relocations that the loader applies on
//! every start (reading half a megabyte of relocation records and
//! dirtying the pages they patch), which was a third of an empty
//! program's start-up. The code itself is still compiled position-
//! independent, so only the final link changes.
fn main() {
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux") {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
    println!("cargo:rerun-if-changed=build.rs");
}

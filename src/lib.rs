//! Anext: a Python 3 interpreter with a stackless VM, built for
//! generators, coroutines and async generators.

pub mod bytecode;
pub mod compiler;

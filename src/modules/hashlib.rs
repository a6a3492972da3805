//! `_hashlib.digest(name, data)`: one-shot message digests from the
//! RustCrypto crates (sha2, sha1, md-5); `py/hashlib.py` builds the
//! incremental hash objects on top.

use crate::native;
use crate::object::Value;
use crate::vm::native::{Args, NativeFunc};
use crate::vm::{PyResult, Vm};
use sha2::Digest;

fn digest(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "digest", 2, 2)?;
    let name = args.args[0].str_value().unwrap_or("").to_ascii_lowercase();
    let data = crate::types::bytes::bytes_of(vm, &args.args[1])?;
    let out: Vec<u8> = match name.as_str() {
        "md5" => md5::Md5::digest(&data).to_vec(),
        "sha1" => sha1::Sha1::digest(&data).to_vec(),
        "sha224" => sha2::Sha224::digest(&data).to_vec(),
        "sha256" => sha2::Sha256::digest(&data).to_vec(),
        "sha384" => sha2::Sha384::digest(&data).to_vec(),
        "sha512" => sha2::Sha512::digest(&data).to_vec(),
        _ => {
            return Err(vm.value_error(format!("unsupported hash type {name}")));
        }
    };
    Ok(vm.new_bytes(out))
}

pub static FUNCS: &[NativeFunc] = &[native!(
    "digest",
    digest,
    "Return the digest of data under the named algorithm (md5, sha1, sha224, sha256, sha384, sha512)."
)];

//! Text encodings for `str.encode` and `bytes.decode`: UTF-8, ASCII and
//! Latin-1, with the `strict`, `ignore`, `replace`, `backslashreplace`
//! (and, for encoding, `xmlcharrefreplace`) error handlers.

use crate::object::Value;
use crate::vm::{PyErr, PyResult, Vm};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }
}

fn lookup(vm: &Vm, encoding: &str) -> PyResult<Codec> {
    let norm: String = encoding
        .trim()
        .to_ascii_lowercase()
        .chars()
        .map(|c| if c == '_' || c == ' ' { '-' } else { c })
        .collect();
    Ok(match norm.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => Codec::Utf8,
        "ascii" | "us-ascii" | "646" => Codec::Ascii,
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "8859" | "cp819" | "l1" | "latin" => {
            Codec::Latin1
        }
        _ => {
            return Err(vm.new_error("LookupError", format!("unknown encoding: {encoding}")));
        }
    })
}

fn check_handler(vm: &Vm, errors: &str) -> PyResult<()> {
    match errors {
        "strict" | "ignore" | "replace" | "backslashreplace" | "xmlcharrefreplace"
        | "surrogateescape" | "surrogatepass" => Ok(()),
        _ => Err(vm.new_error(
            "LookupError",
            format!("unknown error handler name '{errors}'"),
        )),
    }
}

/// The `encoding` and `errors` arguments (positional or keyword), with
/// their defaults.
pub fn codec_args(
    vm: &Vm,
    args: &crate::vm::native::Args,
    fname: &str,
) -> PyResult<(String, String)> {
    let bound = args.bind(vm, fname, true, &["encoding", "errors"], 0, 0)?;
    let text = |i: usize, default: &str| -> PyResult<String> {
        match &bound[i] {
            None => Ok(default.to_string()),
            Some(v) => match v.str_value() {
                Some(s) => Ok(s.to_string()),
                None => Err(vm.type_error(format!(
                    "{fname}() argument '{}' must be str, not {}",
                    ["encoding", "errors"][i],
                    vm.arg_type_name(v)
                ))),
            },
        }
    };
    Ok((text(0, "utf-8")?, text(1, "strict")?))
}

/// A `UnicodeDecodeError`/`UnicodeEncodeError` built by calling its class,
/// so that its fields and message are those of a Python-made one.
fn codec_error(
    vm: &mut Vm,
    class: &str,
    codec: Codec,
    object: Value,
    start: usize,
    end: usize,
    reason: &str,
) -> PyErr {
    let cls = Value::Obj(vm.exc_class(class));
    let args = vec![
        vm.new_str(codec.name()),
        object,
        Value::Int(start as i64),
        Value::Int(end as i64),
        vm.new_str(reason),
    ];
    match vm.call(&cls, args) {
        Ok(Value::Obj(exc)) => PyErr { exc },
        Ok(_) => vm.new_error(class, reason),
        Err(e) => e,
    }
}

/// `bytes.decode(encoding, errors)`.
pub fn decode(vm: &mut Vm, data: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    // CPython answers empty input before looking the codec up.
    if data.is_empty() {
        return Ok(String::new());
    }
    let codec = lookup(vm, encoding)?;
    check_handler(vm, errors)?;
    let mut out = String::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        let (bad_len, reason) = match codec {
            Codec::Latin1 => {
                out.extend(data[i..].iter().map(|&b| b as char));
                break;
            }
            Codec::Ascii => match data[i..].iter().position(|b| !b.is_ascii()) {
                None => {
                    out.extend(data[i..].iter().map(|&b| b as char));
                    break;
                }
                Some(p) => {
                    out.extend(data[i..i + p].iter().map(|&b| b as char));
                    i += p;
                    (1, "ordinal not in range(128)")
                }
            },
            Codec::Utf8 => match std::str::from_utf8(&data[i..]) {
                Ok(s) => {
                    out.push_str(s);
                    break;
                }
                Err(e) => {
                    let good = e.valid_up_to();
                    out.push_str(std::str::from_utf8(&data[i..i + good]).unwrap_or_default());
                    i += good;
                    let lead = data[i];
                    match e.error_len() {
                        None => (data.len() - i, "unexpected end of data"),
                        Some(_) if (0x80..0xc2).contains(&lead) || lead > 0xf4 => {
                            (1, "invalid start byte")
                        }
                        Some(n) => (n, "invalid continuation byte"),
                    }
                }
            },
        };
        match errors {
            "strict" => {
                let object = vm.new_bytes(data.to_vec());
                return Err(codec_error(
                    vm,
                    "UnicodeDecodeError",
                    codec,
                    object,
                    i,
                    i + bad_len,
                    reason,
                ));
            }
            "ignore" => {}
            "replace" => out.push('\u{fffd}'),
            "backslashreplace" => {
                for b in &data[i..i + bad_len] {
                    out.push_str(&format!("\\x{b:02x}"));
                }
            }
            // Lone surrogates cannot live in a Rust string: undecodable
            // bytes come out as U+FFFD instead of U+DC80..U+DCFF.
            _ => out.push('\u{fffd}'),
        }
        i += bad_len;
    }
    Ok(out)
}

/// `str.encode(encoding, errors)`.
pub fn encode(vm: &mut Vm, text: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = lookup(vm, encoding)?;
    check_handler(vm, errors)?;
    let limit = match codec {
        Codec::Utf8 => return Ok(text.as_bytes().to_vec()),
        Codec::Ascii => 0x80,
        Codec::Latin1 => 0x100,
    };
    let mut out = Vec::with_capacity(text.len());
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u8);
            i += 1;
            continue;
        }
        let run = chars[i..]
            .iter()
            .position(|&c| (c as u32) < limit)
            .unwrap_or(chars.len() - i);
        let reason = if codec == Codec::Ascii {
            "ordinal not in range(128)"
        } else {
            "ordinal not in range(256)"
        };
        for &c in &chars[i..i + run] {
            match errors {
                "strict" => {
                    let object = vm.new_str(text);
                    return Err(codec_error(
                        vm,
                        "UnicodeEncodeError",
                        codec,
                        object,
                        i,
                        i + run,
                        reason,
                    ));
                }
                "ignore" => {}
                "replace" => out.push(b'?'),
                "xmlcharrefreplace" => out.extend(format!("&#{};", c as u32).bytes()),
                _ => out.extend(crate::types::str::escape_char(c).bytes()),
            }
        }
        i += run;
    }
    Ok(out)
}

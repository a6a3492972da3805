//! The payload of `str`: UTF-8 text with a cached hash and character count.

use super::{ObjRef, Payload, PyObject, Value};
use std::cell::Cell;

/// The most unused capacity `from_string` keeps as padding.
const MAX_KEPT_SLACK: usize = 24;
const NUL_PAD: &str = "\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0";

pub struct PyStr {
    /// The text; when `spare`, followed by NUL padding (room to grow).
    s: Box<str>,
    hash: Cell<i64>,
    chars: u32,
    ascii: bool,
    /// An ASCII string grown in place (`append`): its text is the first
    /// `chars` bytes of `s`, the rest is NUL padding, so that a loop of
    /// `s += t` copies each byte once on average rather than every time.
    spare: bool,
}

impl PyStr {
    pub fn new(s: &str) -> PyStr {
        PyStr::from_string(s.to_string())
    }

    pub fn from_string(mut s: String) -> PyStr {
        let ascii = s.is_ascii();
        let chars = if ascii { s.len() } else { s.chars().count() } as u32;
        // A little room left over from building the text becomes padding
        // (as `append` leaves it) instead of a reallocation to shrink.
        let slack = s.capacity() - s.len();
        let spare = ascii && slack != 0 && slack <= MAX_KEPT_SLACK;
        if spare {
            s.push_str(&NUL_PAD[..slack]);
        }
        PyStr {
            s: s.into_boxed_str(),
            hash: Cell::new(-1),
            chars,
            ascii,
            spare,
        }
    }

    /// Append in place: only for a str nobody else can see (the caller
    /// holds the one reference), as CPython does for `s += t`. ASCII text
    /// grows into padding that doubles when it runs out.
    pub fn append(&mut self, other: &PyStr) {
        let len = self.as_str().len();
        let add = other.as_str();
        let new_len = len + add.len();
        self.hash.set(-1);
        if self.ascii && other.ascii && u32::try_from(new_len).is_ok() {
            if new_len > self.s.len() {
                let room = new_len.max(2 * len).max(16);
                let mut grown = String::with_capacity(room);
                grown.push_str(self.as_str());
                grown.push_str(add);
                grown.extend(std::iter::repeat_n('\0', room - new_len));
                self.s = grown.into_boxed_str();
            } else {
                // SAFETY: bytes `len..new_len` are NUL padding and `add` is
                // ASCII, so the buffer is still valid UTF-8 after the copy.
                let bytes = unsafe { self.s.as_bytes_mut() };
                bytes[len..new_len].copy_from_slice(add.as_bytes());
            }
            self.spare = true;
            self.chars = new_len as u32;
            return;
        }
        let mut joined = String::with_capacity(new_len);
        joined.push_str(self.as_str());
        joined.push_str(add);
        self.s = joined.into_boxed_str();
        self.spare = false;
        self.chars += other.chars;
        self.ascii &= other.ascii;
    }

    #[inline(always)]
    pub fn as_str(&self) -> &str {
        if self.spare {
            &self.s[..self.chars as usize]
        } else {
            &self.s
        }
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.ascii
    }

    /// Length in code points.
    pub fn char_len(&self) -> usize {
        self.chars as usize
    }

    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = hash_str(self.as_str());
        self.hash.set(h);
        h
    }

    /// The code point at index `i` (0-based, in range).
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.ascii {
            self.as_str().as_bytes().get(i).map(|&b| b as char)
        } else {
            self.as_str().chars().nth(i)
        }
    }

    /// Byte offset of code point index `i` (clamped to the end).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.ascii {
            i.min(self.as_str().len())
        } else {
            self.as_str()
                .char_indices()
                .nth(i)
                .map(|(b, _)| b)
                .unwrap_or(self.as_str().len())
        }
    }
}

/// FNV-1a over the bytes, folded to avoid -1 (CPython's error marker).
/// Python randomizes str hashes per process, so no program depends on the
/// exact values; a fixed function keeps runs reproducible.
pub fn hash_str(s: &str) -> i64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h ^= h >> 29;
    let h = h as i64;
    if h == -1 { -2 } else { h }
}

#[cfg(test)]
mod tests {
    use super::PyStr;

    #[test]
    fn append_grows_into_padding_and_stays_text() {
        let mut s = PyStr::new("ab");
        for part in ["c", "de", "", "fghijklmnopqrstuvwxyz", "0"] {
            s.append(&PyStr::new(part));
        }
        assert_eq!(s.as_str(), "abcdefghijklmnopqrstuvwxyz0");
        assert_eq!(s.char_len(), 27);
        assert_eq!(s.char_at(26), Some('0'));
        assert_eq!(s.hash(), super::hash_str("abcdefghijklmnopqrstuvwxyz0"));
        // Non-ASCII text leaves the padded form.
        s.append(&PyStr::new("é"));
        assert_eq!(s.as_str(), "abcdefghijklmnopqrstuvwxyz0é");
        assert_eq!(s.char_len(), 28);
        assert!(!s.is_ascii());
    }
}

/// An interpreter's interned strings: one str object per distinct name,
/// so that attribute names in code and keys in class namespaces are the
/// same objects and compare by identity.
#[derive(Default)]
pub struct Interner {
    map: std::cell::RefCell<hashbrown::HashMap<Box<str>, Value>>,
}

impl Interner {
    pub fn with_capacity(n: usize) -> Interner {
        Interner {
            map: std::cell::RefCell::new(hashbrown::HashMap::with_capacity(n)),
        }
    }

    pub fn intern(&self, str_cls: &ObjRef, s: &str) -> Value {
        if let Some(v) = self.map.borrow().get(s) {
            return v.clone();
        }
        let v = Value::Obj(PyObject::new(
            str_cls.clone(),
            None,
            Payload::Str(PyStr::new(s)),
        ));
        self.map.borrow_mut().insert(Box::from(s), v.clone());
        v
    }
}

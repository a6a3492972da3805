//! The payload of `str`: UTF-8 text with a cached hash and character count.

use std::cell::Cell;

pub struct PyStr {
    s: Box<str>,
    hash: Cell<i64>,
    chars: u32,
    ascii: bool,
}

impl PyStr {
    pub fn new(s: &str) -> PyStr {
        PyStr::from_string(s.to_string())
    }

    pub fn from_string(s: String) -> PyStr {
        let ascii = s.is_ascii();
        let chars = if ascii { s.len() } else { s.chars().count() } as u32;
        PyStr {
            s: s.into_boxed_str(),
            hash: Cell::new(-1),
            chars,
            ascii,
        }
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        &self.s
    }

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
        let h = hash_str(&self.s);
        self.hash.set(h);
        h
    }

    /// The code point at index `i` (0-based, in range).
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.ascii {
            self.s.as_bytes().get(i).map(|&b| b as char)
        } else {
            self.s.chars().nth(i)
        }
    }

    /// Byte offset of code point index `i` (clamped to the end).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.ascii {
            i.min(self.s.len())
        } else {
            self.s
                .char_indices()
                .nth(i)
                .map(|(b, _)| b)
                .unwrap_or(self.s.len())
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

//! Insertion-ordered hash table behind `dict` (and class and module
//! namespaces). Keys compare by a fast structural test where that decides;
//! otherwise the caller runs Python's `__eq__` with no borrow held.

use super::{Payload, Value};
use hashbrown::HashTable;
use std::cell::Cell;
use std::rc::Rc;

#[derive(Clone)]
pub struct DictEntry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

/// Dicts with at most this many slots (live or deleted) have no index
/// table: a lookup scans the entries' hashes. Most dicts are this small
/// (instance `__dict__`s, keyword arguments), and building one then costs
/// a single allocation.
const SMALL_DICT: usize = 8;

#[derive(Clone, Default)]
pub struct Dict {
    entries: Vec<Option<DictEntry>>,
    /// Entry indices by hash; empty while the dict is small (see
    /// `SMALL_DICT`), else holding every live entry.
    table: HashTable<u32>,
    /// One bit per key ever added since the dict was last empty, chosen by
    /// its hash (see `filter_bit`): a key whose bit is clear is absent,
    /// which answers most misses (a method name looked for in an instance
    /// dict, a builtin in module globals) without a probe.
    filter: u64,
    len: usize,
    /// Changes on every mutation; lets global-lookup caches check validity.
    version: u64,
}

/// Result of a lookup that did not need Python code.
pub enum Probe {
    Found(usize),
    Missing,
    /// Entries with an equal hash whose keys need `__eq__` to decide.
    Ambiguous(Vec<usize>),
}

/// Equality decided without running Python code, if it can be.
pub fn simple_eq(a: &Value, b: &Value) -> Option<bool> {
    use Value::*;
    match (a, b) {
        (Obj(x), Obj(y)) if Rc::ptr_eq(x, y) => Some(true),
        (None, None) => Some(true),
        (Int(x), Int(y)) => Some(x == y),
        (Bool(x), Bool(y)) => Some(x == y),
        (Int(x), Bool(y)) | (Bool(y), Int(x)) => Some(*x == y.get() as i64),
        // Equal values (0.0 and -0.0 too), or the same bits: an inline
        // float has no identity of its own, so a NaN finds itself as the
        // same float object would in CPython.
        (Float(x), Float(y)) => Some(x == y || x.get() == y.get()),
        (Int(x), Float(y)) | (Float(y), Int(x)) => {
            Some((*x as f64) == y.get() && (y.get() as i64) == *x)
        }
        (Bool(x), Float(y)) | (Float(y), Bool(x)) => Some((x.get() as i64 as f64) == y.get()),
        (Obj(x), Obj(y)) => match (&x.payload, &y.payload) {
            (Payload::Str(s), Payload::Str(t)) if exact_builtin(x) && exact_builtin(y) => {
                Some(s.as_str() == t.as_str())
            }
            (Payload::Tuple(s), Payload::Tuple(t)) if exact_builtin(x) && exact_builtin(y) => {
                if s.len() != t.len() {
                    return Some(false);
                }
                for (p, q) in s.iter().zip(t.iter()) {
                    match simple_eq(p, q)? {
                        true => {}
                        false => return Some(false),
                    }
                }
                Some(true)
            }
            (Payload::Int(p), Payload::Int(q)) if exact_builtin(x) && exact_builtin(y) => {
                Some(p == q)
            }
            _ => Option::None,
        },
        (Obj(x), _) | (_, Obj(x)) => {
            // A built-in str/tuple/... never equals None, a bool or a small number
            // unless it is an int subclass or user type.
            if exact_builtin(x)
                && matches!(
                    x.payload,
                    Payload::Str(_) | Payload::Tuple(_) | Payload::Bytes(_)
                )
            {
                Some(false)
            } else {
                Option::None
            }
        }
        _ => Some(false),
    }
}

/// Instances of built-in (non-heap) classes have no Python `__eq__` override.
fn exact_builtin(o: &super::ObjRef) -> bool {
    match &o.class().payload {
        Payload::Type(t) => !t.heap,
        _ => false,
    }
}

impl Dict {
    pub fn new() -> Dict {
        Dict::default()
    }

    pub fn with_capacity(n: usize) -> Dict {
        Dict {
            entries: Vec::with_capacity(n),
            table: if n > SMALL_DICT {
                HashTable::with_capacity(n)
            } else {
                HashTable::new()
            },
            filter: 0,
            len: 0,
            version: 0,
        }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn version(&self) -> u64 {
        self.version
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Number of slots, live or deleted (iteration bound).
    pub fn slots(&self) -> usize {
        self.entries.len()
    }

    pub fn entry_at(&self, i: usize) -> Option<&DictEntry> {
        self.entries.get(i).and_then(|e| e.as_ref())
    }

    pub fn value_at_mut(&mut self, i: usize) -> Option<&mut Value> {
        self.version += 1;
        self.entries
            .get_mut(i)
            .and_then(|e| e.as_mut())
            .map(|e| &mut e.value)
    }

    /// The index of the live entry with `hash` for which `is_key` holds:
    /// a scan while the dict is small, else through the table.
    #[inline]
    fn find(&self, hash: i64, mut is_key: impl FnMut(usize, &DictEntry) -> bool) -> Option<usize> {
        if self.filter & filter_bit(hash) == 0 {
            return None;
        }
        let entries = &self.entries;
        if entries.len() <= SMALL_DICT {
            return entries
                .iter()
                .enumerate()
                .position(|(i, e)| e.as_ref().is_some_and(|e| e.hash == hash && is_key(i, e)));
        }
        self.table
            .find(table_hash(hash), |&i| match &entries[i as usize] {
                Some(e) => e.hash == hash && is_key(i as usize, e),
                None => false,
            })
            .map(|&i| i as usize)
    }

    pub fn probe(&self, hash: i64, key: &Value) -> Probe {
        let mut ambiguous = Vec::new();
        let found = self.find(hash, |i, e| match simple_eq(&e.key, key) {
            Some(r) => r,
            None => {
                ambiguous.push(i);
                false
            }
        });
        match found {
            Some(i) => Probe::Found(i),
            None if ambiguous.is_empty() => Probe::Missing,
            None => Probe::Ambiguous(ambiguous),
        }
    }

    /// False when no key with Python hash `hash` was added since the dict
    /// was last empty (a miss answered without a probe).
    #[inline(always)]
    pub fn may_contain(&self, hash: i64) -> bool {
        self.filter & filter_bit(hash) != 0
    }

    /// Fast path for string keys (attribute and global lookups).
    #[inline]
    pub fn get_str(&self, key: &str, hash: i64) -> Option<&Value> {
        let i = self.find_str_index(key, hash)?;
        self.entries[i].as_ref().map(|e| &e.value)
    }

    /// The value of entry `hint` if its key is `name` itself (interned
    /// names compare by address): the one check a cached attribute site
    /// makes before any lookup.
    #[inline(always)]
    pub fn at_hint(&self, name: &Value, hint: &Cell<u32>) -> Option<&Value> {
        match (self.entries.get(hint.get() as usize), name) {
            (Some(Some(e)), Value::Obj(n)) if matches!(&e.key, Value::Obj(k) if Rc::ptr_eq(k, n)) => {
                Some(&e.value)
            }
            _ => None,
        }
    }

    /// `get_str` trying entry `hint` first; a lookup that finds the key
    /// elsewhere moves the hint there.
    #[inline]
    pub fn get_str_hinted(
        &self,
        name: &Value,
        key: &super::str::PyStr,
        hint: &Cell<u32>,
    ) -> Option<&Value> {
        // Names are interned: the hinted entry's key is usually the very
        // same object, and nothing else needs looking at.
        if let Some(Some(e)) = self.entries.get(hint.get() as usize)
            && e.key.is(name)
        {
            return Some(&e.value);
        }
        let (key, hash) = (key.as_str(), key.hash());
        let i = self.find_str_index(key, hash)?;
        hint.set(i as u32);
        self.entries[i].as_ref().map(|e| &e.value)
    }

    /// Replace the value of entry `hint` if its key is `name` itself;
    /// else hand `value` back.
    #[inline(always)]
    pub fn replace_at_hint(
        &mut self,
        name: &Value,
        hint: &Cell<u32>,
        value: Value,
    ) -> Result<Value, Value> {
        let at = hint.get() as usize;
        match (self.entries.get_mut(at), name) {
            (Some(Some(e)), Value::Obj(n)) if matches!(&e.key, Value::Obj(k) if Rc::ptr_eq(k, n)) =>
            {
                self.version += 1;
                Ok(std::mem::replace(&mut e.value, value))
            }
            _ => Err(value),
        }
    }

    /// Set `key` (an interned str value) to `value`, trying entry `hint`
    /// first. Returns the value replaced, to be dropped by the caller.
    pub fn set_str_hinted(
        &mut self,
        key: &Value,
        key_str: &str,
        hash: i64,
        value: Value,
        hint: &Cell<u32>,
    ) -> Option<Value> {
        let at = hint.get() as usize;
        let i = match self.entries.get(at) {
            Some(Some(e))
                if e.key.is(key)
                    || (e.hash == hash
                        && e.key.str_value().is_some_and(|k| same_str(k, key_str))) =>
            {
                Some(at)
            }
            _ => self.find_str_index(key_str, hash),
        };
        match i {
            Some(i) => {
                hint.set(i as u32);
                self.replace_at(i, value)
            }
            None => {
                hint.set(self.entries.len() as u32);
                self.push_new(hash, key.clone(), value);
                None
            }
        }
    }

    #[inline]
    pub fn find_str_index(&self, key: &str, hash: i64) -> Option<usize> {
        self.find(hash, |_, e| {
            e.key.str_value().is_some_and(|k| same_str(k, key))
        })
    }

    /// Append a key known to be absent.
    pub fn push_new(&mut self, hash: i64, key: Value, value: Value) {
        self.version += 1;
        let idx = self.entries.len() as u32;
        self.entries.push(Some(DictEntry { hash, key, value }));
        self.filter |= filter_bit(hash);
        self.len += 1;
        let slots = self.entries.len();
        if slots < SMALL_DICT + 1 {
            return;
        }
        let entries = &self.entries;
        let rehash = |&i: &u32| {
            entries[i as usize]
                .as_ref()
                .map(|e| table_hash(e.hash))
                .unwrap_or(0)
        };
        if slots == SMALL_DICT + 1 {
            // Outgrew the scan: index every live entry.
            self.table.reserve(slots, rehash);
            for (i, e) in entries.iter().enumerate() {
                if let Some(e) = e {
                    self.table
                        .insert_unique(table_hash(e.hash), i as u32, rehash);
                }
            }
        } else {
            self.table.insert_unique(table_hash(hash), idx, rehash);
        }
    }

    /// Replace the value at a found index, returning the old one.
    pub fn replace_at(&mut self, i: usize, value: Value) -> Option<Value> {
        self.version += 1;
        self.entries
            .get_mut(i)
            .and_then(|e| e.as_mut())
            .map(|e| std::mem::replace(&mut e.value, value))
    }

    pub fn remove_at(&mut self, i: usize) -> Option<DictEntry> {
        self.version += 1;
        let e = self.entries.get_mut(i)?.take()?;
        if self.entries.len() > SMALL_DICT
            && let Ok(entry) = self
                .table
                .find_entry(table_hash(e.hash), |&j| j as usize == i)
        {
            entry.remove();
        }
        self.len -= 1;
        if self.len == 0 {
            self.entries.clear();
            self.table.clear();
            self.filter = 0;
        }
        Some(e)
    }

    /// Drop deleted slots; call only when no iterator depends on indices.
    pub fn compact(&mut self) {
        if self.entries.len() <= self.len * 2 + 8 {
            return;
        }
        let live: Vec<DictEntry> = self.entries.drain(..).flatten().collect();
        self.table.clear();
        self.filter = 0;
        self.len = 0;
        for e in live {
            self.push_new(e.hash, e.key, e.value);
        }
    }

    pub fn clear(&mut self) {
        self.version += 1;
        self.entries.clear();
        self.table.clear();
        self.filter = 0;
        self.len = 0;
    }

    pub fn iter(&self) -> impl Iterator<Item = &DictEntry> {
        self.entries.iter().flatten()
    }

    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|e| e.key.clone()).collect()
    }

    pub fn values(&self) -> Vec<Value> {
        self.iter().map(|e| e.value.clone()).collect()
    }

    pub fn pop_last(&mut self) -> Option<DictEntry> {
        let i = self.entries.iter().rposition(|e| e.is_some())?;
        self.remove_at(i)
    }
}

/// The index table's hash: Python's hash, mixed. Python hashes of ints
/// are the ints themselves, so keys like `id()` values (addresses, all
/// multiples of 16 with equal high bits) would crowd a few buckets and
/// share one control byte; entry order does not depend on this.
#[inline]
fn table_hash(h: i64) -> u64 {
    let z = (h as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    z ^ (z >> 32)
}

/// The bit of `Dict::filter` that keys with Python hash `h` set.
#[inline]
fn filter_bit(h: i64) -> u64 {
    1 << (table_hash(h) >> 58)
}

/// String key equality that first compares addresses: attribute and global
/// names are interned, so a hit is almost always the very same string and
/// needs no byte comparison.
#[inline]
fn same_str(a: &str, b: &str) -> bool {
    (std::ptr::eq(a.as_ptr(), b.as_ptr()) && a.len() == b.len()) || a == b
}

#[cfg(test)]
mod tests {
    use super::{Dict, Probe, SMALL_DICT};
    use crate::object::Value;

    fn probe(d: &Dict, k: i64) -> Option<usize> {
        match d.probe(k, &Value::Int(k)) {
            Probe::Found(i) => Some(i),
            _ => None,
        }
    }

    #[test]
    fn lookups_hold_across_the_small_dict_boundary() {
        let mut d = Dict::new();
        for k in 0..(SMALL_DICT as i64 * 3) {
            d.push_new(k, Value::Int(k), Value::Int(k * 10));
            // Every key so far is found, and the next one is not.
            for j in 0..=k {
                assert_eq!(probe(&d, j), Some(j as usize), "key {j} after {k}");
            }
            assert_eq!(probe(&d, k + 1), None);
        }
        // Deleting leaves holes; the rest stay found, the deleted do not.
        for k in (0..(SMALL_DICT as i64 * 3)).step_by(2) {
            let i = probe(&d, k).expect("present");
            assert!(d.remove_at(i).is_some());
        }
        for k in 0..(SMALL_DICT as i64 * 3) {
            assert_eq!(probe(&d, k).is_some(), k % 2 == 1, "key {k}");
        }
        // Compacting rebuilds the index from the live entries.
        d.compact();
        for k in 0..(SMALL_DICT as i64 * 3) {
            assert_eq!(probe(&d, k).is_some(), k % 2 == 1, "key {k} after compact");
        }
    }

    #[test]
    fn the_key_filter_never_hides_a_key_and_resets_when_empty() {
        let mut d = Dict::with_capacity(4);
        assert!(!d.may_contain(7));
        d.push_new(7, Value::Int(7), Value::None);
        assert!(d.may_contain(7));
        let i = probe(&d, 7).expect("present");
        d.remove_at(i);
        // Emptied: the filter forgets, so misses are cheap again.
        assert!(d.is_empty() && !d.may_contain(7));
        for k in 0..200 {
            d.push_new(k, Value::Int(k), Value::None);
        }
        assert!((0..200).all(|k| d.may_contain(k)));
        d.clear();
        assert!((0..200).all(|k| !d.may_contain(k)));
    }
}

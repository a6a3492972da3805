//! The table behind `set` and `frozenset`: open addressing with the same
//! probe sequence, growth policy and slot order as CPython's, so iterating
//! a set of ints prints in the order CPython users see.

use super::Value;
use super::dict::simple_eq;

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone)]
enum Slot {
    Empty,
    Dummy,
    Full(i64, Value),
}

#[derive(Clone)]
pub struct SetData {
    table: Vec<Slot>,
    fill: usize,
    used: usize,
}

impl Default for SetData {
    fn default() -> Self {
        SetData::new()
    }
}

/// Result of probing without running Python code.
pub struct SetProbe {
    pub found: Option<usize>,
    /// Slots holding keys with an equal hash that need `__eq__`.
    pub ambiguous: Vec<usize>,
}

impl SetData {
    pub fn new() -> SetData {
        SetData {
            table: vec![Slot::Empty; MIN_SIZE],
            fill: 0,
            used: 0,
        }
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    pub fn slots(&self) -> usize {
        self.table.len()
    }

    pub fn key_at(&self, i: usize) -> Option<&Value> {
        match self.table.get(i) {
            Some(Slot::Full(_, v)) => Some(v),
            _ => None,
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = &Value> {
        self.table.iter().filter_map(|s| match s {
            Slot::Full(_, v) => Some(v),
            _ => None,
        })
    }

    pub fn iter_hashed(&self) -> impl Iterator<Item = (i64, &Value)> {
        self.table.iter().filter_map(|s| match s {
            Slot::Full(h, v) => Some((*h, v)),
            _ => None,
        })
    }

    fn mask(&self) -> usize {
        self.table.len() - 1
    }

    /// Visit slots in CPython's probe order until `f` says stop.
    fn walk(&self, hash: i64, mut f: impl FnMut(usize, &Slot) -> bool) {
        let mask = self.mask();
        let mut perturb = hash as u64 as usize;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in 0..=probes {
                let idx = i + j;
                if f(idx, &self.table[idx]) {
                    return;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb)) & mask;
        }
    }

    pub fn probe(&self, hash: i64, key: &Value) -> SetProbe {
        let mut found = None;
        let mut ambiguous = Vec::new();
        self.walk(hash, |idx, slot| match slot {
            Slot::Empty => true,
            Slot::Dummy => false,
            Slot::Full(h, k) => {
                if *h == hash {
                    match simple_eq(k, key) {
                        Some(true) => {
                            found = Some(idx);
                            return true;
                        }
                        Some(false) => {}
                        None => ambiguous.push(idx),
                    }
                }
                false
            }
        });
        SetProbe { found, ambiguous }
    }

    /// Insert a key known to be absent.
    pub fn insert_new(&mut self, hash: i64, key: Value) {
        let mut free: Option<usize> = None;
        let mut empty: Option<usize> = None;
        self.walk(hash, |idx, slot| match slot {
            Slot::Empty => {
                empty = Some(idx);
                true
            }
            Slot::Dummy => {
                if free.is_none() {
                    free = Some(idx);
                }
                false
            }
            Slot::Full(..) => false,
        });
        if let Some(f) = free {
            self.table[f] = Slot::Full(hash, key);
            self.used += 1;
            return;
        }
        let Some(e) = empty else { return };
        self.table[e] = Slot::Full(hash, key);
        self.fill += 1;
        self.used += 1;
        if self.fill * 5 >= self.mask() * 3 {
            let target = if self.used > 50000 {
                self.used * 2
            } else {
                self.used * 4
            };
            self.resize(target);
        }
    }

    fn resize(&mut self, minused: usize) {
        let mut size = MIN_SIZE;
        while size <= minused {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.table, vec![Slot::Empty; size]);
        self.fill = 0;
        self.used = 0;
        for s in old {
            if let Slot::Full(h, k) = s {
                self.insert_clean(h, k);
            }
        }
    }

    fn insert_clean(&mut self, hash: i64, key: Value) {
        let mut target = None;
        self.walk(hash, |idx, slot| {
            if matches!(slot, Slot::Empty) {
                target = Some(idx);
                true
            } else {
                false
            }
        });
        if let Some(t) = target {
            self.table[t] = Slot::Full(hash, key);
            self.fill += 1;
            self.used += 1;
        }
    }

    /// Copy all of `other` into this empty table the way CPython's
    /// set_merge does (same slots when the sizes agree), so that
    /// `set(s)`, `{*s}` and constant set literals keep CPython's order.
    pub fn merge_into_empty(&mut self, other: &SetData) {
        if other.used == 0 {
            return;
        }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 && self.mask() == other.mask() && other.fill == other.used {
            self.table = other.table.clone();
            self.fill = other.fill;
            self.used = other.used;
            return;
        }
        for s in &other.table {
            if let Slot::Full(h, k) = s {
                self.insert_clean(*h, k.clone());
            }
        }
    }

    /// Make room ahead of merging `extra` keys, as CPython's update does.
    pub fn reserve_for(&mut self, extra: usize) {
        if (self.fill + extra) * 5 >= self.mask() * 3 {
            self.resize((self.used + extra) * 2);
        }
    }

    pub fn remove_at(&mut self, idx: usize) -> Option<Value> {
        match std::mem::replace(&mut self.table[idx], Slot::Dummy) {
            Slot::Full(_, k) => {
                self.used -= 1;
                Some(k)
            }
            other => {
                self.table[idx] = other;
                None
            }
        }
    }

    pub fn clear(&mut self) {
        *self = SetData::new();
    }

    /// Remove and return an arbitrary element (CPython's `pop` order).
    pub fn pop_any(&mut self, finger: &mut usize) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let n = self.table.len();
        let mut i = *finger & (n - 1);
        loop {
            if let Slot::Full(..) = self.table[i] {
                *finger = i + 1;
                return self.remove_at(i);
            }
            i = (i + 1) & (n - 1);
        }
    }
}

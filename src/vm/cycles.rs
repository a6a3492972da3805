//! The cycle collector: frees groups of objects that reference one
//! another but nothing else does.
//!
//! CPython's algorithm over `Rc` strong counts: for the candidate set
//! (the young generation, or everything), subtract from each object's
//! count the references the candidates hold to it; what is left over
//! comes from outside (Rust locals, running frames, untracked objects),
//! so those objects and everything they reach are alive. The rest is
//! garbage. Its finalizers run first (`__del__`, closing suspended
//! generators, asyncio's async-generator hook), the set is checked again
//! for objects the finalizers resurrected, and what is still garbage has
//! its mutable containers emptied, which breaks the cycles and lets
//! reference counting free them.

use super::Vm;
use crate::object::tracking::{self, clear_refs, visit_refs, with_registry};
use crate::object::{GenKind, ObjRef, Payload, Value};
use std::rc::Rc;

/// Indexes of the candidates that nothing outside the set references,
/// directly or through other candidates. `cands` holds one strong
/// reference to each, which is not counted as outside. Each candidate's
/// `gc_slot` holds its index plus one while this runs, so following a
/// reference costs one load.
fn unreachable(cands: &[ObjRef]) -> Vec<usize> {
    if cands.len() >= u32::MAX as usize {
        return Vec::new();
    }
    for (i, o) in cands.iter().enumerate() {
        o.gc_slot.set(i as u32 + 1);
    }
    let slot = |o: &ObjRef| o.gc_slot.get() as usize;
    let mut outside: Vec<isize> = cands
        .iter()
        .map(|o| Rc::strong_count(o) as isize - 1)
        .collect();
    for (i, o) in cands.iter().enumerate() {
        let complete = visit_refs(o, &mut |child| {
            let j = slot(child);
            if j != 0 {
                outside[j - 1] -= 1;
            }
        });
        if !complete {
            outside[i] = isize::MAX / 2;
        }
    }
    let mut alive: Vec<bool> = outside.iter().map(|&n| n > 0).collect();
    let mut stack: Vec<usize> = (0..cands.len()).filter(|&i| alive[i]).collect();
    while let Some(i) = stack.pop() {
        visit_refs(&cands[i], &mut |child| {
            let j = slot(child);
            if j != 0 && !alive[j - 1] {
                alive[j - 1] = true;
                stack.push(j - 1);
            }
        });
    }
    for o in cands {
        o.gc_slot.set(0);
    }
    (0..cands.len()).filter(|&i| !alive[i]).collect()
}

/// Below this many live old objects no full collection is started
/// automatically: the garbage a small program can leave is bounded anyway.
const OLD_FLOOR: usize = 10_000;

impl Vm {
    /// Collect at a safe point once the young generation holds more live
    /// objects than the first threshold: the young generation each time,
    /// the middle one too every tenth time (second threshold), everything
    /// once the old generation's live objects have doubled since the last
    /// full collection (and number at least `OLD_FLOOR`). Objects leave
    /// the registry when they die, so only what stays alive (including
    /// cyclic garbage) counts: a program whose long-lived objects come and
    /// go, like the tasks of an `asyncio.gather`, rarely needs a full
    /// collection, and the total work stays linear in the allocations.
    /// (CPython counts promotions instead, and collects at a quarter.)
    pub fn collect_if_due(&mut self) {
        if !tracking::collection_due() {
            return;
        }
        tracking::clear_due();
        let generation = with_registry(|r| {
            if r.collecting {
                return None;
            }
            r.collections.0 += 1;
            if r.collections.0 < r.thresholds.1.max(1) {
                return Some(0);
            }
            r.collections = (0, r.collections.1 + 1);
            let old = r.generations[2].live;
            Some(if old > OLD_FLOOR && old > 2 * r.old_after_full {
                2
            } else {
                1
            })
        });
        if let Some(generation) = generation {
            self.collect_cycles(generation);
        }
    }

    /// Collect generations `0..=generation`; returns how many objects were
    /// found unreachable. Survivors move up one generation.
    pub fn collect_cycles(&mut self, generation: usize) -> usize {
        let generation = generation.min(2);
        if with_registry(|r| std::mem::replace(&mut r.collecting, true)) {
            return 0;
        }
        let mut cands = Vec::new();
        with_registry(|r| {
            for g in &r.generations[..=generation] {
                g.members(&mut cands);
            }
        });
        let found = unreachable(&cands);
        let mut garbage = Vec::with_capacity(found.len());
        if !found.is_empty() {
            let mut slots: Vec<Option<ObjRef>> = cands.into_iter().map(Some).collect();
            garbage.extend(found.iter().filter_map(|&i| slots[i].take()));
            cands = slots.into_iter().flatten().collect();
        }
        let count = garbage.len();
        if !garbage.is_empty() && self.finalize_garbage(&garbage) {
            // Finalizers may have made some of it reachable again.
            let still = unreachable(&garbage);
            let mut slots: Vec<Option<ObjRef>> = garbage.into_iter().map(Some).collect();
            garbage = still.iter().filter_map(|&i| slots[i].take()).collect();
            cands.extend(slots.into_iter().flatten());
        }
        let mut released = Vec::new();
        for o in &garbage {
            clear_refs(o, &mut released);
        }
        drop(released);
        drop(garbage);
        let target = (generation + 1).min(2);
        with_registry(|r| {
            for o in &cands {
                r.promote(o, target);
            }
            if generation == 2 {
                r.old_after_full = r.generations[2].live;
                r.collections.1 = 0;
            }
            r.collecting = false;
        });
        drop(cands);
        self.run_finalizers();
        count
    }

    /// Run the finalizers of objects found unreachable, once per object as
    /// PEP 442 says; returns whether any Python code ran.
    fn finalize_garbage(&mut self, garbage: &[ObjRef]) -> bool {
        let mut ran = false;
        for o in garbage {
            match &o.payload {
                Payload::Object(hooks) => {
                    let run_del = match hooks.try_borrow_mut() {
                        Ok(mut h) => h
                            .as_mut()
                            .map(|h| std::mem::replace(&mut h.run_del, false))
                            .unwrap_or(false),
                        Err(_) => false,
                    };
                    if run_del
                        && let Some(del) = crate::types::typeobj::lookup(o.class(), "__del__")
                    {
                        ran = true;
                        let obj = Value::Obj(o.clone());
                        if let Err(e) = self.call_unbound(&del, &obj, vec![obj.clone()]) {
                            self.report_ignored(&del, &e);
                        }
                    }
                }
                Payload::Generator(g) => {
                    let (suspended, unstarted) = (g.is_suspended(), g.is_created());
                    if unstarted && g.kind == GenKind::Coroutine {
                        // Cleared below without its Drop noticing: warn now.
                        let q = g.qualname_text();
                        let origin = g.with_extra(|e| e.as_ref().and_then(|e| e.origin.clone()));
                        self.warn_never_awaited(&q, origin.as_ref());
                        ran = true;
                    }
                    if !suspended {
                        continue;
                    }
                    ran = true;
                    let genv = Value::Obj(o.clone());
                    let hook = g.finalizer();
                    if g.kind == GenKind::AsyncGenerator && !hook.is_none() {
                        if let Err(e) = self.call(&hook, vec![genv]) {
                            self.report_ignored(&hook, &e);
                        }
                    } else if let Err(e) = self.gen_close(&genv) {
                        self.report_ignored(&genv, &e);
                    }
                }
                _ => {}
            }
        }
        ran
    }
}

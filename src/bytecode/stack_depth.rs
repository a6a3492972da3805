//! The deepest the value stack of a code object can get, found by
//! following every path through its instructions. Frames size their stack
//! buffer with it, so a suspended generator keeps no spare slots. It is a
//! capacity, not a limit: a value stack that outgrew it would just grow.

use super::{ExceptionEntry, Instr, format_flags, intrinsic};

/// What one instruction does to the stack depth: on the path that falls
/// through, and on the path its jump takes (None if it never jumps).
struct Effect {
    next: Option<i32>,
    jump: Option<(u32, i32)>,
}

fn straight(delta: i32) -> Effect {
    Effect {
        next: Some(delta),
        jump: None,
    }
}

fn effect(ins: Instr) -> Effect {
    use Instr::*;
    let n = |x: u32| x as i32;
    match ins {
        Jump(t) => Effect {
            next: None,
            jump: Some((t, 0)),
        },
        ForIter(t) => Effect {
            next: Some(1),
            jump: Some((t, -1)),
        },
        PopJumpIfFalse(t) | PopJumpIfTrue(t) | PopJumpIfNone(t) | PopJumpIfNotNone(t) => Effect {
            next: Some(-1),
            jump: Some((t, -1)),
        },
        JumpIfFalseOrPop(t) | JumpIfTrueOrPop(t) => Effect {
            next: Some(-1),
            jump: Some((t, 0)),
        },
        // `[receiver, value]`: on to the yield with `[receiver, yielded]`,
        // or to the end of the loop with the result alone.
        Send(t) => Effect {
            next: Some(0),
            jump: Some((t, -1)),
        },
        ReturnValue | Raise(_) | Reraise => Effect {
            next: None,
            jump: None,
        },
        Nop | Swap(_) | Rot2 | Rot3 | DeleteFast(_) | DeleteDeref(_) | DeleteName(_)
        | DeleteGlobal(_) | LoadAttr(_) | Unary(_) | ListToTuple | GetIter | CheckExcMatch
        | CheckEgMatch | PrepReraiseStar | SetupAnnotations | YieldValue(_) | GetAwaitable(_)
        | GetAIter | GetYieldFromIter | CleanupThrow | ReturnGenerator => straight(0),
        Pop | StoreFast(_) | RestoreFast(_) | StoreDeref(_) | StoreName(_) | StoreGlobal(_)
        | DeleteAttr(_) | BinaryOp(_) | InplaceOp(_) | Compare(_) | IsOp(_) | ContainsOp(_)
        | BinarySubscr | ListAppend(_) | SetAdd(_) | ListExtend(_) | SetUpdate(_)
        | DictUpdate(_) | DictMerge(_) | PopExcept | ImportName(_) | ImportStar
        | LoadSuperMethod(_) => straight(-1),
        Dup | Copy(_) | LoadConst(_) | LoadFast(_) | LoadFastAndClear(_) | LoadDeref(_)
        | LoadClosure(_) | LoadClassDeref(_) | LoadName(_) | LoadGlobal(_) | LoadMethod(_)
        | LoadBuildClass | PushExcInfo | LoadAssertionError | BeforeWith | BeforeAsyncWith
        | WithExceptStart | ImportFrom(_) | GetANext | GetLen | MatchMapping | MatchSequence
        | MatchKeys => straight(1),
        StoreAttr(_) | DeleteSubscr | MapAdd(_) | EndAsyncFor => straight(-2),
        StoreSubscr => straight(-3),
        BuildTuple(k) | BuildList(k) | BuildSet(k) | BuildString(k) | BuildSlice(k) => {
            straight(1 - n(k))
        }
        BuildMap(k) => straight(1 - 2 * n(k)),
        UnpackSequence(k) => straight(n(k) - 1),
        UnpackEx(k) => straight(n(k & 0xffff) + n(k >> 16)),
        Call(k) => straight(-n(k)),
        CallKw(k) | CallMethod(k) => straight(-n(k) - 1),
        CallEx(kw) => straight(-1 - n(kw & 1)),
        MakeFunction(flags) => straight(-1 - n((flags & 0xf).count_ones())),
        FormatValue(flags) => straight(if flags & format_flags::HAS_SPEC != 0 {
            -1
        } else {
            0
        }),
        MatchClass(_) => straight(-2),
        Intrinsic(which) => straight(match which {
            intrinsic::TYPEVAR | intrinsic::PARAMSPEC | intrinsic::TYPEVARTUPLE => -1,
            intrinsic::TYPEALIAS => -2,
            intrinsic::DICT_WITHOUT_KEYS => -1,
            _ => 0,
        }),
        // Written only by quickening, over the first instruction of their
        // sequence: they start as that instruction does.
        StoreLoadFast(..) => straight(-1),
        FastConstOp(..)
        | FastFastOp(..)
        | FastConstCompare(..)
        | FastFastCompare(..)
        | LoadFast2(..)
        | ConstOp(..)
        | ConstCompare(..)
        | LoadFastAttr(..)
        | LoadFastMethod(..)
        | LoadFastStoreAttr(..)
        | ConstIsOp(..) => straight(1),
    }
}

/// The maximum stack depth over every reachable instruction, handlers
/// included (a handler starts at its entry's depth plus the exception).
pub fn max_stack_depth(instrs: &[Instr], table: &[ExceptionEntry]) -> u32 {
    depths(instrs, table).1
}

/// The stack depth before each reachable instruction, and the maximum.
/// Entries whose depth is not known yet (`UNRESOLVED_DEPTH` and above)
/// are left out: the compiler resolves them from these depths.
pub fn depths(instrs: &[Instr], table: &[ExceptionEntry]) -> (Vec<Option<i32>>, u32) {
    let len = instrs.len();
    let mut depth_at: Vec<Option<i32>> = vec![None; len];
    let mut work: Vec<usize> = Vec::new();
    let mut max = 0i32;
    // No instruction pushes more than a few values, so a depth beyond
    // this means the code keeps values on the stack around a loop (a
    // compiler bug): stop following it rather than count forever.
    let bound = i32::try_from(len).unwrap_or(i32::MAX / 8).saturating_mul(4) + 64;
    let mut reach = |at: usize, d: i32, depth_at: &mut Vec<Option<i32>>, work: &mut Vec<usize>| {
        let d = d.max(0);
        if d > bound {
            debug_assert!(false, "value stack grows without bound at instruction {at}");
            return;
        }
        max = max.max(d);
        if let Some(slot) = depth_at.get_mut(at)
            && slot.is_none_or(|old| d > old)
        {
            *slot = Some(d);
            work.push(at);
        }
    };
    reach(0, 0, &mut depth_at, &mut work);
    for h in table.iter().filter(|h| h.depth < UNRESOLVED_DEPTH) {
        reach(
            h.target as usize,
            h.depth as i32 + 1,
            &mut depth_at,
            &mut work,
        );
    }
    while let Some(at) = work.pop() {
        let Some(d) = depth_at[at] else {
            continue;
        };
        let e = effect(instrs[at]);
        if let Some(delta) = e.next {
            reach(at + 1, d + delta, &mut depth_at, &mut work);
        }
        if let Some((target, delta)) = e.jump {
            reach(target as usize, d + delta, &mut depth_at, &mut work);
        }
    }
    (depth_at, max as u32)
}

/// Exception-table depths from here up are placeholders the compiler
/// fills in once the code is complete (see `Compiler::pop_unit`).
pub const UNRESOLVED_DEPTH: u32 = u32::MAX / 2;

#[cfg(test)]
mod tests {
    use crate::compiler::{Mode, compile};

    fn depth(source: &str) -> u32 {
        match compile(source, "<test>", Mode::Exec) {
            Ok(code) => code.max_stack,
            Err(_) => u32::MAX,
        }
    }

    #[test]
    fn calls_and_handlers() {
        // f, a, b, c on the stack before the call.
        assert_eq!(depth("f(a, b, c)\n"), 4);
        // The handler starts with the exception on the stack; the call
        // inside it is the deepest point.
        let handled = "try:\n    h()\nexcept E as e:\n    g(1, 2)\n";
        assert!(depth(handled) >= 4);
        // Straight-line code of one value at a time.
        assert_eq!(depth("x = 1\n"), 1);
    }
}

//! Quickening: the instructions a code object runs with, made once per
//! code object (`CodeRt::instrs`). Common sequences of loads and a
//! number operation get a fused instruction written over their first
//! instruction; the sequence itself stays in place behind it, so jump
//! targets, line numbers and the exception table need no rewriting, and a
//! fused instruction that meets anything but its fast case simply does
//! what the instruction it replaced did.

use crate::bytecode::Instr;

/// The loop's copy of `code`, with fused instructions written in.
pub fn quicken(code: &[Instr]) -> Box<[Instr]> {
    let mut out = code.to_vec();
    let small = |i: u32| u16::try_from(i).ok();
    for (i, ins) in code.iter().enumerate() {
        let next = code.get(i + 1).copied();
        let after = code.get(i + 2).copied();
        let fused = match (*ins, next, after) {
            (
                Instr::LoadFast(a),
                Some(Instr::LoadConst(c)),
                Some(Instr::BinaryOp(op) | Instr::InplaceOp(op)),
            ) => small(a)
                .zip(small(c))
                .map(|(a, c)| Instr::FastConstOp(op, a, c)),
            (
                Instr::LoadFast(a),
                Some(Instr::LoadFast(b)),
                Some(Instr::BinaryOp(op) | Instr::InplaceOp(op)),
            ) => small(a)
                .zip(small(b))
                .map(|(a, b)| Instr::FastFastOp(op, a, b)),
            (Instr::LoadFast(a), Some(Instr::LoadConst(c)), Some(Instr::Compare(op))) => small(a)
                .zip(small(c))
                .map(|(a, c)| Instr::FastConstCompare(op, a, c)),
            (Instr::LoadFast(a), Some(Instr::LoadFast(b)), Some(Instr::Compare(op))) => small(a)
                .zip(small(b))
                .map(|(a, b)| Instr::FastFastCompare(op, a, b)),
            (Instr::LoadFast(a), Some(Instr::LoadAttr(n)), _) => small(a)
                .zip(small(n))
                .map(|(a, n)| Instr::LoadFastAttr(a, n)),
            (Instr::LoadFast(a), Some(Instr::LoadMethod(n)), _) => small(a)
                .zip(small(n))
                .map(|(a, n)| Instr::LoadFastMethod(a, n)),
            (Instr::LoadFast(a), Some(Instr::StoreAttr(n)), _) => small(a)
                .zip(small(n))
                .map(|(a, n)| Instr::LoadFastStoreAttr(a, n)),
            (Instr::LoadFast(a), Some(Instr::LoadFast(b)), _) => {
                small(a).zip(small(b)).map(|(a, b)| Instr::LoadFast2(a, b))
            }
            (Instr::LoadConst(c), Some(Instr::BinaryOp(op) | Instr::InplaceOp(op)), _) => {
                Some(Instr::ConstOp(op, c))
            }
            (Instr::LoadConst(c), Some(Instr::Compare(op)), _) => Some(Instr::ConstCompare(op, c)),
            (Instr::LoadConst(c), Some(Instr::IsOp(inv)), _) => Some(Instr::ConstIsOp(c, inv == 1)),
            (Instr::StoreFast(a), Some(Instr::LoadFast(b)), _) => small(a)
                .zip(small(b))
                .map(|(a, b)| Instr::StoreLoadFast(a, b)),
            _ => None,
        };
        if let Some(f) = fused {
            out[i] = f;
        }
    }
    out.into_boxed_slice()
}

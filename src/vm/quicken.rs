//! Quickening: the instructions a code object runs with, made once per
//! code object (`CodeRt::instrs`). Common sequences (loads feeding a
//! number operation or comparison, a local's attribute read, method load
//! or store, two loads, a store and a load) get a fused instruction
//! written over their first instruction; the sequence itself stays in
//! place behind it, so jump targets, line numbers and the exception table
//! need no rewriting, and a fused instruction that meets anything but its
//! fast case simply does what the instruction it replaced did.

use crate::bytecode::Instr;

/// The loop's copy of `code`, with fused instructions written in.
pub fn quicken(code: &[Instr]) -> Box<[Instr]> {
    let mut out = code.to_vec();
    // Fused instructions hold two operands in 16 bits each.
    let pair = |a: u32, b: u32| Some((u16::try_from(a).ok()?, u16::try_from(b).ok()?));
    for (i, ins) in code.iter().enumerate() {
        let next = code.get(i + 1).copied();
        let after = code.get(i + 2).copied();
        let fused = match (*ins, next, after) {
            (
                Instr::LoadFast(a),
                Some(Instr::LoadConst(c)),
                Some(Instr::BinaryOp(op) | Instr::InplaceOp(op)),
            ) => pair(a, c).map(|(a, c)| Instr::FastConstOp(op, a, c)),
            (
                Instr::LoadFast(a),
                Some(Instr::LoadFast(b)),
                Some(Instr::BinaryOp(op) | Instr::InplaceOp(op)),
            ) => pair(a, b).map(|(a, b)| Instr::FastFastOp(op, a, b)),
            (Instr::LoadFast(a), Some(Instr::LoadConst(c)), Some(Instr::Compare(op))) => {
                pair(a, c).map(|(a, c)| Instr::FastConstCompare(op, a, c))
            }
            (Instr::LoadFast(a), Some(Instr::LoadFast(b)), Some(Instr::Compare(op))) => {
                pair(a, b).map(|(a, b)| Instr::FastFastCompare(op, a, b))
            }
            (Instr::LoadFast(a), Some(Instr::LoadAttr(n)), _) => {
                pair(a, n).map(|(a, n)| Instr::LoadFastAttr(a, n))
            }
            (Instr::LoadFast(a), Some(Instr::LoadMethod(n)), _) => {
                pair(a, n).map(|(a, n)| Instr::LoadFastMethod(a, n))
            }
            (Instr::LoadFast(a), Some(Instr::StoreAttr(n)), _) => {
                pair(a, n).map(|(a, n)| Instr::LoadFastStoreAttr(a, n))
            }
            (Instr::LoadFast(a), Some(Instr::LoadFast(b)), _) => {
                pair(a, b).map(|(a, b)| Instr::LoadFast2(a, b))
            }
            (Instr::LoadConst(c), Some(Instr::BinaryOp(op) | Instr::InplaceOp(op)), _) => {
                Some(Instr::ConstOp(op, c))
            }
            (Instr::LoadConst(c), Some(Instr::Compare(op)), _) => Some(Instr::ConstCompare(op, c)),
            (Instr::LoadConst(c), Some(Instr::IsOp(inv)), _) => Some(Instr::ConstIsOp(c, inv == 1)),
            (Instr::StoreFast(a), Some(Instr::LoadFast(b)), _) => {
                pair(a, b).map(|(a, b)| Instr::StoreLoadFast(a, b))
            }
            _ => None,
        };
        if let Some(f) = fused {
            out[i] = f;
        }
    }
    out.into_boxed_slice()
}

#[cfg(test)]
mod tests {
    use super::quicken;
    use crate::bytecode::{BinOp, CmpOp, Instr};

    #[test]
    fn fuses_over_the_first_instruction_and_keeps_the_rest() {
        let code = [
            Instr::LoadFast(0),
            Instr::LoadConst(1),
            Instr::BinaryOp(BinOp::Add),
            Instr::StoreFast(2),
            Instr::LoadFast(2),
            Instr::LoadFast(0),
            Instr::Compare(CmpOp::Lt),
            Instr::ReturnValue,
        ];
        let q = quicken(&code);
        assert_eq!(q.len(), code.len());
        assert_eq!(q[0], Instr::FastConstOp(BinOp::Add, 0, 1));
        assert_eq!(q[3], Instr::StoreLoadFast(2, 2));
        assert_eq!(q[4], Instr::FastFastCompare(CmpOp::Lt, 2, 0));
        // A sequence inside another is fused in its own right (a jump may
        // land there); the rest is the original code.
        assert_eq!(q[1], Instr::ConstOp(BinOp::Add, 1));
        for i in [2, 5, 6, 7] {
            assert_eq!(q[i], code[i]);
        }
    }

    #[test]
    fn operands_too_wide_stay_unfused() {
        let code = [
            Instr::LoadFast(70_000),
            Instr::LoadFast(1),
            Instr::ReturnValue,
        ];
        assert_eq!(&*quicken(&code), &code[..]);
    }
}

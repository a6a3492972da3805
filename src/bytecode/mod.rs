//! The compiled form of Python code: fixed-size instructions with inline
//! operands, constant and name pools, an exception table and a line table.
//!
//! This module knows nothing of the VM's value types: constants are plain
//! data (`Constant`) that the VM turns into objects once per code object.

mod disasm;
mod stack_depth;

use std::rc::Rc;

/// A binary operator, shared by `BinaryOp` and the in-place `InplaceOp`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    MatMul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
}

impl BinOp {
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::MatMul => "@",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::And => "&",
            BinOp::Or => "|",
            BinOp::Xor => "^",
        }
    }
    /// The forward dunder name, e.g. `__add__`.
    pub fn dunder(self) -> &'static str {
        match self {
            BinOp::Add => "__add__",
            BinOp::Sub => "__sub__",
            BinOp::Mul => "__mul__",
            BinOp::MatMul => "__matmul__",
            BinOp::TrueDiv => "__truediv__",
            BinOp::FloorDiv => "__floordiv__",
            BinOp::Mod => "__mod__",
            BinOp::Pow => "__pow__",
            BinOp::LShift => "__lshift__",
            BinOp::RShift => "__rshift__",
            BinOp::And => "__and__",
            BinOp::Or => "__or__",
            BinOp::Xor => "__xor__",
        }
    }
    /// The reflected dunder name, e.g. `__radd__`.
    pub fn rdunder(self) -> &'static str {
        match self {
            BinOp::Add => "__radd__",
            BinOp::Sub => "__rsub__",
            BinOp::Mul => "__rmul__",
            BinOp::MatMul => "__rmatmul__",
            BinOp::TrueDiv => "__rtruediv__",
            BinOp::FloorDiv => "__rfloordiv__",
            BinOp::Mod => "__rmod__",
            BinOp::Pow => "__rpow__",
            BinOp::LShift => "__rlshift__",
            BinOp::RShift => "__rrshift__",
            BinOp::And => "__rand__",
            BinOp::Or => "__ror__",
            BinOp::Xor => "__rxor__",
        }
    }
    /// The in-place dunder name, e.g. `__iadd__`.
    pub fn idunder(self) -> &'static str {
        match self {
            BinOp::Add => "__iadd__",
            BinOp::Sub => "__isub__",
            BinOp::Mul => "__imul__",
            BinOp::MatMul => "__imatmul__",
            BinOp::TrueDiv => "__itruediv__",
            BinOp::FloorDiv => "__ifloordiv__",
            BinOp::Mod => "__imod__",
            BinOp::Pow => "__ipow__",
            BinOp::LShift => "__ilshift__",
            BinOp::RShift => "__irshift__",
            BinOp::And => "__iand__",
            BinOp::Or => "__ior__",
            BinOp::Xor => "__ixor__",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Neg,
    Pos,
    Invert,
    Not,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CmpOp {
    /// Whether `x op y` holds, for values with a native order (for floats
    /// IEEE comparison is Python's, NaN included).
    #[inline(always)]
    pub fn holds<T: PartialOrd>(self, x: T, y: T) -> bool {
        match self {
            CmpOp::Lt => x < y,
            CmpOp::Le => x <= y,
            CmpOp::Eq => x == y,
            CmpOp::Ne => x != y,
            CmpOp::Gt => x > y,
            CmpOp::Ge => x >= y,
        }
    }
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }
    pub fn dunder(self) -> &'static str {
        match self {
            CmpOp::Lt => "__lt__",
            CmpOp::Le => "__le__",
            CmpOp::Eq => "__eq__",
            CmpOp::Ne => "__ne__",
            CmpOp::Gt => "__gt__",
            CmpOp::Ge => "__ge__",
        }
    }
    /// The operator tried on the right operand when the left declines.
    pub fn swapped(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Eq => CmpOp::Eq,
            CmpOp::Ne => CmpOp::Ne,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
        }
    }
}

/// Flags of `MakeFunction`: which optional parts sit on the stack below the code.
pub mod make_fn {
    pub const DEFAULTS: u32 = 1;
    pub const KWDEFAULTS: u32 = 2;
    pub const ANNOTATIONS: u32 = 4;
    pub const CLOSURE: u32 = 8;
}

/// Conversion and spec flags of `FormatValue`.
pub mod format_flags {
    pub const CONV_MASK: u32 = 3;
    pub const CONV_STR: u32 = 1;
    pub const CONV_REPR: u32 = 2;
    pub const CONV_ASCII: u32 = 3;
    pub const HAS_SPEC: u32 = 4;
}

/// One VM instruction. Operands are inline; jump targets are instruction
/// indices. Stack effects are written as `[before] -> [after]`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Instr {
    Nop,
    Pop,
    /// `[a] -> [a, a]`
    Dup,
    /// Push a copy of the n-th item from the top (1 = top).
    Copy(u32),
    /// Swap the top with the n-th item from the top.
    Swap(u32),
    /// `[a, b] -> [b, a]`
    Rot2,
    /// `[a, b, c] -> [c, a, b]`
    Rot3,

    LoadConst(u32),
    LoadFast(u32),
    StoreFast(u32),
    DeleteFast(u32),
    /// Push a fast local's value (a marker if unbound) and unbind it: an
    /// inlined comprehension saving the enclosing code's variable of the
    /// same name (CPython's LOAD_FAST_AND_CLEAR).
    LoadFastAndClear(u32),
    /// Pop a value saved by `LoadFastAndClear` back into its local
    /// (unbinding it again for the marker).
    RestoreFast(u32),
    /// Load a cell or free variable; index into cellvars ++ freevars.
    LoadDeref(u32),
    StoreDeref(u32),
    DeleteDeref(u32),
    /// Push the cell object itself (to build a closure).
    LoadClosure(u32),
    /// Class body: look in the class namespace, then in the cell.
    LoadClassDeref(u32),
    LoadName(u32),
    StoreName(u32),
    DeleteName(u32),
    LoadGlobal(u32),
    StoreGlobal(u32),
    DeleteGlobal(u32),
    LoadAttr(u32),
    StoreAttr(u32),
    DeleteAttr(u32),
    /// `[obj] -> [callable, self_or_null]`, see `CallMethod`.
    LoadMethod(u32),
    /// `super().name(...)` in a method: `[super, __class__, self] ->
    /// [callable, self_or_null]`, without a `super` object when `super`
    /// is the built-in one (CPython's LOAD_SUPER_ATTR).
    LoadSuperMethod(u32),

    BinaryOp(BinOp),
    InplaceOp(BinOp),
    Unary(UnaryOp),
    Compare(CmpOp),
    /// `is` (0) / `is not` (1)
    IsOp(u32),
    /// `in` (0) / `not in` (1)
    ContainsOp(u32),
    /// `[container, key] -> [value]`
    BinarySubscr,
    /// `[value, container, key] -> []`
    StoreSubscr,
    DeleteSubscr,

    BuildTuple(u32),
    BuildList(u32),
    BuildSet(u32),
    /// n key/value pairs.
    BuildMap(u32),
    /// Concatenate n strings.
    BuildString(u32),
    /// 2 or 3 items.
    BuildSlice(u32),
    /// Append TOS to the list n items down (comprehensions).
    ListAppend(u32),
    SetAdd(u32),
    /// `[..., map, ..., key, value]`: map is n items below the pair.
    MapAdd(u32),
    ListExtend(u32),
    SetUpdate(u32),
    DictUpdate(u32),
    /// Like DictUpdate but duplicate keys are an error (`**` in calls).
    DictMerge(u32),
    ListToTuple,
    UnpackSequence(u32),
    /// operand = before | (after << 16)
    UnpackEx(u32),

    GetIter,
    /// `[iter] -> [iter, next]`, or pop and jump when exhausted.
    ForIter(u32),
    Jump(u32),
    PopJumpIfFalse(u32),
    PopJumpIfTrue(u32),
    PopJumpIfNone(u32),
    PopJumpIfNotNone(u32),
    JumpIfFalseOrPop(u32),
    JumpIfTrueOrPop(u32),

    /// `[callable, args...] -> [result]`
    Call(u32),
    /// `[callable, args..., kwnames] -> [result]`; kwnames is a const tuple.
    CallKw(u32),
    /// `[callable, self_or_null, args...] -> [result]`
    CallMethod(u32),
    /// `[callable, args_tuple, kwargs_dict?] -> [result]`; operand 1 = has kwargs.
    CallEx(u32),
    /// `[extras..., code, qualname] -> [function]`, see `make_fn`.
    MakeFunction(u32),
    LoadBuildClass,
    ReturnValue,

    /// 0: re-raise current; 1: raise TOS; 2: raise TOS1 from TOS.
    Raise(u32),
    /// Re-raise TOS (an exception); used at the end of handlers.
    Reraise,
    /// `[exc] -> [prev_exc, exc]` and make exc the handled exception.
    PushExcInfo,
    /// `[prev_exc] -> []`, restoring the handled exception.
    PopExcept,
    /// `[exc, type] -> [exc, bool]`
    CheckExcMatch,
    /// `[eg, type] -> [rest, match]` for `except*`.
    CheckEgMatch,
    /// `[orig, list_of_raised] -> [exc_or_none]` at the end of `except*`.
    PrepReraiseStar,
    LoadAssertionError,

    /// `[ctx] -> [exit, enter_result]`
    BeforeWith,
    /// `[ctx] -> [exit, awaitable]` for `async with`.
    BeforeAsyncWith,
    /// `[exit, prev, exc] -> [exit, prev, exc, result]`
    WithExceptStart,

    ImportName(u32),
    ImportFrom(u32),
    ImportStar,
    SetupAnnotations,

    /// Format TOS (with the spec below it when flagged), see `format_flags`.
    FormatValue(u32),

    /// Yield TOS out of the frame. Operand 1 marks an async generator's value yield.
    YieldValue(u32),
    /// `[receiver, value] -> [receiver, yielded]`, or `[result]` and jump when done.
    Send(u32),
    /// Operand: 0 plain await, 1 after `__aenter__`, 2 after `__aexit__`.
    GetAwaitable(u32),
    GetAIter,
    GetANext,
    /// `[aiter, exc] -> []` when exc is StopAsyncIteration, else re-raise.
    EndAsyncFor,
    GetYieldFromIter,
    /// At the end of `yield from`/`await` handlers: `[recv, exc]` -> value on StopIteration.
    CleanupThrow,
    /// Mark the start of a generator's body (`gi_frame` created but not started).
    ReturnGenerator,

    GetLen,
    MatchMapping,
    MatchSequence,
    /// `[subject, keys] -> [subject, keys, values_or_none]`
    MatchKeys,
    /// `[subject, cls, names] -> [attrs_or_none]`; operand = positional count.
    MatchClass(u32),
    /// Type-parameter scaffolding: operand selects the intrinsic.
    Intrinsic(u32),

    // Fused instructions. The compiler never emits these: `quicken`
    // writes them over the first instruction of a common sequence in the
    // copy of the code the loop runs, leaving the rest of the sequence in
    // place. Each handles only its fast case (numbers that need no
    // allocation and cannot fail) and then skips the sequence; otherwise it
    // does what the instruction it replaced did, and the sequence runs.
    /// `LoadFast(a); LoadConst(c); BinaryOp(op) | InplaceOp(op)`
    FastConstOp(BinOp, u16, u16),
    /// `LoadFast(a); LoadFast(b); BinaryOp(op) | InplaceOp(op)`
    FastFastOp(BinOp, u16, u16),
    /// `LoadFast(a); LoadConst(c); Compare(op)`
    FastConstCompare(CmpOp, u16, u16),
    /// `LoadFast(a); LoadFast(b); Compare(op)`
    FastFastCompare(CmpOp, u16, u16),
    /// `LoadFast(a); LoadFast(b)`
    LoadFast2(u16, u16),
    /// `StoreFast(a); LoadFast(b)`
    StoreLoadFast(u16, u16),
    /// `LoadConst(c); BinaryOp(op) | InplaceOp(op)`
    ConstOp(BinOp, u32),
    /// `LoadConst(c); Compare(op)`
    ConstCompare(CmpOp, u32),
    /// `LoadFast(a); LoadAttr(n)`: fast when the attribute site (of the
    /// `LoadAttr` behind) finds it in the instance dict.
    LoadFastAttr(u16, u16),
    /// `LoadFast(a); LoadMethod(n)`: fast on a cached method site.
    LoadFastMethod(u16, u16),
    /// `LoadFast(a); StoreAttr(n)`: fast on a cached store site.
    LoadFastStoreAttr(u16, u16),
    /// `LoadConst(c); IsOp(inv)`: `x is None` and the like (identity never
    /// fails, so this one has no slow case).
    ConstIsOp(u32, bool),
}

/// The intrinsics selected by `Instr::Intrinsic`.
pub mod intrinsic {
    pub const TYPEVAR: u32 = 1;
    pub const PARAMSPEC: u32 = 2;
    pub const TYPEVARTUPLE: u32 = 3;
    pub const TYPEALIAS: u32 = 4;
    pub const UNARY_POSITIVE: u32 = 5;
    pub const SUBSCRIPT_GENERIC: u32 = 6;
    pub const STOPITERATION_ERROR: u32 = 7;
    pub const PRINT_EXPR: u32 = 8;
    /// `[mapping, keys] -> [dict without those keys]` for `**rest` in patterns.
    pub const DICT_WITHOUT_KEYS: u32 = 9;
}

/// Compile-time constants, turned into objects by the VM.
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    Bool(bool),
    Int(i64),
    /// Literal text of an integer too large for i64 (may carry a `0x` prefix).
    BigInt(Box<str>),
    Float(f64),
    Complex(f64, f64),
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
    Tuple(Rc<[Constant]>),
    /// A constant set literal's items, built as a frozenset.
    FrozenSet(Rc<[Constant]>),
    Code(Rc<CodeObject>),
    Ellipsis,
}

/// One entry of the exception table: instructions in `start..end` that
/// raise jump to `target` with the value stack cut to `depth`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
}

pub mod code_flags {
    pub const VARARGS: u32 = 0x4;
    pub const VARKEYWORDS: u32 = 0x8;
    pub const NESTED: u32 = 0x10;
    pub const GENERATOR: u32 = 0x20;
    pub const COROUTINE: u32 = 0x80;
    pub const ITERABLE_COROUTINE: u32 = 0x100;
    pub const ASYNC_GENERATOR: u32 = 0x200;
    /// Class bodies and module code use name lookups, not fast locals.
    pub const NAME_LOOKUPS: u32 = 0x1_0000;
    /// constants[0] is the docstring.
    pub const HAS_DOCSTRING: u32 = 0x400_0000;
}

/// The source span of one instruction beyond its start line: columns are
/// 0-based UTF-8 byte offsets within their lines, as CPython's `co_positions`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Position {
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CodeObject {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub filename: Rc<str>,
    pub first_line: u32,
    pub flags: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub instructions: Vec<Instr>,
    /// Source line of each instruction (same length as `instructions`).
    pub lines: Vec<u32>,
    /// Where in the source each instruction's expression ends and its
    /// columns (same length as `instructions`), for traceback carets.
    pub positions: Vec<Position>,
    pub constants: Vec<Constant>,
    pub names: Vec<Rc<str>>,
    /// Fast locals; the parameters come first.
    pub varnames: Vec<Rc<str>>,
    pub cellvars: Vec<Rc<str>>,
    pub freevars: Vec<Rc<str>>,
    /// For each cellvar that is also a parameter, the parameter's index.
    pub cell2arg: Vec<Option<u32>>,
    pub exception_table: Vec<ExceptionEntry>,
    pub max_stack: u32,
}

impl CodeObject {
    pub fn is_generator_like(&self) -> bool {
        self.flags & (code_flags::GENERATOR | code_flags::COROUTINE | code_flags::ASYNC_GENERATOR)
            != 0
    }

    /// The handler for an exception raised at instruction `ip`, if any.
    /// Entries are emitted innermost first, so the first match wins.
    pub fn find_handler(&self, ip: u32) -> Option<ExceptionEntry> {
        self.exception_table
            .iter()
            .find(|e| e.start <= ip && ip < e.end)
            .copied()
    }

    pub fn total_args(&self) -> usize {
        let mut n = (self.argcount + self.kwonlyargcount) as usize;
        if self.flags & code_flags::VARARGS != 0 {
            n += 1;
        }
        if self.flags & code_flags::VARKEYWORDS != 0 {
            n += 1;
        }
        n
    }
}

pub use disasm::disassemble;
pub use stack_depth::{UNRESOLVED_DEPTH, depths, max_stack_depth};

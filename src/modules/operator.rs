//! `_operator`: the operators as built-in functions (`add(a, b)` is
//! `a + b`), each running the interpreter's own operation, so they are
//! as fast as the operator and report the same errors. `operator.py`
//! imports them over its Python definitions, as CPython's does.

use crate::bytecode::{BinOp, CmpOp, UnaryOp};
use crate::native;
use crate::object::Value;
use crate::vm::native::{Args, NativeFunc};
use crate::vm::{PyResult, Vm};

/// The two operands of a binary operator function, checked.
fn operands<'a>(vm: &Vm, args: &'a Args, name: &str) -> PyResult<(&'a Value, &'a Value)> {
    args.check(vm, name, 2, 2)?;
    Ok((&args.args[0], &args.args[1]))
}

/// Binary, in-place and comparison operators: one function per operator.
macro_rules! operator_fns {
    ($($kind:ident $fname:ident $name:literal $op:expr;)*) => {
        $(
            fn $fname(vm: &mut Vm, args: Args) -> PyResult<Value> {
                let (a, b) = operands(vm, &args, $name)?;
                operator_fns!(@apply $kind vm $op, a, b)
            }
        )*
    };
    (@apply binary $vm:ident $op:expr, $a:ident, $b:ident) => { $vm.binary_op($op, $a, $b) };
    (@apply inplace $vm:ident $op:expr, $a:ident, $b:ident) => { $vm.inplace_op($op, $a, $b) };
    (@apply compare $vm:ident $op:expr, $a:ident, $b:ident) => { $vm.compare($op, $a, $b) };
}

operator_fns! {
    binary op_add "add" BinOp::Add;
    binary op_sub "sub" BinOp::Sub;
    binary op_mul "mul" BinOp::Mul;
    binary op_matmul "matmul" BinOp::MatMul;
    binary op_truediv "truediv" BinOp::TrueDiv;
    binary op_floordiv "floordiv" BinOp::FloorDiv;
    binary op_mod "mod" BinOp::Mod;
    binary op_pow "pow" BinOp::Pow;
    binary op_lshift "lshift" BinOp::LShift;
    binary op_rshift "rshift" BinOp::RShift;
    binary op_and "and_" BinOp::And;
    binary op_or "or_" BinOp::Or;
    binary op_xor "xor" BinOp::Xor;
    inplace op_iadd "iadd" BinOp::Add;
    inplace op_isub "isub" BinOp::Sub;
    inplace op_imul "imul" BinOp::Mul;
    inplace op_imatmul "imatmul" BinOp::MatMul;
    inplace op_itruediv "itruediv" BinOp::TrueDiv;
    inplace op_ifloordiv "ifloordiv" BinOp::FloorDiv;
    inplace op_imod "imod" BinOp::Mod;
    inplace op_ipow "ipow" BinOp::Pow;
    inplace op_ilshift "ilshift" BinOp::LShift;
    inplace op_irshift "irshift" BinOp::RShift;
    inplace op_iand "iand" BinOp::And;
    inplace op_ior "ior" BinOp::Or;
    inplace op_ixor "ixor" BinOp::Xor;
    compare op_lt "lt" CmpOp::Lt;
    compare op_le "le" CmpOp::Le;
    compare op_eq "eq" CmpOp::Eq;
    compare op_ne "ne" CmpOp::Ne;
    compare op_gt "gt" CmpOp::Gt;
    compare op_ge "ge" CmpOp::Ge;
}

fn op_neg(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.unary_op(UnaryOp::Neg, &args.args[0])
}

fn op_pos(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.unary_op(UnaryOp::Pos, &args.args[0])
}

fn op_inv(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.unary_op(UnaryOp::Invert, &args.args[0])
}

fn op_not(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::bool(!vm.truthy(&args.args[0])?))
}

fn op_truth(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::bool(vm.truthy(&args.args[0])?))
}

fn op_abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = vm.builtin("abs").unwrap_or(Value::None);
    vm.call(&f, vec![args.args[0].clone()])
}

fn op_is(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = operands(vm, &args, "is_")?;
    Ok(Value::bool(a.is(b)))
}

fn op_is_not(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = operands(vm, &args, "is_not")?;
    Ok(Value::bool(!a.is(b)))
}

fn op_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = operands(vm, &args, "contains")?;
    vm.contains(a, b).map(Value::bool)
}

fn op_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = operands(vm, &args, "getitem")?;
    vm.getitem(a, b)
}

fn op_delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = operands(vm, &args, "delitem")?;
    vm.delitem(a, b).map(|()| Value::None)
}

fn op_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "setitem", 3, 3)?;
    vm.setitem(&args.args[0], &args.args[1], args.args[2].clone())
        .map(|()| Value::None)
}

pub static FUNCS: &[NativeFunc] = &[
    native!("add", op_add, "Same as a + b.", sig = "($module, a, b, /)"),
    native!("sub", op_sub, "Same as a - b.", sig = "($module, a, b, /)"),
    native!("mul", op_mul, "Same as a * b.", sig = "($module, a, b, /)"),
    native!(
        "matmul",
        op_matmul,
        "Same as a @ b.",
        sig = "($module, a, b, /)"
    ),
    native!(
        "truediv",
        op_truediv,
        "Same as a / b.",
        sig = "($module, a, b, /)"
    ),
    native!(
        "floordiv",
        op_floordiv,
        "Same as a // b.",
        sig = "($module, a, b, /)"
    ),
    native!("mod", op_mod, "Same as a % b.", sig = "($module, a, b, /)"),
    native!("pow", op_pow, "Same as a ** b.", sig = "($module, a, b, /)"),
    native!(
        "lshift",
        op_lshift,
        "Same as a << b.",
        sig = "($module, a, b, /)"
    ),
    native!(
        "rshift",
        op_rshift,
        "Same as a >> b.",
        sig = "($module, a, b, /)"
    ),
    native!("and_", op_and, "Same as a & b.", sig = "($module, a, b, /)"),
    native!("or_", op_or, "Same as a | b.", sig = "($module, a, b, /)"),
    native!("xor", op_xor, "Same as a ^ b.", sig = "($module, a, b, /)"),
    native!(
        "iadd",
        op_iadd,
        "Same as a += b.",
        sig = "($module, a, b, /)"
    ),
    native!(
        "isub",
        op_isub,
        "Same as a -= b.",
        sig = "($module, a, b, /)"
    ),
    native!(
        "imul",
        op_imul,
        "Same as a *= b.",
        sig = "($module, a, b, /)"
    ),
    native!(
        "imatmul",
        op_imatmul,
        "Same as a @= b.",
        sig = "($module, a, b, /)"
    ),
    native!(
        "itruediv",
        op_itruediv,
        "Same as a /= b.",
        sig = "($module, a, b, /)"
    ),
    native!(
        "ifloordiv",
        op_ifloordiv,
        "Same as a //= b.",
        sig = "($module, a, b, /)"
    ),
    native!(
        "imod",
        op_imod,
        "Same as a %= b.",
        sig = "($module, a, b, /)"
    ),
    native!(
        "ipow",
        op_ipow,
        "Same as a **= b.",
        sig = "($module, a, b, /)"
    ),
    native!(
        "ilshift",
        op_ilshift,
        "Same as a <<= b.",
        sig = "($module, a, b, /)"
    ),
    native!(
        "irshift",
        op_irshift,
        "Same as a >>= b.",
        sig = "($module, a, b, /)"
    ),
    native!(
        "iand",
        op_iand,
        "Same as a &= b.",
        sig = "($module, a, b, /)"
    ),
    native!("ior", op_ior, "Same as a |= b.", sig = "($module, a, b, /)"),
    native!(
        "ixor",
        op_ixor,
        "Same as a ^= b.",
        sig = "($module, a, b, /)"
    ),
    native!("lt", op_lt, "Same as a < b.", sig = "($module, a, b, /)"),
    native!("le", op_le, "Same as a <= b.", sig = "($module, a, b, /)"),
    native!("eq", op_eq, "Same as a == b.", sig = "($module, a, b, /)"),
    native!("ne", op_ne, "Same as a != b.", sig = "($module, a, b, /)"),
    native!("gt", op_gt, "Same as a > b.", sig = "($module, a, b, /)"),
    native!("ge", op_ge, "Same as a >= b.", sig = "($module, a, b, /)"),
    native!("neg", op_neg, "Same as -a.", sig = "($module, a, /)"),
    native!("pos", op_pos, "Same as +a.", sig = "($module, a, /)"),
    native!("inv", op_inv, "Same as ~a.", sig = "($module, a, /)"),
    native!("invert", op_inv, "Same as ~a.", sig = "($module, a, /)"),
    native!("not_", op_not, "Same as not a.", sig = "($module, a, /)"),
    native!(
        "truth",
        op_truth,
        "Return True if a is true, False otherwise.",
        sig = "($module, a, /)"
    ),
    native!("abs", op_abs, "Same as abs(a).", sig = "($module, a, /)"),
    native!("is_", op_is, "Same as a is b.", sig = "($module, a, b, /)"),
    native!(
        "is_not",
        op_is_not,
        "Same as a is not b.",
        sig = "($module, a, b, /)"
    ),
    native!(
        "contains",
        op_contains,
        "Same as b in a (note reversed operands).",
        sig = "($module, a, b, /)"
    ),
    native!(
        "getitem",
        op_getitem,
        "Same as a[b].",
        sig = "($module, a, b, /)"
    ),
    native!(
        "setitem",
        op_setitem,
        "Same as a[b] = c.",
        sig = "($module, a, b, c, /)"
    ),
    native!(
        "delitem",
        op_delitem,
        "Same as del a[b].",
        sig = "($module, a, b, /)"
    ),
];

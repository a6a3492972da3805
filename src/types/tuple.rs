//! `tuple` methods.

use crate::native;
use crate::object::{Payload, Value};
use crate::vm::native::{Args, NativeFunc};
use crate::vm::{PyResult, Vm};

fn items(vm: &Vm, args: &Args) -> PyResult<Vec<Value>> {
    match args.args.first().and_then(|v| v.payload()) {
        Some(Payload::Tuple(t)) => Ok(t.to_vec()),
        _ => Err(vm.type_error("descriptor requires a 'tuple' object")),
    }
}

fn tuple_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "index", 1, 3)?;
    let t = items(vm, &args)?;
    let (start, stop) = crate::types::list::search_bounds(vm, &args, t.len())?;
    for (i, it) in t.iter().enumerate().take(stop).skip(start) {
        if it.is(&args.args[1]) || vm.eq(it, &args.args[1])? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(vm.value_error("tuple.index(x): x not in tuple"))
}

fn tuple_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "tuple.count", 1, 1)?;
    let t = items(vm, &args)?;
    let mut n = 0;
    for it in &t {
        if it.is(&args.args[1]) || vm.eq(it, &args.args[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn tuple_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(items(vm, &args)?.len() as i64))
}

fn tuple_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = items(vm, &args)?;
    let plain = vm.new_tuple(t);
    let k = args.args.get(1).cloned().unwrap_or(Value::None);
    vm.getitem(&plain, &k)
}

fn tuple_getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = items(vm, &args)?;
    let plain = vm.new_tuple(t);
    Ok(vm.new_tuple(vec![plain]))
}

pub static METHODS: &[NativeFunc] = &[
    native!(
        "index",
        tuple_index,
        "Return the first index of a value.",
        sig = "($self, value, start=0, stop=sys.maxsize, /)"
    ),
    native!(
        "count",
        tuple_count,
        "Return the number of occurrences of a value.",
        sig = "($self, value, /)"
    ),
    native!("__len__", tuple_len, "Return len(self)."),
    native!("__getitem__", tuple_getitem, "Return self[index]."),
    native!(
        "__getnewargs__",
        tuple_getnewargs,
        "Return the arguments that recreate this tuple.",
        sig = "($self, /)"
    ),
];

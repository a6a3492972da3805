//! Operators and protocols: truth, arithmetic, comparison, hashing,
//! repr/str, iteration, containment and subscripting, with fast paths for
//! built-in values and the dunder protocol for everything else.

use super::{PyErr, PyResult, Vm};
use crate::bytecode::{BinOp, CmpOp, UnaryOp};
use crate::object::{IterState, ObjRef, Payload, PyObject, Value};
use crate::types::int as pyint;
use crate::types::typeobj::lookup;
use std::cell::RefCell;
use std::rc::Rc;

/// The items of a `join` argument: CPython's "can only join an iterable"
/// when it has no iterator at all (errors while iterating pass through).
pub fn collect_for_join(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    if let Some(items) = exact_sequence_items(vm, v)? {
        return Ok(items);
    }
    let it = match vm.get_iter(v) {
        Err(e) if vm.err_is(&e, "TypeError") => {
            return Err(vm.type_error("can only join an iterable"));
        }
        r => r?,
    };
    drain_iterator(vm, &it)
}

/// Iterate any iterable into a Vec.
pub fn collect_iterable(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    if let Some(items) = exact_sequence_items(vm, v)? {
        return Ok(items);
    }
    let it = vm.get_iter(v)?;
    drain_iterator(vm, &it)
}

fn drain_iterator(vm: &mut Vm, it: &Value) -> PyResult<Vec<Value>> {
    let mut out = Vec::new();
    while let Some(x) = vm.next(it)? {
        out.push(x);
    }
    Ok(out)
}

/// The items of an exact list, tuple or range, without iterating.
fn exact_sequence_items(vm: &mut Vm, v: &Value) -> PyResult<Option<Vec<Value>>> {
    match v.payload() {
        Some(Payload::List(l)) if is_exact(vm, v, &vm.types.list) => Ok(Some(l.borrow().clone())),
        Some(Payload::Tuple(t)) if is_exact(vm, v, &vm.types.tuple) => Ok(Some(t.to_vec())),
        // A range knows its length: refuse one too long to hold at once
        // (as CPython's list(range(2**40)) does), or make it in one go.
        Some(Payload::Range(r)) if is_exact(vm, v, &vm.types.range) => {
            let n = r.len();
            vm.check_alloc(n, std::mem::size_of::<Value>())?;
            // Every item lies between start and stop; wrapping arithmetic
            // gets it right even where `i * step` alone would overflow.
            Ok(Some(
                (0..n)
                    .map(|i| Value::Int(r.start.wrapping_add(i.wrapping_mul(r.step))))
                    .collect(),
            ))
        }
        _ => Ok(None),
    }
}

fn is_exact(_vm: &Vm, v: &Value, cls: &ObjRef) -> bool {
    match v {
        Value::Obj(o) => Rc::ptr_eq(o.class(), cls),
        _ => false,
    }
}

/// How deep Rust code may recurse on behalf of nested data (CPython 3.13's
/// C recursion limit is about this).
pub const NATIVE_RECURSION_LIMIT: usize = 10_000;

impl Vm {
    /// The method `name` of `v`'s class, if defined.
    pub fn lookup_special(&self, v: &Value, name: &str) -> Option<Value> {
        lookup(&self.type_of(v), name)
    }

    /// Call `v.name(*args)` looked up on the class (special-method rules).
    pub fn call_special(
        &mut self,
        v: &Value,
        name: &str,
        args: Vec<Value>,
    ) -> PyResult<Option<Value>> {
        let Some(m) = self.lookup_special(v, name) else {
            return Ok(None);
        };
        let mut full = Vec::with_capacity(args.len() + 1);
        full.push(v.clone());
        full.extend(args);
        self.call_unbound(&m, v, full).map(Some)
    }

    /// Call a class attribute found by special lookup with `self` bound.
    pub fn call_unbound(
        &mut self,
        m: &Value,
        _receiver: &Value,
        args: Vec<Value>,
    ) -> PyResult<Value> {
        match m.payload() {
            Some(Payload::Function(_)) | Some(Payload::Native(_)) => self.call(m, args),
            Some(Payload::StaticMethod(f)) => {
                let f = f.clone();
                self.call(&f, args[1..].to_vec())
            }
            Some(Payload::ClassMethod(f)) => {
                let f = f.clone();
                let mut a = args;
                a[0] = Value::Obj(self.type_of(&a[0]));
                self.call(&f, a)
            }
            _ => {
                let bound = self.bind_descriptor(m, &args[0])?;
                self.call(&bound, args[1..].to_vec())
            }
        }
    }

    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::None => false,
            Value::Bool(b) => b.get(),
            Value::Int(i) => *i != 0,
            Value::Float(f) => f.get() != 0.0,
            Value::Obj(o) => {
                let heap = o.class().type_data().is_some_and(|t| t.heap);
                if !heap {
                    match &o.payload {
                        Payload::Str(s) => return Ok(!s.as_str().is_empty()),
                        Payload::List(l) => return Ok(!l.borrow().is_empty()),
                        Payload::Tuple(t) => return Ok(!t.is_empty()),
                        Payload::Dict(d) => return Ok(!d.borrow().is_empty()),
                        Payload::Set(s) => return Ok(!s.borrow().is_empty()),
                        Payload::FrozenSet(s) => return Ok(!s.is_empty()),
                        Payload::Int(i) => return Ok(*i != malachite_bigint::BigInt::from(0)),
                        Payload::Float(f) => return Ok(*f != 0.0),
                        Payload::Bytes(b) => return Ok(!b.is_empty()),
                        Payload::ByteArray(b) => return Ok(!b.borrow().is_empty()),
                        Payload::Range(r) => return Ok(!r.is_empty()),
                        Payload::Complex(a, b) => return Ok(*a != 0.0 || *b != 0.0),
                        Payload::Deque(d) => return Ok(!d.is_empty()),
                        _ => return Ok(true),
                    }
                }
                if let Some(r) = self.call_special(v, "__bool__", vec![])? {
                    return match r {
                        Value::Bool(b) => Ok(b.get()),
                        other => Err(self.type_error(format!(
                            "__bool__ should return bool, returned {}",
                            self.type_name(&other)
                        ))),
                    };
                }
                if self.lookup_special(v, "__len__").is_some() {
                    let n = self.len(v)?;
                    return Ok(n != 0);
                }
                true
            }
        })
    }

    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        if let Value::Obj(o) = v {
            let heap = o.class().type_data().is_some_and(|t| t.heap);
            if !heap && let Some(n) = crate::types::slots::payload_len(v) {
                return Ok(n);
            }
        }
        match self.call_special(v, "__len__", vec![])? {
            Some(r) => {
                let n = match &r {
                    Value::Int(i) => *i,
                    Value::Bool(b) => b.get() as i64,
                    _ => match pyint::as_big(&r) {
                        // Past the index range: negative is still "should
                        // return >= 0", positive does not fit.
                        Some(b) if b.sign() == malachite_bigint::Sign::Minus => -1,
                        Some(_) => {
                            return Err(
                                self.overflow_error("cannot fit 'int' into an index-sized integer")
                            );
                        }
                        None => {
                            return Err(self.type_error(format!(
                                "'{}' object cannot be interpreted as an integer",
                                self.type_name(&r)
                            )));
                        }
                    },
                };
                if n < 0 {
                    return Err(self.value_error("__len__() should return >= 0"));
                }
                Ok(n as usize)
            }
            None => Err(self.type_error(format!(
                "object of type '{}' has no len()",
                self.type_name(v)
            ))),
        }
    }

    pub fn unary_op(&mut self, op: UnaryOp, v: &Value) -> PyResult<Value> {
        match op {
            UnaryOp::Not => return Ok(Value::bool(!self.truthy(v)?)),
            UnaryOp::Neg => match v {
                Value::Int(i) => {
                    return Ok(match i.checked_neg() {
                        Some(n) => Value::Int(n),
                        None => pyint::from_big(self, -malachite_bigint::BigInt::from(*i)),
                    });
                }
                Value::Bool(b) => return Ok(Value::Int(-(b.get() as i64))),
                Value::Float(f) => return Ok(Value::float(-f.get())),
                _ => {}
            },
            UnaryOp::Pos => match v {
                Value::Int(_) | Value::Float(_) => return Ok(v.clone()),
                Value::Bool(b) => return Ok(Value::Int(b.get() as i64)),
                _ => {}
            },
            UnaryOp::Invert => match v {
                Value::Int(i) => return Ok(Value::Int(!i)),
                Value::Bool(b) => return Ok(Value::Int(!(b.get() as i64))),
                _ => {}
            },
        }
        let dunder = match op {
            UnaryOp::Neg => "__neg__",
            UnaryOp::Pos => "__pos__",
            _ => "__invert__",
        };
        if let Some(big) = pyint::as_big(v)
            && (!self.type_of(v).type_data().is_some_and(|t| t.heap)
                || self
                    .lookup_special(v, dunder)
                    .is_none_or(|m| matches!(m.payload(), Some(Payload::Native(_)))))
        {
            let r = match op {
                UnaryOp::Neg => -big,
                UnaryOp::Pos => big,
                _ => !big,
            };
            return Ok(pyint::from_big(self, r));
        }
        if let Some(Payload::Complex(a, b)) = v.payload() {
            match op {
                UnaryOp::Neg => return Ok(crate::types::float::new_complex(self, -a, -b)),
                UnaryOp::Pos => return Ok(crate::types::float::new_complex(self, *a, *b)),
                _ => {}
            }
        }
        let (name, sym) = match op {
            UnaryOp::Neg => ("__neg__", "-"),
            UnaryOp::Pos => ("__pos__", "+"),
            UnaryOp::Invert => ("__invert__", "~"),
            UnaryOp::Not => unreachable_not(),
        };
        match self.call_special(v, name, vec![])? {
            Some(r) => Ok(r),
            None => Err(self.type_error(format!(
                "bad operand type for unary {sym}: '{}'",
                self.type_name(v)
            ))),
        }
    }

    pub fn binary_op(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        if let Some(r) = self.fast_binary(op, a, b)? {
            return Ok(r);
        }
        self.binary_dunder(op, a, b, op.symbol())
    }

    fn binary_dunder(&mut self, op: BinOp, a: &Value, b: &Value, sym: &str) -> PyResult<Value> {
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let same = Rc::ptr_eq(&ta, &tb);
        let b_sub = !same && self.is_subclass(&tb, &ta) && lookup(&tb, op.rdunder()).is_some();
        if b_sub
            && let Some(r) = self.call_special(b, op.rdunder(), vec![a.clone()])?
            && !r.is(&self.not_implemented)
        {
            return Ok(r);
        }
        if let Some(r) = self.call_special(a, op.dunder(), vec![b.clone()])?
            && !r.is(&self.not_implemented)
        {
            return Ok(r);
        }
        if !same
            && !b_sub
            && let Some(r) = self.call_special(b, op.rdunder(), vec![a.clone()])?
            && !r.is(&self.not_implemented)
        {
            return Ok(r);
        }
        if op == BinOp::Mod && a.as_str().is_some() {
            return crate::types::str::percent_format(self, a, b);
        }
        if op == BinOp::Mod
            && matches!(a.payload(), Some(Payload::Bytes(_) | Payload::ByteArray(_)))
        {
            return crate::types::bytes::percent_format(self, a, b);
        }
        if op == BinOp::Add {
            let seq = match a.payload() {
                Some(Payload::Str(_)) => Some("str"),
                Some(Payload::List(_)) => Some("list"),
                Some(Payload::Tuple(_)) => Some("tuple"),
                Some(Payload::Bytes(_)) => Some("bytes"),
                _ => None,
            };
            if let (Some(kind), Some(_)) = (seq, self.builtin_kind(a)) {
                let msg = if kind == "bytes" {
                    format!("can't concat {} to bytes", self.type_name(b))
                } else {
                    format!(
                        "can only concatenate {kind} (not \"{}\") to {kind}",
                        self.type_name(b)
                    )
                };
                return Err(self.type_error(msg));
            }
        }
        if op == BinOp::Mul {
            let is_seq = |v: &Value| {
                matches!(
                    v.payload(),
                    Some(
                        Payload::Str(_) | Payload::List(_) | Payload::Tuple(_) | Payload::Bytes(_)
                    )
                )
            };
            if is_seq(a) || is_seq(b) {
                let other = if is_seq(a) { b } else { a };
                return Err(self.type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    self.type_name(other)
                )));
            }
        }
        let extra = if op == BinOp::Pow { "** or pow()" } else { sym };
        Err(self.type_error(format!(
            "unsupported operand type(s) for {extra}: '{}' and '{}'",
            self.type_name(a),
            self.type_name(b)
        )))
    }

    pub fn inplace_op(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        // Immutable fast-path types have no in-place variants; a list's
        // `+=`/`*=` work in place below (never building the sum first).
        let list_inplace = matches!(
            (op, a.payload()),
            (BinOp::Add | BinOp::Mul, Some(Payload::List(_)))
        );
        if let (BinOp::Add, Some(Payload::ByteArray(_))) = (op, a.payload()) {
            crate::types::bytes::extend_in_place(self, a, b)?;
            return Ok(a.clone());
        }
        // set |= &= -= ^= and dict |= change the left operand in place.
        if matches!(a.payload(), Some(Payload::Set(_)))
            && matches!(op, BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor)
            && matches!(b.payload(), Some(Payload::Set(_) | Payload::FrozenSet(_)))
            && self
                .lookup_special(a, op.idunder())
                .is_none_or(|m| matches!(m.payload(), Some(Payload::Native(_))))
            && crate::types::set::binop_in_place(self, op, a, b)?
        {
            return Ok(a.clone());
        }
        if let (BinOp::Or, Some(Payload::Dict(_)), Some(Payload::Dict(_))) =
            (op, a.payload(), b.payload())
            && self
                .lookup_special(a, op.idunder())
                .is_none_or(|m| matches!(m.payload(), Some(Payload::Native(_))))
        {
            crate::types::dict::dict_update_from(self, a, b, false)?;
            return Ok(a.clone());
        }
        if !list_inplace && let Some(r) = self.fast_binary(op, a, b)? {
            return Ok(r);
        }
        if let Some(Payload::List(l)) = a.payload()
            && self
                .lookup_special(a, op.idunder())
                .is_none_or(|m| matches!(m.payload(), Some(Payload::Native(_))))
        {
            match op {
                BinOp::Add => {
                    let items = collect_iterable(self, b)?;
                    l.borrow_mut().extend(items);
                    return Ok(a.clone());
                }
                BinOp::Mul => {
                    if !pyint::is_int(b) && self.lookup_special(b, "__index__").is_none() {
                        return Err(self.type_error(format!(
                            "can't multiply sequence by non-int of type '{}'",
                            self.type_name(b)
                        )));
                    }
                    crate::types::slots::list_repeat_in_place(self, a, b)?;
                    return Ok(a.clone());
                }
                _ => {}
            }
        }
        if let Some(r) = self.call_special(a, op.idunder(), vec![b.clone()])?
            && !r.is(&self.not_implemented)
        {
            return Ok(r);
        }
        let sym = format!("{}=", op.symbol());
        if let Some(r) = self.fast_binary(op, a, b)? {
            return Ok(r);
        }
        self.binary_dunder(op, a, b, &sym)
    }

    /// Built-in operand combinations; None when the dunder protocol decides.
    fn fast_binary(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => {
                return pyint::small_binop(self, op, *x, *y).map(Some);
            }
            (Value::Float(x), Value::Float(y)) => {
                return crate::types::float::float_binop(self, op, x.get(), y.get());
            }
            (Value::Float(x), Value::Int(y)) => {
                return crate::types::float::float_binop(self, op, x.get(), *y as f64);
            }
            (Value::Int(x), Value::Float(y)) => {
                return crate::types::float::float_binop(self, op, *x as f64, y.get());
            }
            _ => {}
        }
        if self.builtin_kind(a).is_none() || self.builtin_kind(b).is_none() {
            return Ok(None);
        }
        crate::types::builtin_binop(self, op, a, b)
    }

    /// Whether `v` is a value of a built-in (non-heap) class.
    pub fn builtin_kind(&self, v: &Value) -> Option<()> {
        match v {
            Value::Obj(o) => match &o.class().payload {
                Payload::Type(t) if !t.heap => Some(()),
                _ => None,
            },
            _ => Some(()),
        }
    }

    pub fn compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
        // Containers compare their items through here, one Rust call per
        // level of nesting: bounded as CPython bounds its C recursion.
        self.enter_native(" in comparison", NATIVE_RECURSION_LIMIT)?;
        let r = self.compare_unguarded(op, a, b);
        self.native_nesting -= 1;
        r
    }

    /// Count one level of Rust recursion on behalf of Python data (nested
    /// containers compared, hashed, ...); past `limit` levels in all,
    /// RecursionError with CPython's `context` suffix. The caller undoes
    /// the count on success.
    #[inline]
    pub fn enter_native(&mut self, context: &str, limit: usize) -> PyResult<()> {
        if self.native_nesting >= limit {
            return Err(self.new_error(
                "RecursionError",
                format!("maximum recursion depth exceeded{context}"),
            ));
        }
        self.native_nesting += 1;
        Ok(())
    }

    fn compare_unguarded(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
        if let Some(r) = crate::types::fast_compare(self, op, a, b)? {
            return Ok(Value::bool(r));
        }
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let reflected = op.swapped();
        let b_first = !Rc::ptr_eq(&ta, &tb) && self.is_subclass(&tb, &ta);
        if b_first
            && let Some(r) = self.call_special(b, reflected.dunder(), vec![a.clone()])?
            && !r.is(&self.not_implemented)
        {
            return Ok(r);
        }
        if let Some(r) = self.call_special(a, op.dunder(), vec![b.clone()])?
            && !r.is(&self.not_implemented)
        {
            return Ok(r);
        }
        if !b_first
            && let Some(r) = self.call_special(b, reflected.dunder(), vec![a.clone()])?
            && !r.is(&self.not_implemented)
        {
            return Ok(r);
        }
        match op {
            CmpOp::Eq => Ok(Value::bool(a.is(b))),
            CmpOp::Ne => Ok(Value::bool(!a.is(b))),
            _ => Err(self.type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                self.type_name(a),
                self.type_name(b)
            ))),
        }
    }

    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some(r) = crate::object::dict::simple_eq(a, b) {
            return Ok(r);
        }
        let r = self.compare(CmpOp::Eq, a, b)?;
        self.truthy(&r)
    }

    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        if !matches!(v, Value::Obj(_)) {
            return self.hash_unguarded(v);
        }
        // Tuples and frozensets hash their items recursively; CPython puts
        // no bound on that but its C stack, so ours is far deeper than the
        // comparison bound (a hash level takes little stack).
        self.enter_native("", NATIVE_RECURSION_LIMIT * 50)?;
        let r = self.hash_unguarded(v);
        self.native_nesting -= 1;
        r
    }

    fn hash_unguarded(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::None => Ok(0xFCA86420),
            Value::Bool(b) => Ok(b.get() as i64),
            Value::Int(i) => Ok(pyint::hash_i64(*i)),
            Value::Float(f) => Ok(crate::types::float::hash_float(f.get())),
            Value::Obj(o) => {
                let heap = o.class().type_data().is_some_and(|t| t.heap);
                if (!heap
                    || lookup(o.class(), "__hash__")
                        .is_some_and(|h| matches!(h.payload(), Some(Payload::Native(_)))))
                    && let Some(h) = crate::types::builtin_hash(self, o)?
                {
                    return Ok(h);
                }
                match lookup(o.class(), "__hash__") {
                    Some(Value::None) => {
                        Err(self.type_error(format!("unhashable type: '{}'", self.type_name(v))))
                    }
                    Some(h) if !matches!(h.payload(), Some(Payload::Native(_))) => {
                        let r = self.call_unbound(&h, v, vec![v.clone()])?;
                        match r {
                            Value::Int(i) => Ok(if i == -1 { -2 } else { i }),
                            Value::Bool(b) => Ok(b.get() as i64),
                            Value::Obj(_) if pyint::as_big(&r).is_some() => {
                                Ok(pyint::hash_value(&r))
                            }
                            _ => Err(self.type_error("__hash__ method should return an integer")),
                        }
                    }
                    _ => {
                        if heap
                            && lookup(o.class(), "__eq__")
                                .is_some_and(|e| !matches!(e.payload(), Some(Payload::Native(_))))
                        {
                            return Err(self
                                .type_error(format!("unhashable type: '{}'", self.type_name(v))));
                        }
                        Ok((Rc::as_ptr(o) as *const u8 as usize >> 4) as i64)
                    }
                }
            }
        }
    }

    pub fn repr(&mut self, v: &Value) -> PyResult<Value> {
        let s = self.repr_string(v)?;
        Ok(self.new_string(s))
    }

    pub fn repr_string(&mut self, v: &Value) -> PyResult<String> {
        if let Some(s) = crate::types::builtin_repr(self, v)? {
            return Ok(s);
        }
        let r = self.call_special(v, "__repr__", vec![])?;
        match r {
            Some(r) => match r.str_value() {
                Some(s) => Ok(s.to_string()),
                None => Err(self.type_error(format!(
                    "__repr__ returned non-string (type {})",
                    self.type_name(&r)
                ))),
            },
            None => Ok(crate::types::object::default_repr(self, v)),
        }
    }

    pub fn str_string(&mut self, v: &Value) -> PyResult<String> {
        // Inline values are exact ints, floats, bools and None, whose str
        // is their repr.
        match v {
            Value::Int(i) => return Ok(i.to_string()),
            Value::Float(f) => return Ok(crate::types::float::float_repr(f.get())),
            Value::Bool(b) => return Ok(if b.get() { "True" } else { "False" }.to_string()),
            Value::None => return Ok("None".to_string()),
            Value::Obj(_) => {}
        }
        if let Value::Obj(o) = v
            && let Payload::Str(s) = &o.payload
            && (Rc::ptr_eq(o.class(), &self.types.str)
                || self
                    .lookup_special(v, "__str__")
                    .is_none_or(|m| matches!(m.payload(), Some(Payload::Native(_)))))
        {
            return Ok(s.as_str().to_string());
        }
        let m = self.lookup_special(v, "__str__");
        match m {
            Some(m) if !matches!(m.payload(), Some(Payload::Native(_))) => {
                let r = self.call_unbound(&m, v, vec![v.clone()])?;
                match r.str_value() {
                    Some(s) => Ok(s.to_string()),
                    None => Err(self.type_error(format!(
                        "__str__ returned non-string (type {})",
                        self.type_name(&r)
                    ))),
                }
            }
            _ => {
                if let Value::Obj(o) = v
                    && let Payload::Exception(_) = &o.payload
                {
                    return crate::types::exceptions::exc_str(self, o);
                }
                self.repr_string(v)
            }
        }
    }

    pub fn to_str(&mut self, v: &Value) -> PyResult<Value> {
        if v.as_str().is_some() && self.builtin_kind(v).is_some() {
            return Ok(v.clone());
        }
        let s = self.str_string(v)?;
        Ok(self.new_string(s))
    }

    /// `operator.index(v)` as an i64.
    /// An index as CPython's clamping conversions take it (slice bounds
    /// and steps, `round`'s digits): ints past the i64 range become its
    /// ends instead of an error.
    pub fn index_clamped(&mut self, v: &Value) -> PyResult<i64> {
        let b = match v {
            Value::Int(i) => return Ok(*i),
            Value::Bool(b) => return Ok(b.get() as i64),
            _ => match pyint::as_big(v) {
                Some(b) => b,
                None => match self.call_special(v, "__index__", vec![])? {
                    Some(r) if pyint::is_int(&r) => return self.index_clamped(&r),
                    _ => return self.index_value(v),
                },
            },
        };
        Ok(
            pyint::big_to_i64(&b).unwrap_or(if b.sign() == malachite_bigint::Sign::Minus {
                i64::MIN
            } else {
                i64::MAX
            }),
        )
    }

    pub fn index_value(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(b.get() as i64),
            _ => {
                if let Some(b) = pyint::as_big(v) {
                    return pyint::big_to_i64(&b).ok_or_else(|| {
                        self.new_error(
                            "IndexError",
                            "cannot fit 'int' into an index-sized integer".to_string(),
                        )
                    });
                }
                if let Some(r) = self.call_special(v, "__index__", vec![])? {
                    if !pyint::is_int(&r) {
                        return Err(self.type_error(format!(
                            "__index__ returned non-int (type {})",
                            self.type_name(&r)
                        )));
                    }
                    return self.index_value(&r);
                }
                Err(self.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    self.type_name(v)
                )))
            }
        }
    }

    /// The iterator a built-in container's own `__iter__` makes, from its
    /// data alone (no override is consulted). None for other objects.
    pub fn builtin_iter_state(&self, v: &Value) -> Option<(&'static str, IterState)> {
        match v.payload() {
            Some(Payload::Deque(d)) => Some((
                "_deque_iterator",
                IterState::Deque {
                    deque: v.clone(),
                    index: 0,
                    mutations: d.mutations.get(),
                    reverse: false,
                },
            )),
            Some(Payload::List(_))
            | Some(Payload::Tuple(_))
            | Some(Payload::Bytes(_))
            | Some(Payload::ByteArray(_)) => {
                let name = match v.payload() {
                    Some(Payload::List(_)) => "list_iterator",
                    Some(Payload::Tuple(_)) => "tuple_iterator",
                    _ => "bytes_iterator",
                };
                Some((
                    name,
                    IterState::Seq {
                        seq: v.clone(),
                        index: 0,
                    },
                ))
            }
            Some(Payload::Range(r)) => Some((
                "range_iterator",
                IterState::Range {
                    next: r.start,
                    stop: r.stop,
                    step: r.step,
                },
            )),
            Some(Payload::Str(s)) => Some((
                if s.is_ascii() {
                    "str_ascii_iterator"
                } else {
                    "str_iterator"
                },
                IterState::Str {
                    s: v.clone(),
                    byte_pos: 0,
                },
            )),
            Some(Payload::Dict(d)) => {
                let size = d.borrow().len();
                Some((
                    "dict_keyiterator",
                    IterState::DictKeys {
                        dict: v
                            .as_obj()
                            .cloned()
                            .unwrap_or_else(|| self.types.object.clone()),
                        index: 0,
                        size,
                        which: 0,
                    },
                ))
            }
            Some(Payload::DictView(d, which)) => {
                let size = d.dict_data().map(|t| t.borrow().len()).unwrap_or(0);
                let name = [
                    "dict_keyiterator",
                    "dict_valueiterator",
                    "dict_itemiterator",
                ][(*which as usize).min(2)];
                Some((
                    name,
                    IterState::DictKeys {
                        dict: d.clone(),
                        index: 0,
                        size,
                        which: *which,
                    },
                ))
            }
            Some(Payload::Set(s)) => {
                let size = s.borrow().len();
                Some((
                    "set_iterator",
                    IterState::Set {
                        set: v.clone(),
                        index: 0,
                        size,
                    },
                ))
            }
            Some(Payload::FrozenSet(s)) => {
                let size = s.len();
                Some((
                    "set_iterator",
                    IterState::Set {
                        set: v.clone(),
                        index: 0,
                        size,
                    },
                ))
            }
            _ => None,
        }
    }

    pub fn get_iter(&mut self, v: &Value) -> PyResult<Value> {
        // Lists, tuples and ranges of the built-in classes first: `for`
        // loops and comprehensions start most of their iterations here.
        if let Value::Obj(o) = v
            && let Payload::Type(t) = &o.class().payload
            && !t.heap
        {
            let made = match &o.payload {
                Payload::List(_) => Some((
                    0,
                    IterState::Seq {
                        seq: v.clone(),
                        index: 0,
                    },
                )),
                Payload::Tuple(_) => Some((
                    1,
                    IterState::Seq {
                        seq: v.clone(),
                        index: 0,
                    },
                )),
                Payload::Range(r) => Some((
                    2,
                    IterState::Range {
                        next: r.start,
                        stop: r.stop,
                        step: r.step,
                    },
                )),
                _ => None,
            };
            if let Some((which, st)) = made {
                return Ok(Value::Obj(PyObject::new(
                    self.types.seq_iterators[which].clone(),
                    None,
                    Payload::Iter(Box::new(RefCell::new(st))),
                )));
            }
        }
        // A subclass that overrides `__iter__` is asked; anything else
        // built-in iterates its data directly.
        let overridden = self.builtin_kind(v).is_none()
            && self
                .lookup_special(v, "__iter__")
                .is_some_and(|m| !matches!(m.payload(), Some(Payload::Native(_))));
        let state = match v.payload() {
            Some(Payload::Generator(g)) if g.kind != crate::object::GenKind::Generator => None,
            Some(Payload::Iter(_)) | Some(Payload::Generator(_))
                if self.builtin_kind(v).is_some() =>
            {
                return Ok(v.clone());
            }
            _ if overridden => None,
            _ => self.builtin_iter_state(v),
        };
        if let Some((name, st)) = state {
            let cls = self.types.iter_type(name);
            return Ok(Value::Obj(PyObject::new(
                cls,
                None,
                Payload::Iter(Box::new(RefCell::new(st))),
            )));
        }
        if let Some(it) = self.call_special(v, "__iter__", vec![])? {
            if self.lookup_special(&it, "__next__").is_none() {
                return Err(self.type_error(format!(
                    "iter() returned non-iterator of type '{}'",
                    self.type_name(&it)
                )));
            }
            return Ok(it);
        }
        if self.lookup_special(v, "__getitem__").is_some() {
            let cls = self.types.iter_type("iterator");
            return Ok(Value::Obj(PyObject::new(
                cls,
                None,
                Payload::Iter(Box::new(RefCell::new(IterState::Seq {
                    seq: v.clone(),
                    index: 0,
                }))),
            )));
        }
        Err(self.type_error(format!("'{}' object is not iterable", self.type_name(v))))
    }

    /// Advance an iterator: `Ok(None)` when exhausted.
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        if let Some(Payload::Iter(st)) = it.payload() {
            return crate::types::iter::iter_next(self, it, st);
        }
        if let Some(Payload::Generator(g)) = it.payload() {
            if g.kind != crate::object::GenKind::Generator {
                return Err(self.type_error(format!(
                    "'{}' object is not an iterator",
                    self.type_name(it)
                )));
            }
            return match self.gen_resume(it, Value::None, None)? {
                super::generator::Resumed::Yield(v) => Ok(Some(v)),
                super::generator::Resumed::Return(_) => Ok(None),
            };
        }
        match self.call_special(it, "__next__", vec![]) {
            Ok(Some(v)) => Ok(Some(v)),
            Ok(None) => Err(self.type_error(format!(
                "'{}' object is not an iterator",
                self.type_name(it)
            ))),
            Err(e) if self.err_is(&e, "StopIteration") => Ok(None),
            Err(e) => Err(e),
        }
    }

    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        if self.builtin_kind(container).is_some()
            && let Some(r) = crate::types::builtin_contains(self, container, item)?
        {
            return Ok(r);
        }
        if let Some(r) = self.call_special(container, "__contains__", vec![item.clone()])? {
            return self.truthy(&r);
        }
        let it = match self.get_iter(container) {
            Ok(it) => it,
            Err(e) if self.err_is(&e, "TypeError") => {
                return Err(self.type_error(format!(
                    "argument of type '{}' is not iterable",
                    self.type_name(container)
                )));
            }
            Err(e) => return Err(e),
        };
        while let Some(x) = self.next(&it)? {
            if x.is(item) || self.eq(&x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    pub fn getitem(&mut self, c: &Value, key: &Value) -> PyResult<Value> {
        if let Some(r) = crate::types::builtin_getitem(self, c, key)? {
            return Ok(r);
        }
        if let Some(r) = self.call_special(c, "__getitem__", vec![key.clone()])? {
            return Ok(r);
        }
        if let Value::Obj(o) = c
            && o.type_data().is_some()
        {
            if let Some(m) = crate::types::typeobj::lookup(o, "__class_getitem__") {
                // Always a class method of the subscripted class itself
                // (binding through the metaclass would pass `type`).
                let f = match m.payload() {
                    Some(Payload::ClassMethod(inner)) => inner.clone(),
                    _ => m,
                };
                return self.call(&f, vec![c.clone(), key.clone()]);
            }
            // `type[int]`: `type` itself is generic without a
            // `__class_getitem__`, as in CPython.
            if Rc::ptr_eq(o, &self.types.type_) {
                return crate::types::function::generic_alias(self, c, key);
            }
            return Err(self.type_error(format!(
                "type '{}' is not subscriptable",
                crate::types::typeobj::type_name(o)
            )));
        }
        Err(self.type_error(format!(
            "'{}' object is not subscriptable",
            self.type_name(c)
        )))
    }

    pub fn setitem(&mut self, c: &Value, key: &Value, v: Value) -> PyResult<()> {
        if crate::types::builtin_setitem(self, c, key, &v)? {
            return Ok(());
        }
        if self
            .call_special(c, "__setitem__", vec![key.clone(), v])?
            .is_some()
        {
            return Ok(());
        }
        Err(self.type_error(format!(
            "'{}' object does not support item assignment",
            self.type_name(c)
        )))
    }

    pub fn delitem(&mut self, c: &Value, key: &Value) -> PyResult<()> {
        if crate::types::builtin_delitem(self, c, key)? {
            return Ok(());
        }
        if self
            .call_special(c, "__delitem__", vec![key.clone()])?
            .is_some()
        {
            return Ok(());
        }
        Err(self.type_error(format!(
            "'{}' object doesn't support item deletion",
            self.type_name(c)
        )))
    }

    pub fn err_from(&self, e: PyErr) -> PyErr {
        e
    }
}

fn unreachable_not() -> (&'static str, &'static str) {
    ("__bool__", "not")
}

//! Raising and unwinding: finding a handler in the exception table, frame
//! by frame, and the context chaining that `raise` does on the way.

use super::frame::{Delivery, Frame};
use super::{PyErr, PyResult, Vm};
use crate::object::{ObjRef, Payload, Value};
use std::rc::Rc;

impl Vm {
    pub(crate) fn do_raise(&mut self, frame: &mut Frame, n: u32) -> PyResult<()> {
        match n {
            0 => match self.exc_info.clone() {
                Some(Value::Obj(o)) => Err(PyErr { exc: o }),
                _ => Err(self.runtime_error("No active exception to reraise")),
            },
            _ => {
                let cause = if n == 2 { Some(frame.pop()) } else { None };
                let exc = frame.pop();
                let exc = self.make_raisable(exc)?;
                if let Some(c) = cause {
                    let c = match c {
                        Value::None => Value::None,
                        other => Value::Obj(self.make_raisable(other).map_err(|_| {
                            self.type_error("exception causes must derive from BaseException")
                        })?),
                    };
                    if let Some(d) = self.exc_data(&exc) {
                        *d.cause.borrow_mut() = c;
                        d.suppress_context.set(true);
                    }
                }
                Err(PyErr { exc })
            }
        }
    }

    /// Find a handler for `err` in this frame or the frames below, down to
    /// `base`; on success the current frame is the handler's.
    pub(crate) fn unwind(
        &mut self,
        frame: &mut Box<Frame>,
        err: PyErr,
        base: usize,
        mut reraise: bool,
    ) -> PyResult<()> {
        let mut err = err;
        loop {
            if !reraise {
                self.attach_context(&err.exc);
                let line = frame.line();
                let code = frame.code.code.clone();
                self.add_traceback(&err.exc, &code, line, frame.ip.saturating_sub(1) as u32);
            }
            let ip = frame.ip.saturating_sub(1) as u32;
            if let Some(h) = frame.code.code.find_handler(ip) {
                frame.stack.truncate(h.depth as usize);
                frame.push(Value::Obj(err.exc));
                frame.ip = h.target as usize;
                return Ok(());
            }
            err = self
                .finish_generator_frame(frame, Some(err))
                .unwrap_or_else(|| self.runtime_error("lost exception"));
            if self.frames.len() == base {
                return Err(err);
            }
            let mut finished = std::mem::replace(frame, self.pop_frame());
            match finished.delivery {
                Delivery::Asend(_) => err = self.asend_raised(frame.top(), err),
                Delivery::InlineAwait { .. } => {
                    self.exc_info = finished.outer_exc.take().map(Value::Obj);
                    err = self.pep479(crate::object::GenKind::Coroutine, err);
                }
                _ => {}
            }
            self.recycle_frame(finished);
            reraise = false;
        }
    }

    pub(crate) fn attach_context(&self, exc: &ObjRef) {
        let Some(Value::Obj(handled)) = &self.exc_info else {
            return;
        };
        if Rc::ptr_eq(handled, exc) {
            return;
        }
        if let Some(d) = self.exc_data(exc)
            && d.context.borrow().is_none()
        {
            // Avoid a cycle: cut `handled`'s chain where it reaches `exc`.
            let mut cur = Value::Obj(handled.clone());
            while let Value::Obj(c) = cur.clone() {
                let next = match self.exc_data(&c) {
                    Some(cd) => cd.context.borrow().clone(),
                    None => Value::None,
                };
                if let Value::Obj(n) = &next
                    && Rc::ptr_eq(n, exc)
                {
                    if let Some(cd) = self.exc_data(&c) {
                        *cd.context.borrow_mut() = Value::None;
                    }
                    break;
                }
                cur = next;
            }
            *d.context.borrow_mut() = Value::Obj(handled.clone());
        }
    }

    pub fn exception_matches(&mut self, exc: &Value, ty: &Value) -> PyResult<bool> {
        match ty {
            Value::Obj(o) if o.type_data().is_some() => {
                if !self.is_subclass(o, &self.types.base_exception) {
                    return Err(self.type_error(
                        "catching classes that do not inherit from BaseException is not allowed",
                    ));
                }
                Ok(self.isinstance(exc, o))
            }
            Value::Obj(o) => match &o.payload {
                Payload::Tuple(items) => {
                    for it in items.iter() {
                        if self.exception_matches(exc, it)? {
                            return Ok(true);
                        }
                    }
                    Ok(false)
                }
                _ => Err(self.type_error(
                    "catching classes that do not inherit from BaseException is not allowed",
                )),
            },
            _ => Err(self.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    }
}

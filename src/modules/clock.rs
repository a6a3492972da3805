//! `time`: the clocks and `sleep` natively (asyncio reads them on every
//! loop turn); the calendar side (`struct_time`, `gmtime`, `localtime`,
//! `strftime`, ...) is Python in `py/_timefmt.py`, loaded on first use
//! through the module's `__getattr__`.

use crate::native;
use crate::object::{Dict, Value};
use crate::types::float::as_f64;
use crate::vm::native::{Args, NativeFunc};
use crate::vm::{PyResult, Vm};

#[repr(C)]
struct Timespec {
    tv_sec: i64,
    tv_nsec: i64,
}

/// glibc's `struct tm` on 64-bit Linux.
#[repr(C)]
struct Tm {
    tm_sec: i32,
    tm_min: i32,
    tm_hour: i32,
    tm_mday: i32,
    tm_mon: i32,
    tm_year: i32,
    tm_wday: i32,
    tm_yday: i32,
    tm_isdst: i32,
    tm_gmtoff: i64,
    tm_zone: *const std::ffi::c_char,
}

unsafe extern "C" {
    fn clock_gettime(clock: i32, ts: *mut Timespec) -> i32;
    fn localtime_r(t: *const i64, out: *mut Tm) -> *mut Tm;
}

const CLOCK_PROCESS_CPUTIME_ID: i32 = 2;
const CLOCK_THREAD_CPUTIME_ID: i32 = 3;

/// Nanoseconds of a CPU-time clock.
fn cpu_clock_ns(clock: i32) -> i64 {
    let mut ts = Timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a live, properly aligned timespec that the call
    // fills in; the clock id is one Linux defines. On failure the zeroed
    // value stands. Exercised by tests/programs/modules/time_module.py
    // (process_time, thread_time).
    let rc = unsafe { clock_gettime(clock, &mut ts) };
    if rc != 0 {
        return 0;
    }
    ts.tv_sec * 1_000_000_000 + ts.tv_nsec
}

/// `_local_offset(seconds)`: (UTC offset in seconds, isdst, zone name) of
/// local time at that instant, from the C library's `localtime_r`.
fn local_offset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "_local_offset", 1, 1)?;
    let secs = match &args.args[0] {
        Value::Int(i) => *i,
        v => as_f64(v).unwrap_or(0.0).floor() as i64,
    };
    let mut tm = Tm {
        tm_sec: 0,
        tm_min: 0,
        tm_hour: 0,
        tm_mday: 0,
        tm_mon: 0,
        tm_year: 0,
        tm_wday: 0,
        tm_yday: 0,
        tm_isdst: 0,
        tm_gmtoff: 0,
        tm_zone: std::ptr::null(),
    };
    // SAFETY: both pointers point at live locals of the right C layout
    // (glibc's struct tm on 64-bit Linux); localtime_r is the reentrant
    // form and writes only into `tm`. tm_zone, when set, points at static
    // storage in the C library, read at once below. Exercised by
    // tests/programs/modules/time_module.py (localtime, mktime).
    let ok = unsafe { !localtime_r(&secs, &mut tm).is_null() };
    if !ok {
        return Err(vm.overflow_error("timestamp out of range for platform time_t"));
    }
    let zone = if tm.tm_zone.is_null() {
        String::from("UTC")
    } else {
        // SAFETY: a non-null tm_zone is a NUL-terminated C string owned by
        // the C library, valid until the next localtime call.
        unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) }
            .to_string_lossy()
            .into_owned()
    };
    Ok(vm.new_tuple(vec![
        Value::Int(tm.tm_gmtoff),
        Value::Int(tm.tm_isdst as i64),
        vm.new_string(zone),
    ]))
}

fn start() -> std::time::Instant {
    thread_local! {
        static START: std::time::Instant = std::time::Instant::now();
    }
    START.with(|s| *s)
}

fn monotonic_ns_value() -> i64 {
    start().elapsed().as_nanos() as i64 + 1_000_000_000_000
}

pub fn monotonic(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::float(monotonic_ns_value() as f64 * 1e-9))
}

fn monotonic_ns(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(monotonic_ns_value()))
}

fn since_epoch() -> std::time::Duration {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default()
}

fn time_time(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::float(since_epoch().as_secs_f64()))
}

fn time_ns(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(since_epoch().as_nanos() as i64))
}

fn process_time(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::float(
        cpu_clock_ns(CLOCK_PROCESS_CPUTIME_ID) as f64 * 1e-9,
    ))
}

fn process_time_ns(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(cpu_clock_ns(CLOCK_PROCESS_CPUTIME_ID)))
}

fn thread_time(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::float(
        cpu_clock_ns(CLOCK_THREAD_CPUTIME_ID) as f64 * 1e-9,
    ))
}

fn thread_time_ns(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(cpu_clock_ns(CLOCK_THREAD_CPUTIME_ID)))
}

fn sleep(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "sleep", 1, 1)?;
    let v = &args.args[0];
    let s = match v {
        Value::Int(i) => *i as f64,
        _ => match as_f64(v) {
            Some(f) => f,
            None if crate::types::int::is_int(v) => {
                return Err(vm.overflow_error("sleep length is too large"));
            }
            None => {
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(v)
                )));
            }
        },
    };
    if s.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    if s < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    let _ = vm.flush_stdout();
    std::thread::sleep(std::time::Duration::from_secs_f64(s.min(1e9)));
    Ok(Value::None)
}

/// Names the Python half (`_timefmt`) provides.
fn time_getattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = args
        .args
        .first()
        .and_then(|n| n.str_value())
        .unwrap_or("")
        .to_string();
    let globals = vm.new_dict_obj(Dict::new());
    let fmt = super::import_name(vm, "_timefmt", &Value::None, &Value::Int(0), &globals)?;
    match vm.getattr_opt(&fmt, &name)? {
        Some(v) if !name.starts_with('_') => Ok(v),
        _ => Err(vm.attribute_error(format!("module 'time' has no attribute '{name}'"))),
    }
}

static TIME: &[NativeFunc] = &[
    native!(
        "monotonic",
        monotonic,
        "Return a clock value that never goes backwards, in seconds.",
        noargs
    ),
    native!(
        "monotonic_ns",
        monotonic_ns,
        "Return the monotonic clock, in nanoseconds.",
        noargs
    ),
    native!(
        "perf_counter",
        monotonic,
        "Return a high-resolution clock value, in seconds.",
        noargs
    ),
    native!(
        "perf_counter_ns",
        monotonic_ns,
        "Return a high-resolution clock value, in nanoseconds.",
        noargs
    ),
    native!(
        "time",
        time_time,
        "Return the current time in seconds since the Epoch.",
        noargs
    ),
    native!(
        "time_ns",
        time_ns,
        "Return the current time in nanoseconds since the Epoch.",
        noargs
    ),
    native!(
        "process_time",
        process_time,
        "Return the CPU time of the process (user plus system), in seconds.",
        noargs
    ),
    native!(
        "process_time_ns",
        process_time_ns,
        "Return the CPU time of the process, in nanoseconds.",
        noargs
    ),
    native!(
        "thread_time",
        thread_time,
        "Return the CPU time of the current thread, in seconds.",
        noargs
    ),
    native!(
        "thread_time_ns",
        thread_time_ns,
        "Return the CPU time of the current thread, in nanoseconds.",
        noargs
    ),
    native!(
        "sleep",
        sleep,
        "Suspend execution for the given number of seconds."
    ),
    native!(
        "_local_offset",
        local_offset,
        "Return (UTC offset, isdst, zone name) of local time at a timestamp."
    ),
    native!(
        "__getattr__",
        time_getattr,
        "Load the calendar functions on first use."
    ),
];

pub fn module(vm: &mut Vm) -> crate::object::ObjRef {
    super::native_module(vm, "time", TIME)
}

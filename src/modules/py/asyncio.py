"""asyncio for Anext: event loop, futures, tasks and the common
primitives, with CPython's scheduling order (FIFO ready queue, callbacks
scheduled with call_soon, timers on a monotonic clock).

Future and Task are native (the `_asyncio` module), and so is running the
loop's ready queue (`_run_ready`); the loop around it, the timers and the
primitives above futures are Python.
"""

from _anext_helpers import GenericAlias as _GenericAlias
import sys as _sys
import time as _time
import heapq as _heapq
import contextvars as _contextvars
from types import coroutine as _types_coroutine
from collections import deque as _deque
from _asyncio import Future, Task, Handle, TimerHandle, _run_ready, _current_task, _live_tasks, _set_helpers
from _asyncio import _due_timers, _next_timer, _drop_timer


from weakref import WeakSet as _WeakSet

_FINISHED = "FINISHED"
FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED = "FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED"


class CancelledError(BaseException):
    """The operation was cancelled."""


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""


TimeoutError = TimeoutError


class QueueEmpty(Exception):
    """Raised by get_nowait() on an empty queue."""


class QueueFull(Exception):
    """Raised by put_nowait() on a full queue."""


class QueueShutDown(Exception):
    """Raised on a queue that has been shut down."""


_running_loop = None
_event_loop = None


def _handle_repr(handle):
    info = [type(handle).__name__]
    if handle._cancelled:
        info.append("cancelled")
    if handle._when is not None:
        info.append(f"when={handle._when}")
    if handle._callback is not None:
        info.append(_format_callback(handle._callback, handle._args))
    return f"<{' '.join(info)}>"


def _handle_error(handle, exc):
    """A handle's callback raised: the loop's exception handler hears of it."""
    get_event_loop_policy_loop().call_exception_handler({
        "message": f"Exception in callback {_format_callback(handle._callback, handle._args)}",
        "exception": exc,
        "handle": handle,
    })


def _callback_source(func):
    """Where a plain function (or the function under a partial) is defined."""
    while True:
        wrapped = getattr(func, "__wrapped__", None)
        if wrapped is None:
            break
        func = wrapped
    code = getattr(func, "__code__", None)
    if code is not None and type(func).__name__ == "function":
        return f" at {code.co_filename}:{code.co_firstlineno}"
    inner = getattr(func, "func", None)
    if inner is not None and type(func).__name__ == "partial":
        return _callback_source(inner)
    return ""


def _format_call(func, args, keywords=None, suffix=""):
    if type(func).__name__ == "partial":
        suffix = _format_arguments(args, keywords) + suffix
        return _format_call(func.func, func.args, func.keywords, suffix)
    name = getattr(func, "__qualname__", None) or getattr(func, "__name__", None) or repr(func)
    return name + _format_arguments(args, keywords) + suffix


def _format_arguments(args, keywords):
    # Arguments are shown only in debug mode, which Anext does not have.
    return "()"


def _format_callback(func, args):
    """CPython's rendering of a callback in loop messages: name(args) at file:line."""
    return _format_call(func, args) + _callback_source(func)


def get_event_loop_policy_loop():
    return _running_loop or _event_loop


class AbstractEventLoop:
    pass


class BaseEventLoop(AbstractEventLoop):
    def __init__(self):
        self._ready = _deque()
        self._timers = []
        self._timer_seq = 0
        self._stopping = False
        self._closed = False
        self._running = False
        self._exception_handler = None
        self._task_factory = None
        # Weak, as in CPython: a dropped async generator reaches the
        # finalizer hook instead of living until shutdown.
        self._asyncgens = _WeakSet()
        self._asyncgens_shutdown_called = False

    def __repr__(self):
        return (f"<{type(self).__name__} running={self.is_running()} "
                f"closed={self.is_closed()} debug={self.get_debug()}>")

    def time(self):
        return _time.monotonic()

    def _check_closed(self):
        if self._closed:
            raise RuntimeError("Event loop is closed")

    def call_soon(self, callback, *args, context=None):
        if self._closed:
            self._check_closed()
        h = Handle(callback, args, self, context)
        self._ready.append(h)
        return h

    call_soon_threadsafe = call_soon

    def call_later(self, delay, callback, *args, context=None):
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        self._check_closed()
        h = TimerHandle(when, callback, args, self, context)
        self._timer_seq += 1
        _heapq.heappush(self._timers, (when, self._timer_seq, h))
        return h

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        factory = self._task_factory
        if factory is None:
            return Task(coro, loop=self, name=name, context=context)
        kwargs = {}
        if name is not None:
            kwargs["name"] = name
        if context is not None:
            kwargs["context"] = context
        task = factory(self, coro, **kwargs)
        if name is not None:
            task.set_name(name)
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError("task factory must be a callable or None")
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def close(self):
        if self._running:
            raise RuntimeError("Cannot close a running event loop")
        self._closed = True
        self._ready = _deque()
        self._timers = []

    def stop(self):
        self._stopping = True

    def get_debug(self):
        return False

    def set_debug(self, enabled):
        pass

    def set_exception_handler(self, handler):
        self._exception_handler = handler

    def get_exception_handler(self):
        return self._exception_handler

    def default_exception_handler(self, context):
        message = context.get("message") or "Unhandled exception in event loop"
        lines = [message]
        for key in sorted(context):
            if key in ("message", "exception"):
                continue
            lines.append(f"{key}: {context[key]!r}")
        exc = context.get("exception")
        if exc is not None:
            import traceback
            lines.append("".join(traceback.format_exception(exc)).rstrip("\n"))
        print("\n".join(lines), file=_sys.stderr)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            self.default_exception_handler(context)
        else:
            self._exception_handler(self, context)

    def _run_once(self):
        timers = self._timers
        if timers:
            _due_timers(timers, self._ready, self.time())
        if not self._ready:
            # Drop dead timers at the front, then sleep until the next.
            when = _next_timer(timers)
            if when is not None:
                delay = when - self.time()
                if delay > 0:
                    _time.sleep(delay)
                _due_timers(timers, self._ready, self.time())
            return
        # Run what is ready now; what these callbacks schedule waits for
        # the next round.
        _run_ready(self._ready)

    def _has_work(self):
        return bool(self._ready) or bool(self._timers)

    def run_forever(self):
        global _running_loop
        self._check_closed()
        if self._running:
            raise RuntimeError("This event loop is already running")
        if _running_loop is not None:
            raise RuntimeError("Cannot run the event loop while another loop is running")
        self._running = True
        _running_loop = self
        old_hooks = _sys.get_asyncgen_hooks()
        _sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook, finalizer=self._asyncgen_finalizer_hook)
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
                if not self._has_work():
                    break
        finally:
            self._stopping = False
            self._running = False
            _running_loop = None
            _sys.set_asyncgen_hooks(*old_hooks)

    def run_until_complete(self, future):
        if self._closed:
            raise _refusal("Event loop is closed", future)
        if self._running:
            raise _refusal("This event loop is already running", future)
        if _running_loop is not None:
            raise _refusal("Cannot run the event loop while another loop is running", future)
        new_task = not isfuture(future)
        future = ensure_future(future, loop=self)
        future.add_done_callback(_stop_loop)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                # The coroutine raised SystemExit or KeyboardInterrupt: the
                # caller cannot reach the task, so its exception counts as
                # retrieved.
                future.exception()
            raise
        finally:
            future.remove_done_callback(_stop_loop)
        if not future.done():
            raise RuntimeError("Event loop stopped before Future completed.")
        return future.result()

    def _asyncgen_firstiter_hook(self, agen):
        self._asyncgens.add(agen)

    def _asyncgen_finalizer_hook(self, agen):
        self._asyncgens.discard(agen)
        if not self.is_closed():
            self.call_soon(self.create_task, agen.aclose())

    async def shutdown_asyncgens(self):
        self._asyncgens_shutdown_called = True
        closing = [ag for ag in self._asyncgens if ag.ag_frame is not None]
        self._asyncgens.clear()
        if not closing:
            return
        results = await gather(*[ag.aclose() for ag in closing], return_exceptions=True)
        for result, agen in zip(results, closing):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    "message": f"an error occurred during closing of asynchronous generator {agen!r}",
                    "exception": result,
                    "asyncgen": agen,
                })

    async def shutdown_default_executor(self, timeout=None):
        pass

    def run_in_executor(self, executor, func, *args):
        """Anext has no threads: run func now, on the loop's thread, and
        return a future holding its result or exception."""
        fut = self.create_future()
        try:
            fut.set_result(func(*args))
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
        return fut

    def set_default_executor(self, executor):
        pass


def _refusal(message, arg):
    """A RuntimeError that keeps `arg` alive as long as itself: in CPython
    the traceback holds the refusing frame, so an unawaited coroutine
    argument is reported only once the exception is gone."""
    exc = RuntimeError(message)
    exc._anext_held = arg
    return exc


def _stop_loop(fut):
    fut.get_loop().stop()


_base_call_later = BaseEventLoop.call_later
_base_call_at = BaseEventLoop.call_at


class _UnixSelectorEventLoop(BaseEventLoop):
    pass


EventLoop = SelectorEventLoop = _UnixSelectorEventLoop


def new_event_loop():
    return _UnixSelectorEventLoop()


def get_running_loop():
    if _running_loop is None:
        raise RuntimeError("no running event loop")
    return _running_loop


def _get_running_loop():
    return _running_loop


# Whether set_event_loop was ever called (asyncio.run calls it): from then
# on, get_event_loop() with no loop set is an error, not a new loop.
_set_called = False


def get_event_loop():
    if _running_loop is not None:
        return _running_loop
    if _event_loop is None and not _set_called:
        import warnings
        warnings.warn("There is no current event loop", DeprecationWarning, stacklevel=2)
        set_event_loop(new_event_loop())
    if _event_loop is None:
        raise RuntimeError("There is no current event loop in thread 'MainThread'.")
    return _event_loop


def set_event_loop(loop):
    global _event_loop, _set_called
    _set_called = True
    _event_loop = loop


def isfuture(obj):
    return getattr(type(obj), "_asyncio_future_blocking", None) is not None


def _outcome_repr(fut):
    """' exception=...' or ' result=...' for a finished future, else ''."""
    if fut._state != _FINISHED:
        return ""
    if fut._exception is not None:
        return f" exception={fut._exception!r}"
    return f" result={fut._result!r}"


def _callbacks_repr(fut):
    callbacks = fut._callbacks
    return " " + _format_callbacks(callbacks) if callbacks else ""


def _future_repr(fut):
    state = fut._state.lower() + _outcome_repr(fut) + _callbacks_repr(fut)
    return f"<{type(fut).__name__} {state}>"


def _task_repr(task):
    extra = _outcome_repr(task)
    if task._fut_waiter is not None:
        extra += f" wait_for={task._fut_waiter!r}"
    extra += _callbacks_repr(task)
    return f"<Task {task._state.lower()} name='{task.get_name()}' coro={_format_coro(task._coro)}{extra}>"


def _report_dead(fut):
    """A future died: a task still pending, or an exception nobody looked at."""
    if isinstance(fut, Task) and not fut.done():
        fut._loop.call_exception_handler({
            "task": fut,
            "message": "Task was destroyed but it is pending!",
        })
        return
    fut._loop.call_exception_handler({
        "message": f"{type(fut).__name__} exception was never retrieved",
        "exception": fut._exception,
        "future": fut,
    })


def _callback_error(callback, args, exc):
    """A callback run from the ready queue raised."""
    get_event_loop_policy_loop().call_exception_handler({
        "message": f"Exception in callback {_format_callback(callback, args)}",
        "exception": exc,
        "handle": Handle(callback, args, get_event_loop_policy_loop()),
    })


def _format_callbacks(callbacks):
    def one(fn):
        # A task's wake-up is C code in CPython, shown by its C name.
        if getattr(fn, "__name__", None) == "_wakeup" and isinstance(getattr(fn, "__self__", None), Task):
            return "Task.task_wakeup()"
        return _format_callback(fn, ())
    n = len(callbacks)
    if n == 1:
        text = one(callbacks[0][0])
    elif n == 2:
        text = f"{one(callbacks[0][0])}, {one(callbacks[1][0])}"
    else:
        text = f"{one(callbacks[0][0])}, <{n - 2} more>, {one(callbacks[-1][0])}"
    return f"cb=[{text}]"


def _format_coro(coro):
    """CPython's rendering of a task's coroutine: where it is suspended,
    or where it was defined once it has finished."""
    name = getattr(coro, "__qualname__", None) or getattr(coro, "__name__", None) or type(coro).__name__
    code = getattr(coro, "cr_code", None) or getattr(coro, "gi_code", None)
    frame = getattr(coro, "cr_frame", None) if hasattr(coro, "cr_frame") else getattr(coro, "gi_frame", None)
    if code is None:
        return f"<{name}() running>" if frame is not None else f"<{name}()>"
    if frame is not None:
        return f"<{name}() running at {code.co_filename}:{frame.f_lineno}>"
    return f"<{name}() done, defined at {code.co_filename}:{code.co_firstlineno}>"


def _first_context_var():
    # The first ContextVar was just made: the running task gets the
    # context of its own that it has done without so far.
    if _running_loop is None:
        return
    task = _current_task(_running_loop)
    if task is not None and task._context is None:
        task._context = _contextvars._current = _contextvars.Context()


_contextvars._on_first_var = _first_context_var


def current_task(loop=None):
    if loop is None:
        loop = get_running_loop()
    return _current_task(loop)


def all_tasks(loop=None):
    if loop is None:
        loop = get_running_loop()
    return {t for t in _live_tasks() if t._loop is loop and not t.done()}


def _is_generator_coroutine(obj):
    # A generator from a @types.coroutine function (CO_ITERABLE_COROUTINE).
    code = getattr(obj, "gi_code", None)
    return type(obj).__name__ == "generator" and code is not None and bool(code.co_flags & 0x100)


def ensure_future(coro_or_future, *, loop=None):
    if isfuture(coro_or_future):
        return coro_or_future
    if loop is None:
        loop = get_event_loop()
    if type(coro_or_future).__name__ == "coroutine":
        return loop.create_task(coro_or_future)
    if hasattr(coro_or_future, "__await__") or _is_generator_coroutine(coro_or_future):
        async def _wrap():
            return await coro_or_future
        return loop.create_task(_wrap())
    raise TypeError("An asyncio.Future, a coroutine or an awaitable is required")


def create_task(coro, *, name=None, context=None):
    loop = get_running_loop()
    return loop.create_task(coro, name=name, context=context)


@_types_coroutine
def _sleep0():
    """Yield to the event loop once (what sleep(0) awaits)."""
    yield


def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


async def sleep(delay, result=None):
    if delay <= 0:
        await _sleep0()
        return result
    loop = get_running_loop()
    future = loop.create_future()
    if (result is None and type(loop).call_later is _base_call_later
            and type(loop).call_at is _base_call_at):
        # The timer resolves the future itself: no TimerHandle, no
        # argument tuple (see modules/asyncio/timers.rs).
        loop._timer_seq += 1
        _heapq.heappush(loop._timers, (loop.time() + delay, loop._timer_seq, future))
        try:
            return await future
        finally:
            if not future.done():
                _drop_timer(future)
    h = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        h.cancel()


def run(main, *, debug=None, loop_factory=None):
    if _running_loop is not None:
        # CPython's traceback makes a cycle that keeps `main` until the
        # collector (or shutdown) frees it.
        exc = _refusal("asyncio.run() cannot be called from a running event loop", main)
        exc._anext_held = (main, exc)
        raise exc
    if type(main).__name__ != "coroutine":
        raise ValueError(f"a coroutine was expected, got {main!r}")
    if loop_factory is None:
        loop = new_event_loop()
        set_event_loop(loop)
    else:
        loop = loop_factory()
    try:
        task = loop.create_task(main)
        try:
            return loop.run_until_complete(task)
        except CancelledError:
            raise
    finally:
        try:
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
        finally:
            if loop_factory is None:
                set_event_loop(None)
            loop.close()


def _cancel_all_tasks(loop):
    to_cancel = [t for t in _live_tasks() if t._loop is loop and not t.done()]
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                "message": "unhandled exception during asyncio.run() shutdown",
                "exception": task.exception(),
                "task": task,
            })


class _GatheringFuture(Future):
    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    loop = _running_loop or get_event_loop()
    if not coros_or_futures:
        outer = loop.create_future()
        outer.set_result([])
        return outer
    children = []
    arg_to_fut = {}
    for arg in coros_or_futures:
        key = id(arg)
        if key in arg_to_fut:
            fut = arg_to_fut[key]
        else:
            fut = ensure_future(arg, loop=loop)
            arg_to_fut[key] = fut
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    nfuts = len(set(id(c) for c in children))
    state = {"done": 0}

    def _done_callback(fut):
        state["done"] += 1
        if outer.done():
            if not fut.cancelled():
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if state["done"] == nfuts:
            results = []
            for f in children:
                if f.cancelled():
                    res = f._make_cancelled_error()
                else:
                    res = f.exception()
                    if res is None:
                        res = f.result()
                results.append(res)
            if outer._cancel_requested:
                outer.set_exception(CancelledError())
            else:
                outer.set_result(results)

    seen = set()
    for fut in children:
        if id(fut) in seen:
            continue
        seen.add(id(fut))
        fut.add_done_callback(_done_callback)
    return outer


def shield(arg):
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = inner.get_loop()
    outer = loop.create_future()

    def _inner_done(inner):
        if outer.cancelled():
            return
        if inner.cancelled():
            outer.cancel()
        elif inner.exception() is not None:
            outer.set_exception(inner.exception())
        else:
            outer.set_result(inner.result())

    def _outer_done(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done)

    inner.add_done_callback(_inner_done)
    outer.add_done_callback(_outer_done)
    return outer


class Timeout:
    """Cancel the current task if the block runs past a deadline."""

    def __init__(self, when):
        self._when = when
        self._handle = None
        self._task = None
        self._expired = False
        self._state = "created"

    def __repr__(self):
        info = ""
        if self._state == "active":
            when = round(self._when, 3) if self._when is not None else None
            info = f" when={when}"
        return f"<Timeout [{self._state}]{info}>"

    def when(self):
        return self._when

    def reschedule(self, when):
        self._when = when
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        if when is not None and self._task is not None:
            loop = get_running_loop()
            if when <= loop.time():
                self._handle = loop.call_soon(self._on_timeout)
            else:
                self._handle = loop.call_at(when, self._on_timeout)

    def expired(self):
        return self._expired

    async def __aenter__(self):
        if self._state != "created":
            raise RuntimeError("Timeout has already been entered")
        self._task = current_task()
        if self._task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self._state = "active"
        self._cancelling = self._task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        if self._expired:
            self._state = "expired"
            if self._task.uncancel() <= self._cancelling and exc_type is CancelledError:
                raise TimeoutError from exc_val
        else:
            self._state = "finished"
        return None

    def _on_timeout(self):
        self._task.cancel()
        self._expired = True
        self._state = "expiring"
        self._handle = None


def timeout(delay):
    loop = get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    return Timeout(when)


async def wait_for(fut, timeout):
    if timeout is not None and timeout <= 0:
        fut = ensure_future(fut)
        if fut.done():
            return fut.result()
        fut.cancel()
        try:
            await fut
        except CancelledError:
            pass
        raise TimeoutError()
    async with Timeout(None if timeout is None else get_running_loop().time() + timeout):
        return await fut


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError("Set of Tasks/Futures is empty.")
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f"Invalid return_when value: {return_when}")
    fs = set(fs)
    if any(iscoroutine(f) for f in fs):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    fs = {ensure_future(f) for f in fs}
    loop = get_running_loop()
    waiter = loop.create_future()
    counter = [len(fs)]
    timer = None
    if timeout is not None:
        timer = loop.call_later(timeout, _set_result_unless_cancelled, waiter, None)

    def _on_done(f):
        counter[0] -= 1
        if (counter[0] <= 0 or return_when == FIRST_COMPLETED or
                (return_when == FIRST_EXCEPTION and not f.cancelled() and f.exception() is not None)):
            if timer is not None:
                timer.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_done)
    try:
        if not all(f.done() for f in fs) or return_when != ALL_COMPLETED:
            if not (return_when == FIRST_COMPLETED and any(f.done() for f in fs)):
                await waiter
    finally:
        if timer is not None:
            timer.cancel()
        for f in fs:
            f.remove_done_callback(_on_done)
    done = {f for f in fs if f.done()}
    pending = fs - done
    return done, pending


def as_completed(fs, *, timeout=None):
    loop = get_event_loop()
    todo = {ensure_future(f) for f in fs}
    results = []
    waiter_holder = []

    def _on_done(f):
        results.append(f)
        if waiter_holder and not waiter_holder[0].done():
            waiter_holder[0].set_result(None)

    for f in todo:
        f.add_done_callback(_on_done)
    timed_out = []

    def _on_timeout():
        timed_out.append(True)
        for f in todo:
            f.remove_done_callback(_on_done)
        if waiter_holder and not waiter_holder[0].done():
            waiter_holder[0].set_result(None)

    if timeout is not None:
        loop.call_later(timeout, _on_timeout)

    async def _wait_one():
        while not results and not timed_out:
            w = loop.create_future()
            waiter_holder[:] = [w]
            await w
        if not results:
            raise TimeoutError
        f = results.pop(0)
        return f.result()

    for _ in range(len(todo)):
        yield _wait_one()


def _default_repr(obj):
    return object.__repr__(obj)


class Event:
    __module__ = "asyncio.locks"

    def __repr__(self):
        extra = "set" if self._value else "unset"
        if self._waiters:
            extra = f"{extra}, waiters:{len(self._waiters)}"
        return f"<{_default_repr(self)[1:-1]} [{extra}]>"

    def __init__(self):
        self._waiters = []
        self._value = False

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Lock:
    __module__ = "asyncio.locks"

    def __repr__(self):
        extra = "locked" if self._locked else "unlocked"
        if self._waiters:
            extra = f"{extra}, waiters:{len(self._waiters)}"
        return f"<{_default_repr(self)[1:-1]} [{extra}]>"

    def __init__(self):
        self._waiters = []
        self._locked = False

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and not any(not w.cancelled() for w in self._waiters):
            self._locked = True
            return True
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
        finally:
            self._waiters.remove(fut)
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError("Lock is not acquired.")
        self._locked = False
        for fut in self._waiters:
            if not fut.done():
                fut.set_result(True)
                break

    async def __aenter__(self):
        await self.acquire()

    async def __aexit__(self, *exc):
        self.release()


class Semaphore:
    __module__ = "asyncio.locks"

    def __repr__(self):
        extra = "locked" if self.locked() else f"unlocked, value:{self._value}"
        if self._waiters:
            extra = f"{extra}, waiters:{len(self._waiters)}"
        return f"<{_default_repr(self)[1:-1]} [{extra}]>"

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._value = value
        self._waiters = []

    def locked(self):
        return self._value == 0

    async def acquire(self):
        while self._value <= 0:
            fut = get_running_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        self._value -= 1
        return True

    def release(self):
        self._value += 1
        for fut in self._waiters:
            if not fut.done():
                fut.set_result(True)
                break

    async def __aenter__(self):
        await self.acquire()

    async def __aexit__(self, *exc):
        self.release()


class BoundedSemaphore(Semaphore):
    __module__ = "asyncio.locks"
    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError("BoundedSemaphore released too many times")
        super().release()


class Condition:
    __module__ = "asyncio.locks"

    def __repr__(self):
        extra = "locked" if self.locked() else "unlocked"
        if self._waiters:
            extra = f"{extra}, waiters:{len(self._waiters)}"
        return f"<{_default_repr(self)[1:-1]} [{extra}]>"

    def __init__(self, lock=None):
        self._lock = lock or Lock()
        self._waiters = []
        self.locked = self._lock.locked
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    async def __aenter__(self):
        await self._lock.acquire()

    async def __aexit__(self, *exc):
        self._lock.release()

    async def wait(self):
        if not self.locked():
            raise RuntimeError("cannot wait on un-acquired lock")
        self._lock.release()
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
        finally:
            self._waiters.remove(fut)
            await self._lock.acquire()
        return True

    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError("cannot notify on un-acquired lock")
        count = 0
        for fut in self._waiters:
            if count >= n:
                break
            if not fut.done():
                count += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class BrokenBarrierError(RuntimeError):
    """A Barrier was reset or aborted while tasks waited on it."""


class Barrier:
    __module__ = "asyncio.locks"
    """Let `parties` tasks wait until all of them have arrived."""

    def __init__(self, parties):
        if parties < 1:
            raise ValueError("parties must be >= 1")
        self._cond = Condition()
        self._parties = parties
        self._state = "filling"
        self._count = 0

    def __repr__(self):
        res = super().__repr__()
        extra = f"{self._state}"
        if not self.broken:
            extra += f", waiters:{self.n_waiting}/{self.parties}"
        return f"<{res[1:-1]} [{extra}]>"

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *args):
        pass

    async def wait(self):
        """Wait for the other parties; return this task's arrival index."""
        async with self._cond:
            await self._cond.wait_for(lambda: self._state not in ("draining", "resetting"))
            if self._state == "broken":
                raise BrokenBarrierError("Barrier aborted")
            try:
                index = self._count
                self._count += 1
                if index + 1 == self._parties:
                    self._state = "draining"
                    self._cond.notify_all()
                else:
                    await self._cond.wait_for(lambda: self._state != "filling")
                    if self._state in ("broken", "resetting"):
                        raise BrokenBarrierError("Abort or reset of barrier")
                return index
            finally:
                self._count -= 1
                if self._count == 0:
                    if self._state in ("resetting", "draining"):
                        self._state = "filling"
                    self._cond.notify_all()

    async def reset(self):
        """Return to the empty state; waiting tasks get BrokenBarrierError."""
        async with self._cond:
            if self._count > 0:
                self._state = "resetting"
            else:
                self._state = "filling"
            self._cond.notify_all()

    async def abort(self):
        """Break the barrier: current and future waits raise BrokenBarrierError."""
        async with self._cond:
            self._state = "broken"
            self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count if self._state == "filling" else 0

    @property
    def broken(self):
        return self._state == "broken"


class _LoopBoundMixin:
    """Binds an object to the loop it is first used under (CPython's mixin)."""
    _loop = None

    def _get_loop(self):
        loop = _get_running_loop()
        if self._loop is None:
            self._loop = loop
        if loop is not self._loop:
            raise RuntimeError(f"{self!r} is bound to a different event loop")
        return loop


# The methods a queue's fast paths stand in for: a class that overrides
# none of them (Queue, LifoQueue, PriorityQueue) gets its puts and gets
# without a call per step; any other class takes CPython's path through
# each method. `_queue_store` says whether `_put`/`_get` are Queue's own
# deque operations, inlined too.
_QUEUE_STEPS = ("qsize", "full", "empty", "put_nowait", "get_nowait", "_wakeup_next")


class Queue(_LoopBoundMixin):
    __class_getitem__ = classmethod(_GenericAlias)
    __module__ = "asyncio.queues"
    _queue_fast = True
    _queue_store = True

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls._queue_fast = all(getattr(cls, n) is getattr(Queue, n) for n in _QUEUE_STEPS)
        cls._queue_store = cls._put is Queue._put and cls._get is Queue._get

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = _deque()
        self._putters = _deque()
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        self._init(maxsize)
        self._is_shutdown = False

    def _init(self, maxsize):
        self._queue = _deque()

    def _get(self):
        return self._queue.popleft()

    def _put(self, item):
        self._queue.append(item)

    def _wakeup_next(self, waiters):
        while waiters:
            waiter = waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                break

    def __repr__(self):
        return f"<{type(self).__name__} at {id(self):#x} {self._format()}>"

    def __str__(self):
        return f"<{type(self).__name__} {self._format()}>"

    def _format(self):
        result = f"maxsize={self._maxsize!r}"
        if getattr(self, "_queue", None):
            result += f" _queue={list(self._queue)!r}"
        if self._getters:
            result += f" _getters[{len(self._getters)}]"
        if self._putters:
            result += f" _putters[{len(self._putters)}]"
        if self._unfinished_tasks:
            result += f" tasks={self._unfinished_tasks}"
        if self._is_shutdown:
            result += " shutdown"
        return result

    def qsize(self):
        return len(self._queue)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._queue

    def full(self):
        if self._maxsize <= 0:
            return False
        else:
            return self.qsize() >= self._maxsize

    def _put_now(self, item):
        # put_nowait's work once it is known to succeed, for the fast paths.
        if self._queue_store:
            self._queue.append(item)
        else:
            self._put(item)
        self._unfinished_tasks += 1
        finished = self._finished
        if finished._value:
            finished.clear()
        if self._getters:
            self._wakeup_next(self._getters)

    def _get_now(self):
        # get_nowait's work on a queue known to be non-empty.
        item = self._queue.popleft() if self._queue_store else self._get()
        if self._putters:
            self._wakeup_next(self._putters)
        return item

    async def put(self, item):
        if self._queue_fast:
            maxsize = self._maxsize
            if (maxsize <= 0 or len(self._queue) < maxsize) and not self._is_shutdown:
                return self._put_now(item)
        while self.full():
            if self._is_shutdown:
                raise QueueShutDown
            putter = self._get_loop().create_future()
            self._putters.append(putter)
            try:
                await putter
            except:
                putter.cancel()
                try:
                    self._putters.remove(putter)
                except ValueError:
                    pass
                if not self.full() and not putter.cancelled():
                    self._wakeup_next(self._putters)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self._is_shutdown:
            raise QueueShutDown
        if self.full():
            raise QueueFull
        if self._queue_fast:
            return self._put_now(item)
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self):
        if self._queue_fast and self._queue:
            return self._get_now()
        while self.empty():
            if self._is_shutdown and self.empty():
                raise QueueShutDown
            getter = self._get_loop().create_future()
            self._getters.append(getter)
            try:
                await getter
            except:
                getter.cancel()
                try:
                    self._getters.remove(getter)
                except ValueError:
                    pass
                if not self.empty() and not getter.cancelled():
                    self._wakeup_next(self._getters)
                raise
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            if self._is_shutdown:
                raise QueueShutDown
            raise QueueEmpty
        if self._queue_fast:
            return self._get_now()
        item = self._get()
        self._wakeup_next(self._putters)
        return item

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError("task_done() called too many times")
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks > 0:
            await self._finished.wait()

    def shutdown(self, immediate=False):
        self._is_shutdown = True
        if immediate:
            while not self.empty():
                self._get()
                if self._unfinished_tasks > 0:
                    self._unfinished_tasks -= 1
            if self._unfinished_tasks == 0:
                self._finished.set()
        while self._getters:
            getter = self._getters.popleft()
            if not getter.done():
                getter.set_result(None)
        while self._putters:
            putter = self._putters.popleft()
            if not putter.done():
                putter.set_result(None)


class PriorityQueue(Queue):
    __module__ = "asyncio.queues"

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        _heapq.heappush(self._queue, item)

    def _get(self):
        return _heapq.heappop(self._queue)


class LifoQueue(Queue):
    __module__ = "asyncio.queues"

    def _init(self, maxsize):
        self._queue = []

    def _get(self):
        return self._queue.pop()


class TaskGroup:
    """Run tasks together: leaving the block waits for all of them; the
    first failure cancels the rest and the errors leave as an
    ExceptionGroup."""

    def __init__(self):
        self._tasks = []
        self._errors = []
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._parent_task = None
        self._parent_cancel_requested = False
        self._on_completed = None

    def __repr__(self):
        info = [""]
        if self._tasks:
            info.append(f"tasks={len(self._tasks)}")
        if self._errors:
            info.append(f"errors={len(self._errors)}")
        if self._aborting:
            info.append("cancelling")
        elif self._entered:
            info.append("entered")
        return f"<TaskGroup{' '.join(info)}>"

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has already been entered")
        self._parent_task = current_task()
        if self._parent_task is None:
            raise RuntimeError(f"TaskGroup {self!r} cannot determine the parent task")
        self._entered = True
        return self

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            coro.close()
            raise RuntimeError(f"TaskGroup {self!r} has not been entered")
        if self._exiting and not self._tasks:
            coro.close()
            raise RuntimeError(f"TaskGroup {self!r} is finished")
        if self._aborting:
            coro.close()
            raise RuntimeError(f"TaskGroup {self!r} is shutting down")
        task = get_running_loop().create_task(coro, name=name)
        if task.done():
            self._on_task_done(task)
        else:
            self._tasks.append(task)
            task.add_done_callback(self._on_task_done)
        return task

    def _abort(self):
        self._aborting = True
        for t in self._tasks:
            if not t.done():
                t.cancel()

    def _on_task_done(self, task):
        if task in self._tasks:
            self._tasks.remove(task)
        if self._on_completed is not None and not self._tasks:
            if not self._on_completed.done():
                self._on_completed.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if not self._aborting:
            self._abort()
            if self._parent_task is not None and not self._parent_task.done():
                self._parent_task.cancel()
                self._parent_cancel_requested = True

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        # A cancellation of the task running this block (arriving in the
        # body or while waiting here) goes on once the children are done.
        propagate_cancel = exc if et is not None and issubclass(et, CancelledError) else None
        if et is not None and propagate_cancel is None:
            self._errors.append(exc)
            if not self._aborting:
                self._abort()
        while self._tasks:
            self._on_completed = get_running_loop().create_future()
            try:
                await self._on_completed
            except CancelledError as e:
                if not self._aborting:
                    propagate_cancel = e
                    self._abort()
            self._on_completed = None
        if self._parent_cancel_requested:
            self._parent_task.uncancel()
        if self._errors:
            errors = [e for e in self._errors if not isinstance(e, CancelledError)]
            if errors:
                raise BaseExceptionGroup("unhandled errors in a TaskGroup", errors)
        if propagate_cancel is not None:
            raise propagate_cancel
        return None


class Runner:
    def __init__(self, *, debug=None, loop_factory=None):
        self._loop = None
        self._loop_factory = loop_factory

    def __enter__(self):
        if self._loop_factory is None:
            self._loop = new_event_loop()
            set_event_loop(self._loop)
        else:
            self._loop = self._loop_factory()
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        if self._loop is not None:
            try:
                _cancel_all_tasks(self._loop)
                self._loop.run_until_complete(self._loop.shutdown_asyncgens())
            finally:
                if self._loop_factory is None:
                    set_event_loop(None)
                self._loop.close()

    def get_loop(self):
        return self._loop

    def run(self, coro, *, context=None):
        return self._loop.run_until_complete(coro)


def iscoroutine(obj):
    return type(obj).__name__ == "coroutine"


def iscoroutinefunction(func):
    import inspect
    return inspect.iscoroutinefunction(func)


def to_thread(func, *args, **kwargs):
    async def _run():
        return func(*args, **kwargs)
    return _run()


for _name in ("open_connection", "start_server", "create_subprocess_exec", "create_subprocess_shell"):
    def _unsupported(*args, _name=_name, **kwargs):
        raise NotImplementedError(f"asyncio.{_name}() is not supported by Anext yet")
    globals()[_name] = _unsupported


# Where CPython defines each class: it shows in reprs and in the last line
# of a traceback ("asyncio.exceptions.CancelledError").
for _cls, _home in (
    (CancelledError, "asyncio.exceptions"),
    (InvalidStateError, "asyncio.exceptions"),
    (BrokenBarrierError, "asyncio.exceptions"),
    (QueueEmpty, "asyncio.queues"),
    (QueueFull, "asyncio.queues"),
    (QueueShutDown, "asyncio.queues"),
    (_GatheringFuture, "asyncio.tasks"),
    (TaskGroup, "asyncio.taskgroups"),
    (Timeout, "asyncio.timeouts"),
    (AbstractEventLoop, "asyncio.events"),
    (BaseEventLoop, "asyncio.base_events"),
    (_UnixSelectorEventLoop, "asyncio.unix_events"),
    (Runner, "asyncio.runners"),
):
    _cls.__module__ = _home
del _cls, _home


_set_helpers(
    cancelled_error=CancelledError,
    invalid_state_error=InvalidStateError,
    get_event_loop=get_event_loop,
    future_repr=_future_repr,
    task_repr=_task_repr,
    report_dead=_report_dead,
    callback_error=_callback_error,
    handle_error=_handle_error,
    handle_repr=_handle_repr,
    loop_class=_UnixSelectorEventLoop,
    contextvars=_contextvars,
    context_class=_contextvars.Context,
)

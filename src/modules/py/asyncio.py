"""A first asyncio for Anext: event loop, futures, tasks and the common
primitives, with CPython's scheduling order (FIFO ready queue, callbacks
scheduled with call_soon, timers on a monotonic clock).

Written in Python for now; the native loop of issue 5 replaces the core.
"""

import sys as _sys
import time as _time
import heapq as _heapq
import contextvars as _contextvars
from types import coroutine as _types_coroutine


async def _coroutine_example():
    pass


_example = _coroutine_example()
_CoroutineType = type(_example)
_example.close()
del _example, _coroutine_example
from weakref import WeakSet as _WeakSet, ref as _weakref_ref

_PENDING, _CANCELLED, _FINISHED = "PENDING", "CANCELLED", "FINISHED"
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
_current_tasks = {}
# id(task) -> weak reference: a pending task nobody holds can die (and
# report "Task was destroyed but it is pending!"), as in CPython.
_all_tasks = {}


class Handle:
    __slots__ = ("_callback", "_args", "_cancelled", "_when", "_context")

    def __init__(self, callback, args, when=None, context=None):
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._when = when
        self._context = context

    def cancel(self):
        self._cancelled = True

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            if self._context is None:
                self._callback(*self._args)
            else:
                self._context.run(self._callback, *self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            get_event_loop_policy_loop().call_exception_handler({
                "message": f"Exception in callback {_format_callback(self._callback, self._args)}",
                "exception": exc,
                "handle": self,
            })

    def __repr__(self):
        info = [type(self).__name__]
        if self._cancelled:
            info.append("cancelled")
        if self._when is not None:
            info.append(f"when={self._when}")
        if self._callback is not None:
            info.append(_format_callback(self._callback, self._args))
        return f"<{' '.join(info)}>"


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
    items = [_short_repr(a) for a in args or ()]
    items += [f"{k}={_short_repr(v)}" for k, v in (keywords or {}).items()]
    return "(" + ", ".join(items) + ")"


def _short_repr(value):
    text = repr(value)
    if len(text) > 30 and isinstance(value, str):
        return text[:13] + "..." + text[-14:]
    return text


def _format_callback(func, args):
    """CPython's rendering of a callback in loop messages: name(args) at file:line."""
    return _format_call(func, args) + _callback_source(func)


class TimerHandle(Handle):
    """A Handle for a callback scheduled at a time (call_later, call_at)."""

    __slots__ = ()

    def when(self):
        return self._when


def get_event_loop_policy_loop():
    return _running_loop or _event_loop


class AbstractEventLoop:
    pass


class BaseEventLoop(AbstractEventLoop):
    def __init__(self):
        self._ready = []
        self._timers = []
        self._timer_seq = 0
        self._stopping = False
        self._closed = False
        self._running = False
        self._exception_handler = None
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
        h = Handle(callback, args, None, context)
        self._ready.append(h)
        return h

    call_soon_threadsafe = call_soon

    def call_later(self, delay, callback, *args, context=None):
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        self._check_closed()
        h = TimerHandle(callback, args, when, context)
        self._timer_seq += 1
        _heapq.heappush(self._timers, (when, self._timer_seq, h))
        return h

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        return Task(coro, loop=self, name=name, context=context)

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def close(self):
        if self._running:
            raise RuntimeError("Cannot close a running event loop")
        self._closed = True
        self._ready = []
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
        now = self.time()
        timers = self._timers
        while timers and timers[0][0] <= now:
            when, seq, h = _heapq.heappop(timers)
            if not h._cancelled:
                self._ready.append(h)
        if not self._ready:
            # Drop cancelled timers at the front, then sleep until the next.
            while timers and timers[0][2]._cancelled:
                _heapq.heappop(timers)
            if timers:
                delay = timers[0][0] - self.time()
                if delay > 0:
                    _time.sleep(delay)
                now = self.time()
                while timers and timers[0][0] <= now:
                    when, seq, h = _heapq.heappop(timers)
                    if not h._cancelled:
                        self._ready.append(h)
            return
        # Run what is ready now; what these callbacks schedule goes into a
        # fresh list for the next round.
        # Handles leave the list as they run (it is reversed to pop from the
        # end), so a finished callback holds nothing alive.
        ready = self._ready
        self._ready = []
        ready.reverse()
        try:
            while ready:
                h = ready.pop()
                if not h._cancelled:
                    h._run()
        except BaseException:
            ready.reverse()
            self._ready = ready + self._ready
            raise

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
            raise RuntimeError("Event loop is closed")
        new_task = not isfuture(future)
        future = ensure_future(future, loop=self)
        future.add_done_callback(_stop_loop)
        try:
            self.run_forever()
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


def _stop_loop(fut):
    fut.get_loop().stop()


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


def get_event_loop():
    global _event_loop
    if _running_loop is not None:
        return _running_loop
    if _event_loop is None:
        _event_loop = new_event_loop()
    return _event_loop


def set_event_loop(loop):
    global _event_loop
    _event_loop = loop


def isfuture(obj):
    return getattr(type(obj), "_asyncio_future_blocking", None) is not None


class Future:
    """A result that will be available later."""

    _asyncio_future_blocking = False

    def __init__(self, *, loop=None):
        self._loop = loop if loop is not None else get_event_loop()
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []
        self._cancel_message = None

    # Set when an exception is stored, cleared when someone retrieves it.
    _log_traceback = False

    def __del__(self):
        # An exception nobody looked at is reported when the future dies.
        if not self._log_traceback:
            return
        self._loop.call_exception_handler({
            "message": f"{type(self).__name__} exception was never retrieved",
            "exception": self._exception,
            "future": self,
        })

    def get_loop(self):
        return self._loop

    def done(self):
        return self._state != _PENDING

    def cancelled(self):
        return self._state == _CANCELLED

    def _make_cancelled_error(self):
        if self._cancel_message is None:
            return CancelledError()
        return CancelledError(self._cancel_message)

    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError("Result is not set.")
        self._log_traceback = False
        if self._exception is not None:
            raise self._exception.with_traceback(self._exception.__traceback__)
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError("Exception is not set.")
        self._log_traceback = False
        return self._exception

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError("invalid state")
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError("invalid state")
        if isinstance(exception, type):
            exception = exception()
        if isinstance(exception, StopIteration):
            new = RuntimeError("StopIteration interacts badly with generators and cannot be raised into a Future")
            new.__cause__ = exception
            exception = new
        self._exception = exception
        self._state = _FINISHED
        self._log_traceback = True
        self._schedule_callbacks()

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self, context=context)
        else:
            self._callbacks.append((fn, context))

    def remove_done_callback(self, fn):
        before = len(self._callbacks)
        self._callbacks = [(f, c) for f, c in self._callbacks if f != fn]
        return before - len(self._callbacks)

    def _schedule_callbacks(self):
        callbacks = self._callbacks
        self._callbacks = []
        for fn, context in callbacks:
            self._loop.call_soon(fn, self, context=context)

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__

    def __repr__(self):
        state = self._state.lower()
        if self._state == _FINISHED:
            if self._exception is not None:
                state += f" exception={self._exception!r}"
            else:
                state += f" result={self._result!r}"
        if self._callbacks:
            state += " " + _format_callbacks(self._callbacks)
        return f"<{type(self).__name__} {state}>"


def _format_callbacks(callbacks):
    def one(fn):
        # A task's wake-up is C code in CPython, shown by its C name.
        if getattr(fn, "__func__", None) is Task._wakeup:
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


_task_counter = 0


class Task(Future):
    """A coroutine wrapped in a Future, stepped by the event loop."""

    def __init__(self, coro, *, loop=None, name=None, context=None, eager_start=False):
        global _task_counter
        # Future.__init__, inlined: tasks are made by the thousand.
        self._loop = loop if loop is not None else get_event_loop()
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []
        self._cancel_message = None
        if type(coro) is not _CoroutineType and not hasattr(coro, "send"):
            raise TypeError(f"a coroutine was expected, got {coro!r}")
        _task_counter += 1
        self._name = str(name) if name is not None else f"Task-{_task_counter}"
        self._coro = coro
        self._fut_waiter = None
        self._must_cancel = False
        self._num_cancels_requested = 0
        # Each step runs in this context (switched in `_step` itself,
        # cheaper than going through Context.run).
        if context is None:
            # Before any ContextVar exists, contexts are all empty: the
            # task's own is made when first needed (see `_step`).
            context = _contextvars._current.copy() if _contextvars._used else None
        self._context = context
        self._loop._ready.append(Handle(self._step, ()))
        _all_tasks[id(self)] = _weakref_ref(self)

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_coro(self):
        return self._coro

    def get_context(self):
        if self._context is None:
            self._context = _contextvars.Context()
        return self._context

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
            if self._num_cancels_requested == 0:
                self._must_cancel = False
        return self._num_cancels_requested

    def cancel(self, msg=None):
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg=msg):
                return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def set_result(self, result):
        raise RuntimeError("Task does not support set_result operation")

    def set_exception(self, exception):
        raise RuntimeError("Task does not support set_exception operation")

    def _step(self, exc=None):
        if self._state != _PENDING:
            raise InvalidStateError(f"_step(): already done: {self!r}, {exc!r}")
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        _current_tasks[self._loop] = self
        saved_context = _contextvars._current
        context = self._context
        if context is None and _contextvars._used:
            context = self._context = _contextvars.Context()
        if context is not None:
            _contextvars._current = context
        try:
            if exc is None:
                result = self._coro.send(None)
            else:
                result = self._coro.throw(exc)
        except StopIteration as e:
            if self._must_cancel:
                self._must_cancel = False
                Future.cancel(self, msg=self._cancel_message)
            else:
                Future.set_result(self, e.value)
        except CancelledError as e:
            self._cancel_message = e.args[0] if e.args else None
            Future.cancel(self, msg=self._cancel_message)
        except (KeyboardInterrupt, SystemExit) as e:
            Future.set_exception(self, e)
            raise
        except BaseException as e:
            # CPython's task step is C code: no frame of it in the traceback.
            if e.__traceback__ is not None:
                e.__traceback__ = e.__traceback__.tb_next
            Future.set_exception(self, e)
        else:
            blocking = getattr(result, "_asyncio_future_blocking", None)
            if blocking is not None:
                if result is self:
                    new_exc = RuntimeError(f"Task cannot await on itself: {self!r}")
                    self._loop.call_soon(self._step, new_exc)
                elif blocking:
                    result._asyncio_future_blocking = False
                    result.add_done_callback(self._wakeup)
                    self._fut_waiter = result
                    if self._must_cancel:
                        if self._fut_waiter.cancel(msg=self._cancel_message):
                            self._must_cancel = False
                else:
                    new_exc = RuntimeError(f"yield was used instead of yield from in task {self!r} with {result!r}")
                    self._loop.call_soon(self._step, new_exc)
            elif result is None:
                # A bare yield (sleep(0)): straight back on the ready queue
                # of our own loop; a loop class of the user's gets its
                # call_soon called.
                loop = self._loop
                if type(loop) is _UnixSelectorEventLoop and not loop._closed:
                    loop._ready.append(Handle(self._step, (), None, None))
                else:
                    loop.call_soon(self._step)
            else:
                new_exc = RuntimeError(f"Task got bad yield: {result!r}")
                self._loop.call_soon(self._step, new_exc)
        finally:
            _contextvars._current = saved_context
            _current_tasks.pop(self._loop, None)
            if self._state != _PENDING:
                _all_tasks.pop(id(self), None)

    def _wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self._step(exc)
        else:
            self._step()

    def __repr__(self):
        state = self._state.lower()
        extra = ""
        if self._state == _FINISHED:
            if self._exception is not None:
                extra = f" exception={self._exception!r}"
            else:
                extra = f" result={self._result!r}"
        if self._fut_waiter is not None:
            extra += f" wait_for={self._fut_waiter!r}"
        if self._callbacks:
            extra += " " + _format_callbacks(self._callbacks)
        return f"<Task {state} name='{self._name}' coro={_format_coro(self._coro)}{extra}>"

    def __del__(self):
        if self._state == _PENDING:
            self._loop.call_exception_handler({
                "task": self,
                "message": "Task was destroyed but it is pending!",
            })
        else:
            Future.__del__(self)


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
    task = _current_tasks.get(_running_loop)
    if task is not None and task._context is None:
        task._context = _contextvars._current = _contextvars.Context()


_contextvars._on_first_var = _first_context_var


def current_task(loop=None):
    if loop is None:
        loop = get_running_loop()
    return _current_tasks.get(loop)


def all_tasks(loop=None):
    if loop is None:
        loop = get_running_loop()
    return {t for t in _live_tasks() if t._loop is loop and not t.done()}


def _live_tasks():
    tasks = []
    for key, ref in list(_all_tasks.items()):
        t = ref()
        if t is None:
            del _all_tasks[key]
        else:
            tasks.append(t)
    return tasks


def ensure_future(coro_or_future, *, loop=None):
    if isfuture(coro_or_future):
        return coro_or_future
    if loop is None:
        loop = get_event_loop()
    if type(coro_or_future).__name__ == "coroutine":
        return loop.create_task(coro_or_future)
    if hasattr(coro_or_future, "__await__"):
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
    h = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        h.cancel()


def run(main, *, debug=None, loop_factory=None):
    if _running_loop is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    if type(main).__name__ != "coroutine":
        raise ValueError(f"a coroutine was expected, got {main!r}")
    loop = new_event_loop() if loop_factory is None else loop_factory()
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


class Queue:
    __module__ = "asyncio.queues"

    def __repr__(self):
        return f"<{type(self).__name__} at {id(self):#x} {self._format()}>"

    def __str__(self):
        return f"<{type(self).__name__} {self._format()}>"

    def _format(self):
        result = f"maxsize={self._maxsize!r}"
        if self._queue:
            result += f" _queue={list(self._queue)!r}"
        if self._getters:
            result += f" _getters[{len(self._getters)}]"
        if self._putters:
            result += f" _putters[{len(self._putters)}]"
        if self._unfinished_tasks:
            result += f" tasks={self._unfinished_tasks}"
        if self._shutdown:
            result += " shutdown"
        return result

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = []
        self._putters = []
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        self._shutdown = False
        self._init(maxsize)

    def _init(self, maxsize):
        self._queue = []

    def _get(self):
        return self._queue.pop(0)

    def _put(self, item):
        self._queue.append(item)

    @property
    def maxsize(self):
        return self._maxsize

    def qsize(self):
        return len(self._queue)

    def empty(self):
        return not self._queue

    def full(self):
        return 0 < self._maxsize <= self.qsize()

    def _wake_next(self, waiters):
        while waiters:
            w = waiters.pop(0)
            if not w.done():
                w.set_result(None)
                break

    async def put(self, item):
        while self.full():
            if self._shutdown:
                raise QueueShutDown
            putter = get_running_loop().create_future()
            self._putters.append(putter)
            try:
                await putter
            except BaseException:
                putter.cancel()
                if putter in self._putters:
                    self._putters.remove(putter)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self._shutdown:
            raise QueueShutDown
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wake_next(self._getters)

    async def get(self):
        while self.empty():
            if self._shutdown:
                raise QueueShutDown
            getter = get_running_loop().create_future()
            self._getters.append(getter)
            try:
                await getter
            except BaseException:
                getter.cancel()
                if getter in self._getters:
                    self._getters.remove(getter)
                raise
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            if self._shutdown:
                raise QueueShutDown
            raise QueueEmpty
        item = self._get()
        self._wake_next(self._putters)
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
        self._shutdown = True
        if immediate:
            while not self.empty():
                self._get()
                if self._unfinished_tasks > 0:
                    self._unfinished_tasks -= 1
            if self._unfinished_tasks == 0:
                self._finished.set()
        for w in self._getters + self._putters:
            if not w.done():
                w.set_result(None)


class PriorityQueue(Queue):
    __module__ = "asyncio.queues"
    def _put(self, item):
        _heapq.heappush(self._queue, item)

    def _get(self):
        return _heapq.heappop(self._queue)


class LifoQueue(Queue):
    __module__ = "asyncio.queues"
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

    def __enter__(self):
        self._loop = new_event_loop()
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        if self._loop is not None:
            try:
                _cancel_all_tasks(self._loop)
                self._loop.run_until_complete(self._loop.shutdown_asyncgens())
            finally:
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
    (Future, "_asyncio"),
    (Task, "_asyncio"),
    (_GatheringFuture, "asyncio.tasks"),
    (TaskGroup, "asyncio.taskgroups"),
    (Timeout, "asyncio.timeouts"),
    (Handle, "asyncio.events"),
    (TimerHandle, "asyncio.events"),
    (AbstractEventLoop, "asyncio.events"),
    (BaseEventLoop, "asyncio.base_events"),
    (_UnixSelectorEventLoop, "asyncio.unix_events"),
    (Runner, "asyncio.runners"),
):
    _cls.__module__ = _home
del _cls, _home

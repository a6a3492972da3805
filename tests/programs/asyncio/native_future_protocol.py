# The native Future and Task: private attributes CPython exposes, reprs,
# the FutureIter protocol, remove_done_callback counts, class subscripts and
# the errors of misuse.
import asyncio

async def work(x):
    await asyncio.sleep(0)
    return x * 2

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(type(f), type(f).__module__, type(f).__qualname__)
    print(repr(f))
    print(f._state, f._result, f._exception, f._callbacks, f._loop is loop)
    print(asyncio.Future._asyncio_future_blocking, f._asyncio_future_blocking)
    def cb(fut):
        print("cb", fut.result())
    f.add_done_callback(cb)
    print(repr(f).replace(hex(id(cb)), "ID") if False else len(f._callbacks))
    print(f.remove_done_callback(cb), f.remove_done_callback(cb))
    f.add_done_callback(cb)
    f.set_result(5)
    print(repr(f), f._state)
    await asyncio.sleep(0)
    it = f.__await__()
    print(type(it).__name__, type(it).__module__)
    try:
        next(it)
    except StopIteration as e:
        print("StopIteration", e.value)
    g = loop.create_future()
    it = iter(g)
    print(next(it) is g, g._asyncio_future_blocking)
    try:
        next(it)
    except RuntimeError as e:
        print("RuntimeError", e)
    t = asyncio.ensure_future(work(3))
    print(repr(t).split(" running at ")[0])
    print(t._coro is t.get_coro(), t._fut_waiter, t._must_cancel)
    print(await t, repr(t).split(" done, defined at ")[0])
    print(t.get_name().startswith("Task-"), t.cancelling(), t.uncancel())
    try:
        t.set_result(1)
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        t.set_exception(ValueError())
    except RuntimeError as e:
        print("RuntimeError", e)
    print(asyncio.Future[int], asyncio.Task[str])
    print(isinstance(t, asyncio.Future), issubclass(asyncio.Task, asyncio.Future))
    w = loop.create_future()
    t2 = asyncio.create_task(asyncio.wait_for(w, 10), name="waiter")
    await asyncio.sleep(0)
    print(repr(t2)[:30])
    print(repr(w))
    t2.cancel("bye")
    try:
        await t2
    except asyncio.CancelledError as e:
        print("cancelled", e.args)
    print(t2.cancelled(), w.cancelled())
    try:
        asyncio.Future(1)
    except TypeError as e:
        print("TypeError", e)
    try:
        asyncio.Task(42)
    except TypeError as e:
        print("TypeError", e)
    ex = loop.create_future()
    ex.set_exception(KeyError("z"))
    print(repr(ex), ex._log_traceback)
    ex.exception()
    print(ex._log_traceback)
    try:
        ex._log_traceback = True
    except ValueError as e:
        print("ValueError", e)
    c = loop.create_future()
    c.cancel()
    print(repr(c), c._state)
    print(sorted(k for k in dir(asyncio.Future) if not k.startswith("__")))

asyncio.run(main())

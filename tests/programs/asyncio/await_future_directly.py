# `await fut` on a built-in Future or Task makes no iterator object;
# what CPython shows of the await stays the same.
import asyncio


def drive(coro):
    out = []
    try:
        while True:
            out.append(coro.send(None))
    except StopIteration as e:
        return out, e.value
    except Exception as e:
        return out, f"{type(e).__name__}: {e}"


async def main():
    loop = asyncio.get_running_loop()

    # A done future: its result at once, no suspension.
    done = loop.create_future()
    done.set_result(41)
    print("done:", await done + 1)

    # A failed one raises its exception.
    bad = loop.create_future()
    bad.set_exception(KeyError("k"))
    try:
        await bad
    except KeyError as e:
        print("raised:", repr(e))

    # A cancelled one raises CancelledError.
    gone = loop.create_future()
    gone.cancel("bye")
    try:
        await gone
    except asyncio.CancelledError as e:
        print("cancelled:", e.args)

    # While the awaiting coroutine waits, cr_await is a FutureIter.
    fut = loop.create_future()

    async def waiter():
        return await fut

    w = waiter()
    print(w.send(None) is fut, type(w.cr_await).__name__, fut._asyncio_future_blocking)
    # Resumed while the future is still pending and still blocking.
    print(drive(w))

    # Driven properly by a task.
    fut2 = loop.create_future()
    t = asyncio.ensure_future(waiter_for(fut2))
    await asyncio.sleep(0)
    print("pending task:", t.done(), fut2._asyncio_future_blocking)
    fut2.set_result("ok")
    print("task result:", await t)

    # Cancelling a task that waits on a future.
    fut3 = loop.create_future()
    t3 = asyncio.ensure_future(waiter_for(fut3))
    await asyncio.sleep(0)
    t3.cancel()
    try:
        await t3
    except asyncio.CancelledError:
        print("task cancelled; future cancelled too:", fut3.cancelled())

    # A Future subclass with its own __await__ is asked for it.
    class Loud(asyncio.Future):
        def __await__(self):
            print("Loud.__await__")
            return super().__await__()

    loud = Loud()
    loud.set_result("loud")
    print(await loud)

    # A future never initialized cannot be awaited.
    for cls in (asyncio.Future, asyncio.Task):
        raw = cls.__new__(cls)
        try:
            await raw
        except RuntimeError as e:
            print(cls.__name__, "RuntimeError:", e)


async def waiter_for(f):
    return await f


asyncio.run(main())

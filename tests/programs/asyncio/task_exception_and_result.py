# Task results and exceptions, result() before completion, awaiting a
# failed task, exception() of a cancelled task.
import asyncio

async def ok():
    await asyncio.sleep(0)
    return "fine"

async def fail():
    await asyncio.sleep(0)
    raise ValueError("bad value")

async def main():
    t = asyncio.create_task(ok())
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    print(await t, t.result(), t.exception())
    f = asyncio.create_task(fail())
    try:
        await f
    except ValueError as e:
        print("awaited:", e)
    print(type(f.exception()).__name__, f.done())
    c = asyncio.create_task(ok())
    c.cancel()
    try:
        await c
    except asyncio.CancelledError:
        print("cancelled:", c.cancelled())
    try:
        c.exception()
    except asyncio.CancelledError:
        print("exception() raises CancelledError")
    for meth in ("set_result", "set_exception"):
        try:
            getattr(t, meth)(None)
        except RuntimeError as e:
            print("RuntimeError:", e)

asyncio.run(main())

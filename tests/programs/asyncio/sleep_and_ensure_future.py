# sleep's result argument and real waiting; ensure_future on coroutines,
# futures and awaitables; iscoroutine helpers.
import asyncio, time

class Awaitable:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return "from __await__"

async def coro():
    return "coro"

async def main():
    t0 = time.monotonic()
    print(await asyncio.sleep(0.05, result="slept"))
    elapsed = time.monotonic() - t0
    print("waited about 50 ms:", 0.045 <= elapsed < 0.5)
    print(await asyncio.sleep(0, "zero"))
    f = asyncio.ensure_future(coro())
    print(type(f).__name__, await f)
    fut = asyncio.get_running_loop().create_future()
    print(asyncio.ensure_future(fut) is fut)
    print(await asyncio.ensure_future(Awaitable()))
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print("TypeError:", e)
    c = coro()
    print(asyncio.iscoroutine(c), asyncio.iscoroutinefunction(coro), asyncio.iscoroutinefunction(main))
    await c
    start = time.monotonic()
    await asyncio.gather(*(asyncio.sleep(0.05) for _ in range(50)))
    print("50 concurrent sleeps overlap:", time.monotonic() - start < 0.5)

asyncio.run(main())

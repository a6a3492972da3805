# Coroutine corner cases; a never-awaited coroutine recorded by
# catch_warnings prints nothing (the tracemalloc hint comes with a shown
# warning only).
import asyncio, inspect, types, warnings
async def c(): return 1
co = c()
print(co.__name__, co.__qualname__, inspect.iscoroutine(co), isinstance(co, types.CoroutineType))
co.close()
print(inspect.getcoroutinestate(co))
try:
    co.send(None)
except RuntimeError as e:
    print("RE", e)
async def waiter():
    await asyncio.sleep(0)
    return "w"
async def main():
    t = asyncio.ensure_future(waiter())
    print(await t, await t)
    c2 = waiter()
    f = asyncio.ensure_future(c2)
    try:
        await c2
    except RuntimeError as e:
        print("RE", e)
    await f
    async def nested(n):
        if n == 0:
            return 0
        return 1 + await nested(n - 1)
    print(await nested(50))
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.01)
    except TimeoutError:
        print("timed out")
    print(type(asyncio.sleep(0)).__name__)
    class Awaitable:
        def __await__(self):
            yield from asyncio.sleep(0).__await__()
            return "custom"
    print(await Awaitable())
asyncio.run(main())
def sync():
    return c()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    x = sync()
    del x
    import gc; gc.collect()
    print([str(m.message) for m in w])

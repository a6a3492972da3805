# Awaiting another loop's future is CPython's RuntimeError; FutureIter's
# send/throw/close; a duck-typed coroutine (send/throw) run as a task;
# futures made outside a running loop.
import asyncio
other = asyncio.new_event_loop()
async def main():
    f = other.create_future()
    try:
        await f
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(" running at ")[0], str(e).endswith("attached to a different loop"))
    it = asyncio.get_running_loop().create_future().__await__()
    print(type(it.send(5)).__name__)
    it2 = asyncio.get_running_loop().create_future().__await__()
    try:
        it2.throw(KeyError("thrown"))
    except KeyError as e:
        print("KeyError:", e)
    print(it2.close(), next(it2, "exhausted"))
    try:
        next(it)
    except RuntimeError as e:
        print("RuntimeError:", e)
    class Duck:
        def __init__(self):
            self.n = 0
        def send(self, v):
            self.n += 1
            if self.n > 2:
                raise StopIteration(42)
            return None
        def throw(self, *a):
            raise a[0]
    try:
        t = asyncio.create_task(Duck())
        print(await t)
    except TypeError as e:
        print("TypeError:", str(e).split(" object at ")[0])
    fut = asyncio.Future()
    print(fut.get_loop() is asyncio.get_running_loop())
asyncio.run(main())
f = asyncio.Future(loop=other)
print(repr(f))
try:
    asyncio.Future()
except Exception as e:
    print(type(e).__name__, e)
other.close()

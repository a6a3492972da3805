# Reprs of asyncio's objects as users print them.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f))
    f.set_result([1, 2])
    print(repr(f))
    g = loop.create_future()
    g.cancel()
    print(repr(g))
    e = asyncio.Event()
    print(repr(e).split(" at ")[0], repr(e).endswith("[unset]>"))
    e.set()
    print(repr(e).endswith("[set]>"))
    lock = asyncio.Lock()
    print(repr(lock).endswith("[unlocked]>"))
    async with lock:
        print(repr(lock).endswith("[locked]>"))
    sem = asyncio.Semaphore(2)
    print(repr(sem).endswith("[unlocked, value:2]>"))
    q = asyncio.Queue(maxsize=3)
    q.put_nowait(1)
    print(repr(q).split(" at ")[0], repr(q).endswith("maxsize=3 _queue=[1] tasks=1>"))
    print(str(q).startswith("<Queue"))
    print(repr(asyncio.CancelledError("m")), repr(asyncio.InvalidStateError()))
    print(asyncio.TimeoutError is TimeoutError)

asyncio.run(main())

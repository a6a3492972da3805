# Cancelling tasks blocked on Queue.get/put leaves the queue consistent.
import asyncio

async def main():
    q = asyncio.Queue(maxsize=1)
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    getter.cancel()
    try:
        await getter
    except asyncio.CancelledError:
        print("getter cancelled", q.qsize())
    await q.put("a")
    putter = asyncio.create_task(q.put("b"))
    await asyncio.sleep(0)
    putter.cancel()
    try:
        await putter
    except asyncio.CancelledError:
        print("putter cancelled", q.qsize(), q.get_nowait())
    print(q.empty())
    waiters = [asyncio.create_task(q.get()) for _ in range(3)]
    await asyncio.sleep(0)
    waiters[1].cancel()
    for i in range(2):
        await q.put(i)
    await asyncio.sleep(0)
    print([w.result() if not w.cancelled() else "cancelled" for w in waiters])

asyncio.run(main())

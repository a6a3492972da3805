# PriorityQueue with worker tasks, join() and per-item task_done; items
# come out lowest priority first, ties by insertion data.
import asyncio

async def main():
    q = asyncio.PriorityQueue()
    for prio, item in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent")]:
        q.put_nowait((prio, item))
    seen = []
    async def worker():
        while True:
            prio, item = await q.get()
            seen.append(item)
            q.task_done()
    w = asyncio.create_task(worker())
    await q.join()
    print(seen)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("worker stopped")
    lq = asyncio.LifoQueue(maxsize=2)
    await lq.put(1)
    await lq.put(2)
    print(lq.full(), await lq.get(), await lq.get(), lq.empty())

asyncio.run(main())

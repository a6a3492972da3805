# Queues: FIFO/LIFO/priority order, maxsize, the nowait errors, join and
# task_done, shutdown.
import asyncio

async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.empty(), q.full(), q.qsize())
    q.put_nowait(1); q.put_nowait(2)
    print(q.full())
    try:
        q.put_nowait(3)
    except asyncio.QueueFull:
        print("QueueFull")
    print(q.get_nowait(), q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")

    lq = asyncio.LifoQueue()
    pq = asyncio.PriorityQueue()
    for x in (3, 1, 2):
        lq.put_nowait(x)
        pq.put_nowait((x, f"item{x}"))
    print([lq.get_nowait() for _ in range(3)], [pq.get_nowait() for _ in range(3)])

    work = asyncio.Queue()
    done = []
    async def worker(n):
        while True:
            item = await work.get()
            await asyncio.sleep(0.001 * item)
            done.append((n, item))
            work.task_done()
    workers = [asyncio.create_task(worker(i)) for i in range(2)]
    for i in range(6):
        await work.put(i)
    await work.join()
    print(sorted(item for _, item in done))
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    try:
        work.task_done()
    except ValueError as e:
        print("ValueError:", e)

    bounded = asyncio.Queue(1)
    await bounded.put("a")
    async def late_get():
        await asyncio.sleep(0.01)
        return await bounded.get()
    t = asyncio.create_task(late_get())
    await bounded.put("b")        # waits for the getter to make room
    print(await t, bounded.get_nowait())

    sq = asyncio.Queue()
    sq.put_nowait("left")
    sq.shutdown()
    try:
        sq.put_nowait("x")
    except asyncio.QueueShutDown:
        print("QueueShutDown on put")
    print(await sq.get())
    try:
        await sq.get()
    except asyncio.QueueShutDown:
        print("QueueShutDown on get")
    try:
        asyncio.Queue(maxsize=0).put_nowait(1)
        print("maxsize 0 is unbounded")
    except asyncio.QueueFull:
        print("full")

asyncio.run(main())

import asyncio

async def producer(q, n):
    for i in range(n):
        await q.put(i)
    await q.put(None)

async def consumer(q, out):
    while (item := await q.get()) is not None:
        out.append(item * item)
        q.task_done()
    q.task_done()

async def main():
    q = asyncio.Queue(maxsize=2)
    out = []
    await asyncio.gather(producer(q, 6), consumer(q, out))
    await q.join()
    print(out, q.empty(), q.qsize())
    lock = asyncio.Lock()
    order = []
    async def critical(i):
        async with lock:
            order.append(("in", i))
            await asyncio.sleep(0)
            order.append(("out", i))
    await asyncio.gather(*(critical(i) for i in range(3)))
    print(order)
    ev = asyncio.Event()
    async def waiter():
        await ev.wait()
        return "woke"
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    print(ev.is_set(), t.done())
    ev.set()
    print(await t)
    sem = asyncio.Semaphore(2)
    active = []
    peak = 0
    async def limited(i):
        nonlocal peak
        async with sem:
            active.append(i)
            peak = max(peak, len(active))
            await asyncio.sleep(0)
            active.remove(i)
    await asyncio.gather(*(limited(i) for i in range(5)))
    print("peak", peak)
    try:
        q2 = asyncio.Queue()
        q2.get_nowait()
    except asyncio.QueueEmpty:
        print("empty")

asyncio.run(main())

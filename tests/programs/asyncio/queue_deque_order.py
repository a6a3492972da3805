# asyncio queues: FIFO on a deque (a long queue drains in linear time),
# LIFO and priority on lists, their reprs while waiting and after shutdown.
import asyncio
async def main():
    q = asyncio.Queue()
    for i in range(5): q.put_nowait(i)
    print(q, q.qsize(), [q.get_nowait() for _ in range(3)])
    lq = asyncio.LifoQueue(); pq = asyncio.PriorityQueue()
    for i in (3, 1, 2): lq.put_nowait(i); pq.put_nowait(i)
    print(lq, pq, lq.get_nowait(), pq.get_nowait())
    big = asyncio.Queue()
    for i in range(200000): big.put_nowait(i)
    s = 0
    while not big.empty(): s += big.get_nowait()
    print(s)
    q2 = asyncio.Queue(maxsize=1)
    await q2.put(1)
    t = asyncio.create_task(q2.put(2))
    await asyncio.sleep(0)
    print(q2)
    print(await q2.get(), await q2.get())
    await t
    q2.shutdown()
    print(q2)
asyncio.run(main())

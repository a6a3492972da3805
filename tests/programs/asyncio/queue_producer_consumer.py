# asyncio.Queue with producer and consumers, join and task_done.
import asyncio
async def producer(q):
    for i in range(5):
        await q.put(i)
    await q.put(None)
async def consumer(q, out):
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            break
        out.append(item * item)
async def main():
    q = asyncio.Queue(maxsize=2)
    out = []
    await asyncio.gather(producer(q), consumer(q, out))
    await q.join()
    print(out, q.empty(), q.qsize())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
asyncio.run(main())

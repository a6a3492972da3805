# Lock and Semaphore hand-off order (FIFO) and cancelled waiters being
# skipped.
import asyncio

async def main():
    lock = asyncio.Lock()
    order = []
    async def user(n, hold):
        async with lock:
            order.append(n)
            await asyncio.sleep(hold)
    await lock.acquire()
    tasks = [asyncio.create_task(user(i, 0)) for i in range(4)]
    await asyncio.sleep(0)
    tasks[1].cancel()
    lock.release()
    await asyncio.gather(*tasks, return_exceptions=True)
    print("lock order", order, [t.cancelled() for t in tasks])
    sem = asyncio.Semaphore(1)
    got = []
    async def taker(n):
        async with sem:
            got.append(n)
            await asyncio.sleep(0)
    await asyncio.gather(*(taker(i) for i in range(5)))
    print("semaphore order", got)
    ev = asyncio.Event()
    try:
        await asyncio.wait_for(ev.wait(), 0.01)
    except TimeoutError:
        print("event wait timed out; waiters left:", len(ev._waiters) if hasattr(ev, "_waiters") else 0)

asyncio.run(main())

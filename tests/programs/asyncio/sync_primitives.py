# Lock, Event, Semaphore, BoundedSemaphore, Condition, Barrier.
import asyncio

async def main():
    lock = asyncio.Lock()
    order = []
    async def locked(n):
        async with lock:
            order.append(f"in {n}")
            await asyncio.sleep(0.001)
            order.append(f"out {n}")
    await asyncio.gather(*(locked(i) for i in range(3)))
    print(order, lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

    ev = asyncio.Event()
    async def waiter(n):
        await ev.wait()
        return n
    ts = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(ev.is_set())
    ev.set()
    print(await asyncio.gather(*ts), ev.is_set())
    ev.clear()
    print(ev.is_set())

    sem = asyncio.Semaphore(2)
    active = 0
    peak = 0
    async def limited():
        nonlocal active, peak
        async with sem:
            active += 1
            peak = max(peak, active)
            await asyncio.sleep(0.001)
            active -= 1
    await asyncio.gather(*(limited() for _ in range(6)))
    print("peak", peak, sem.locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("ValueError:", e)

    cond = asyncio.Condition()
    items = []
    async def consumer():
        async with cond:
            await cond.wait_for(lambda: items)
            return items.pop()
    c = asyncio.create_task(consumer())
    await asyncio.sleep(0)
    async with cond:
        items.append("thing")
        cond.notify()
    print(await c)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)

    barrier = asyncio.Barrier(3)
    async def party(n):
        idx = await barrier.wait()
        return idx
    print(sorted(await asyncio.gather(*(party(i) for i in range(3)))), barrier.parties, barrier.n_waiting)

asyncio.run(main())

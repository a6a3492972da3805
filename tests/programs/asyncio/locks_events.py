# Lock, Event and Semaphore coordination.
import asyncio
async def main():
    lock = asyncio.Lock()
    event = asyncio.Event()
    sem = asyncio.Semaphore(2)
    log = []
    async def critical(n):
        async with lock:
            log.append(f"in{n}")
            await asyncio.sleep(0)
            log.append(f"out{n}")
    async def waiter():
        await event.wait()
        log.append("event seen")
    async def limited(n):
        async with sem:
            log.append(f"sem{n}")
            await asyncio.sleep(0)
    w = asyncio.create_task(waiter())
    await asyncio.gather(critical(1), critical(2))
    event.set()
    await w
    await asyncio.gather(*(limited(i) for i in range(3)))
    print(log, lock.locked(), event.is_set())
asyncio.run(main())

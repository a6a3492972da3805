# An Event set, cleared and set again wakes each generation of waiters
# exactly once; wait() on a set event returns at once.
import asyncio

async def main():
    ev = asyncio.Event()
    woken = []
    async def waiter(tag):
        await ev.wait()
        woken.append(tag)
    first = [asyncio.create_task(waiter(f"first-{i}")) for i in range(2)]
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    second = [asyncio.create_task(waiter(f"second-{i}")) for i in range(2)]
    await asyncio.sleep(0)
    print(sorted(woken), ev.is_set())
    ev.set()
    await asyncio.gather(*first, *second)
    print(sorted(woken))
    print(await ev.wait())

asyncio.run(main())

# Streaming results: an async generator yields tasks' results as they
# finish, bounded by a semaphore, consumed with async for and aclosing.
import asyncio
from contextlib import aclosing

async def fetch(i, sem):
    async with sem:
        # Finish order 2, 1, 4, 3, 0 with 50 ms between neighbours.
        await asyncio.sleep((0.50, 0.35, 0.20, 0.25, 0.05)[i])
        return i * i

async def stream(n):
    sem = asyncio.Semaphore(3)
    tasks = [asyncio.create_task(fetch(i, sem)) for i in range(n)]
    try:
        for aw in asyncio.as_completed(tasks):
            yield await aw
    finally:
        for t in tasks:
            t.cancel()
        print("stream closed")

async def main():
    got = []
    async with aclosing(stream(5)) as s:
        async for v in s:
            got.append(v)
            if len(got) == 3:
                break
    print(sorted(got), len(got))

asyncio.run(main())

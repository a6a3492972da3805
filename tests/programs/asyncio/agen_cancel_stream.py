import asyncio
from contextlib import aclosing, asynccontextmanager

log = []

async def tokens(n):
    try:
        for i in range(n):
            await asyncio.sleep(0.001)
            yield f"tok{i}"
    except asyncio.CancelledError:
        log.append("tokens cancelled")
        raise
    finally:
        log.append("tokens finally")

async def consume(out):
    async with aclosing(tokens(100)) as stream:
        async for t in stream:
            out.append(t)

@asynccontextmanager
async def session(name):
    log.append(f"open {name}")
    try:
        yield name.upper()
    finally:
        log.append(f"close {name}")

async def main():
    out = []
    task = asyncio.create_task(consume(out))
    await asyncio.sleep(0.01)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        log.append("consumer cancelled")
    print(len(out) > 0, log)
    log.clear()
    async with session("db") as s:
        print(s)
    try:
        async with session("bad"):
            raise KeyError("inside")
    except KeyError:
        log.append("keyerror out")
    print(log)
    async with aclosing(tokens(3)) as st:
        print([t async for t in st])
    q = asyncio.Queue()
    async def producer():
        async for t in tokens(3):
            await q.put(t)
        await q.put(None)
    asyncio.create_task(producer())
    got = []
    while (item := await q.get()) is not None:
        got.append(item)
    print(got)

asyncio.run(main())

import asyncio

log = []

async def ticker(n):
    try:
        for i in range(n):
            yield i
            await asyncio.sleep(0)
    finally:
        log.append("ticker closed")
        await asyncio.sleep(0)
        log.append("after await in finally")

async def main():
    t = ticker(10)
    async for v in t:
        if v == 2:
            break
    await t.aclose()
    print(log)
    try:
        await t.__anext__()
    except StopAsyncIteration:
        print("exhausted")
    t2 = ticker(3)
    print([v async for v in t2])
    t3 = ticker(5)
    print(await t3.asend(None))
    try:
        await t3.athrow(KeyError("x"))
    except KeyError as e:
        print("athrow raised", repr(e))
    print(t3.ag_running, t3.ag_frame)

asyncio.run(main())
print(log)

# shield(): cancelling the outer awaiter does not cancel the shielded
# work, which can still be awaited; cancelling the inner task does reach
# the awaiter.
import asyncio

async def work(log):
    await asyncio.sleep(0.01)
    log.append("work finished")
    return 7

async def main():
    log = []
    inner = asyncio.create_task(work(log))
    async def outer():
        return await asyncio.shield(inner)
    o = asyncio.create_task(outer())
    await asyncio.sleep(0)
    o.cancel("stop waiting")
    try:
        await o
    except asyncio.CancelledError as e:
        print("outer:", e.args)
    print(await inner, log)
    inner2 = asyncio.create_task(work(log))
    o2 = asyncio.create_task(outer2(inner2))
    await asyncio.sleep(0)
    inner2.cancel()
    try:
        await o2
    except asyncio.CancelledError:
        print("inner cancellation reached the awaiter")

async def outer2(t):
    return await asyncio.shield(t)

asyncio.run(main())

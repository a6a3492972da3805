# shield keeps the inner task running when the outer await is cancelled;
# as_completed yields in completion order.
import asyncio

async def job(name, delay):
    await asyncio.sleep(delay)
    return name

async def main():
    inner = asyncio.create_task(job("inner", 0.02))
    outer = asyncio.create_task(asyncio.shield(inner) if False else _await_shield(inner))
    await asyncio.sleep(0.005)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled, inner cancelled?", inner.cancelled())
    print(await inner)
    print(await asyncio.shield(job("direct", 0)))
    order = []
    for fut in asyncio.as_completed([job("c", 0.03), job("a", 0.01), job("b", 0.02)]):
        order.append(await fut)
    print(order)
    try:
        for fut in asyncio.as_completed([job("never", 1)], timeout=0.01):
            await fut
    except TimeoutError:
        print("as_completed timed out")

async def _await_shield(t):
    return await asyncio.shield(t)

asyncio.run(main())

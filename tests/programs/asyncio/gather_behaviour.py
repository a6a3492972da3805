# gather: results in argument order, return_exceptions, the first error
# propagating while the rest keep running, cancelling the gather.
import asyncio

async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"{name} failed")
    print("finished", name)
    return name

async def main():
    print(await asyncio.gather(job("slow", 0.02), job("fast", 0.0), job("mid", 0.01)))
    print(await asyncio.gather())
    r = await asyncio.gather(job("a", 0), job("b", 0, fail=True), return_exceptions=True)
    print([type(x).__name__ if isinstance(x, BaseException) else x for x in r])
    try:
        await asyncio.gather(job("c", 0.02), job("d", 0, fail=True))
    except ValueError as e:
        print("gather raised:", e)
    await asyncio.sleep(0.03)   # "c" still finishes
    g = asyncio.gather(job("e", 0.05), job("f", 0.05))
    await asyncio.sleep(0)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled")
    same = job("same", 0)
    t = asyncio.ensure_future(same)
    print(await asyncio.gather(t, t))

asyncio.run(main())

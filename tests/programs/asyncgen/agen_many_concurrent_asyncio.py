# Many async generators consumed concurrently by tasks under asyncio.
import asyncio

async def ticker(name, n):
    for i in range(n):
        await asyncio.sleep(0)
        yield f"{name}:{i}"

async def consume(name, n, out):
    async for v in ticker(name, n):
        out.append(v)

async def main():
    out = []
    await asyncio.gather(*(consume(f"g{i}", 3, out) for i in range(4)))
    print(len(out), out[:4], sorted(out)[-1])
    gens = [ticker(f"h{i}", 2) for i in range(1000)]
    firsts = await asyncio.gather(*(anext(g) for g in gens))
    print(len(firsts), firsts[0], firsts[-1])
    for g in gens:
        await g.aclose()

asyncio.run(main())

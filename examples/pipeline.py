"""A small showcase: an async generator pipeline driven by asyncio."""
import asyncio


async def numbers(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def squares(source):
    async for x in source:
        yield x * x


async def main():
    total = 0
    async for sq in squares(numbers(10)):
        total += sq
    print("sum of squares below 10:", total)
    results = await asyncio.gather(*(asyncio.sleep(0.01, result=i) for i in range(3)))
    print("gathered:", results)


asyncio.run(main())

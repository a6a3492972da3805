# Async list/set/dict comprehensions and async generator expressions.
import asyncio
async def arange(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def double(x):
    return x * 2

async def main():
    print([x async for x in arange(4)])
    print({x % 2 async for x in arange(5)})
    print({x: x * x async for x in arange(3)})
    print([await double(x) for x in range(3)])
    gen = (x + 1 async for x in arange(3))
    print(type(gen).__name__, [y async for y in gen])
    print([x async for x in arange(6) if x % 2])
asyncio.run(main())

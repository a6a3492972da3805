# asend() delivers values into the async generator.
import asyncio
async def accumulator():
    total = 0
    while True:
        x = yield total
        total += x

async def main():
    g = accumulator()
    print(await g.asend(None))
    print(await g.asend(5))
    print(await g.asend(10))
    await g.aclose()
    try:
        await g.asend(1)
    except StopAsyncIteration:
        print("closed generator raises StopAsyncIteration")
asyncio.run(main())

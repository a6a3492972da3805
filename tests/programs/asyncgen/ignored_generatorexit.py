# An async generator that yields during aclose() raises RuntimeError.
import asyncio
async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

async def main():
    g = stubborn()
    await anext(g)
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)
asyncio.run(main())

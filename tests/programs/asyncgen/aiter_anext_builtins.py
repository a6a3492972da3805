# aiter() and anext() builtins, with and without a default.
import asyncio
async def agen():
    yield "a"

async def main():
    g = agen()
    print(aiter(g) is g)
    print(await anext(g))
    print(await anext(g, "default"))
    try:
        await anext(g)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    try:
        aiter(5)
    except TypeError as e:
        print("TypeError:", e)
    try:
        anext(5)
    except TypeError as e:
        print("TypeError:", e)
asyncio.run(main())

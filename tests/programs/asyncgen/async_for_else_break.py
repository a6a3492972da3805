# async for with else, break and exceptions in the body.
import asyncio
async def agen(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("agen finally")

async def main():
    async for x in agen(3):
        print("x", x)
    else:
        print("else ran")
    async for x in agen(5):
        if x == 1:
            break
    print("after break")
    try:
        async for x in agen(3):
            raise ValueError(x)
    except ValueError as e:
        print("ValueError", e)
asyncio.run(main())

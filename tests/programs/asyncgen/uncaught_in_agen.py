# An exception inside an async generator propagates through async for to asyncio.run.
import asyncio
async def agen():
    yield 1
    raise ValueError("broken stream")
async def main():
    async for x in agen():
        print("got", x)
asyncio.run(main())

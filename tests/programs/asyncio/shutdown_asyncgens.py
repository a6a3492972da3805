# asyncio.run closes async generators left suspended (shutdown_asyncgens).
import asyncio
async def ticker():
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        print("ticker finalized")
async def main():
    g = ticker()
    async for v in g:
        if v == 2:
            break
    print("main done")
asyncio.run(main())
print("after run")

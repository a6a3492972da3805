# Async generators under asyncio.run: dropped ones are closed on the
# loop, unfinished ones by shutdown_asyncgens at the end of run.
import asyncio

async def ticks(name):
    try:
        for i in range(100):
            await asyncio.sleep(0)
            yield i
    finally:
        print(name, "closed")

async def main():
    async for v in ticks("full"):
        if v == 2:
            break
    print("after break")
    g = ticks("dropped")
    print(await g.__anext__())
    del g
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("after drop")
    kept = ticks("kept")
    print(await kept.__anext__())
    globals()["keep"] = kept
    print("main returns")

asyncio.run(main())
print("run returned")

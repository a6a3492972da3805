# Exceptions raised inside an async generator propagate through async for
# with the generator's frame in the traceback; the generator is finished.
import asyncio, traceback

async def faulty():
    yield 1
    raise ValueError("bad item")

async def main():
    g = faulty()
    try:
        async for x in g:
            print("item", x)
    except ValueError as e:
        tb = traceback.extract_tb(e.__traceback__)
        print("caught", e, [f.name for f in tb])
    print(g.ag_frame, await anext(g, "exhausted"))

asyncio.run(main())

# aclose() on never-started, suspended and finished async generators.
import asyncio
async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")

async def main():
    fresh = agen()
    await fresh.aclose()
    print("never started: closed without running the body")
    g = agen()
    print(await anext(g))
    await g.aclose()
    await g.aclose()
    print("closed twice fine")
    done = agen()
    async for _ in done:
        pass
    await done.aclose()
    print("finished generator closes")
asyncio.run(main())

# Order of cleanup in nested async generators and async with inside
# them when the consumer stops early and closes with aclose().
import asyncio

class Ctx:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print("open", self.name)
    async def __aexit__(self, *exc):
        print("close", self.name, exc[0].__name__ if exc[0] else None)

async def inner():
    async with Ctx("inner"):
        for i in range(10):
            yield i

async def outer():
    async with Ctx("outer"):
        try:
            async for v in inner():
                yield v * 10
        finally:
            print("outer finally")

async def main():
    g = outer()
    print(await g.__anext__(), await g.__anext__())
    await g.aclose()
    print("closed, running:", g.ag_running, "frame:", g.ag_frame)
    async for v in outer():
        if v >= 20:
            break
    print("after loop")
    await asyncio.sleep(0)

asyncio.run(main())

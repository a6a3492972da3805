# Async generators as methods: self is kept alive, __aiter__ written as
# an async generator makes objects async-iterable.
import asyncio

class Feed:
    def __init__(self, items):
        self.items = items
        self.consumed = 0
    async def __aiter__(self):
        for it in self.items:
            self.consumed += 1
            await asyncio.sleep(0)
            yield it
    async def pairs(self):
        async for a in self:
            yield (a, a * a)

async def main():
    f = Feed([1, 2, 3])
    print([x async for x in f], f.consumed)
    print([p async for p in f.pairs()])
    g = f.pairs()
    print(g.__qualname__, g.ag_code.co_name)
    await g.aclose()

asyncio.run(main())

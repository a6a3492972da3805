# async for over hand-written async iterators: __aiter__/__anext__,
# StopAsyncIteration ends the loop, else clauses, protocol errors.
import asyncio

class Counter:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        await asyncio.sleep(0)
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

class BadAiter:
    def __aiter__(self):
        return 42

class SyncAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 1

async def main():
    async for x in Counter(3):
        print("got", x)
    else:
        print("else ran")
    async for x in Counter(5):
        if x == 2:
            break
    else:
        print("not printed")
    print([x async for x in Counter(4) if x % 2 == 0])
    try:
        async for x in BadAiter():
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        async for x in SyncAnext():
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print("TypeError:", e)
    it = Counter(2)
    print(await anext(it), await anext(it), await anext(it, "default"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")

asyncio.run(main())

# async with and async for with user-defined protocol classes.
import types
@types.coroutine
def tick():
    yield
class Resource:
    async def __aenter__(self):
        print("open")
        await tick()
        return self
    async def __aexit__(self, *exc):
        print("close", exc[0].__name__ if exc[0] else None)
        return False
class Countdown:
    def __init__(self, n): self.n = n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await tick()
        return self.n
async def main():
    async with Resource() as r:
        async for i in Countdown(3):
            print("i", i)
    return "done"
c = main()
try:
    while True:
        c.send(None)
except StopIteration as e:
    print(e.value)

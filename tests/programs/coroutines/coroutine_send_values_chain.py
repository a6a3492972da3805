# Values sent into an outer coroutine reach the innermost awaitable; its
# return value flows back up through each await.
class Receiver:
    def __await__(self):
        got = yield "need value"
        return got * 2

async def mid():
    a = await Receiver()
    b = await Receiver()
    return a + b

async def top():
    return await mid() + 1

c = top()
print(c.send(None))
print(c.send(10))
try:
    c.send(100)
except StopIteration as e:
    print("result", e.value)

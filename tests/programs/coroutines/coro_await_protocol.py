import types

class Awaitable:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        x = yield ("req", self.v)
        return x * 2

class BadAwait:
    def __await__(self):
        return 5

async def main():
    a = await Awaitable(3)
    print("a", a)
    try:
        await BadAwait()
    except TypeError as e:
        print(e)
    try:
        await 5
    except TypeError as e:
        print(e)
    return "fin"

c = main()
print(c.send(None))
try:
    c.send(10)
except StopIteration as e:
    print("returned", e.value)

@types.coroutine
def legacy():
    v = yield "legacy"
    return v

async def uses_legacy():
    return await legacy()

c = uses_legacy()
print(c.send(None))
try:
    c.send("val")
except StopIteration as e:
    print(e.value)

async def simple():
    return 1
c = simple()
print(type(c).__name__, c.__name__, c.cr_running, c.cr_await)
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
try:
    c.send(None)
except RuntimeError as e:
    print(e)
c2 = simple()
try:
    c2.send(1)
except TypeError as e:
    print(e)
c2.close()
try:
    iter(c2)
except TypeError as e:
    print(e)
w = simple().__await__()
print(type(w).__name__)
try:
    next(w)
except StopIteration as e:
    print("wrapper", e.value)

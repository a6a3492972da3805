def leaky():
    yield 1
    raise StopIteration("inner")

try:
    list(leaky())
except RuntimeError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)

def uses_next():
    it = iter([])
    yield next(it)
try:
    next(uses_next())
except RuntimeError as e:
    print(e)

async def coro():
    raise StopIteration
c = coro()
try:
    c.send(None)
except RuntimeError as e:
    print(e)

async def agen():
    yield 1
    raise StopAsyncIteration
a = agen()
try:
    a.__anext__().send(None)
except StopIteration as e:
    print("first", e.value)
try:
    a.__anext__().send(None)
except RuntimeError as e:
    print(e)

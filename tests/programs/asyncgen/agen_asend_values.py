async def acc():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v

def drive(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
    raise AssertionError("suspended")

a = acc()
print(drive(a.asend(None)))
print(drive(a.asend(5)))
print(drive(a.asend(7)))
try:
    drive(a.asend(None))
except StopAsyncIteration:
    print("stopped")
try:
    drive(a.asend(1))
except StopAsyncIteration:
    print("still stopped")

a = acc()
aw = a.asend(None)
print(type(aw).__name__)
drive(aw)
try:
    aw.send(None)
except RuntimeError as e:
    print(e)
b = acc()
try:
    drive(b.asend(3))
except TypeError as e:
    print(e)
print(a.__aiter__() is a)
print(a.__name__, a.__qualname__)
print(repr(a).startswith("<async_generator object acc at 0x"))

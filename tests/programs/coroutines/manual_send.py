# Driving coroutines by hand with send(); the result arrives as StopIteration.value.
import types
@types.coroutine
def pause(tag):
    got = yield tag
    return got * 2
async def inner(x):
    return await pause(x)
async def outer():
    a = await inner("first")
    b = await inner("second")
    return a + b
c = outer()
print(c.send(None))
print(c.send(1))
try:
    c.send(10)
except StopIteration as e:
    print("result", e.value)

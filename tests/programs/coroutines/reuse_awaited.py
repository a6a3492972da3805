# A finished coroutine cannot be awaited or sent to again.
async def f():
    return 1
c = f()
try:
    c.send(None)
except StopIteration as e:
    print("value", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
async def g():
    await c
try:
    g().send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

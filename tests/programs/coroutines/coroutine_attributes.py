# Coroutine attributes through a coroutine's life: cr_frame, cr_running,
# cr_await, cr_suspended, cr_code, cr_origin, names.
import types

class Suspend:
    def __await__(self):
        v = yield "suspended"
        return v

async def inner():
    return await Suspend()

async def outer():
    print("running inside:", c.cr_running)
    return await inner()

c = outer()
print(c.__name__, c.__qualname__, c.cr_code.co_name, c.cr_origin)
print(c.cr_running, c.cr_suspended, c.cr_await, c.cr_frame is not None)
print(c.send(None))
print(c.cr_running, c.cr_suspended, type(c.cr_await).__name__)
try:
    c.send("resumed")
except StopIteration as e:
    print("returned", e.value)
print(c.cr_frame, c.cr_await, c.cr_suspended)
c.__name__ = "renamed"
print(c.__name__)
try:
    c.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
print(isinstance(c, types.CoroutineType))
d = outer()
d.close()
print(d.cr_frame)
try:
    d.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

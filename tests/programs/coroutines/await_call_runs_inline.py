# `await f(...)` runs the callee like a plain call; its coroutine object
# only appears if it suspends. Everything Python can observe stays as if
# the object had existed all along.
import inspect
import sys
import traceback
import types


@types.coroutine
def pause(v="tick"):
    return (yield v)


def drive(coro, sends=()):
    out = []
    sends = list(sends)
    try:
        v = coro.send(None)
        while True:
            out.append(v)
            v = coro.send(sends.pop(0) if sends else None)
    except StopIteration as e:
        return out, e.value


async def leaf(x):
    return x + 1


async def chain(d, x):
    if d == 0:
        return await leaf(x)
    return await chain(d - 1, x) * 2


print(drive(chain(5, 1)))


# Suspending materializes the coroutine: the awaiting coroutine's cr_await
# is it, suspended, with its own name and frame.
class Box:
    async def inner(self, tag):
        got = await pause(tag)
        return f"{tag}:{got}"

    async def outer(self):
        return await self.inner("a")


o = Box().outer()
print(o.send(None))
inner = o.cr_await
print(type(inner).__name__, inner.__name__, inner.__qualname__)
print(inspect.getcoroutinestate(inner), inner.cr_frame.f_code.co_name)
print(inner.cr_await is not None, inspect.getcoroutinestate(o))
try:
    o.send("sent")
except StopIteration as e:
    print("result", e.value)
print(inspect.getcoroutinestate(inner))


# Keyword arguments take the same path.
async def kw(a, *, b=2):
    await pause()
    return a * b


async def use_kw():
    return await kw(3, b=5) + await kw(a=1)


print(drive(use_kw()))


# PEP 479 inside an inline-awaited coroutine.
async def leaks_stop():
    raise StopIteration("x")


async def catch_leak():
    try:
        await leaks_stop()
    except RuntimeError as e:
        return f"{e} / cause {e.__cause__!r}"


print(drive(catch_leak()))


# A traceback lists every awaiting frame.
async def deep_fail(n):
    if n == 0:
        raise ValueError("bottom")
    await deep_fail(n - 1)


async def show_tb():
    try:
        await deep_fail(2)
    except ValueError:
        lines = traceback.format_exc().splitlines()
        return [l.strip() for l in lines if l.strip().startswith("File")][-4:]


for line in drive(show_tb())[1]:
    print(line.split(", ", 1)[1])


# sys.exc_info() inside: the awaiting frame's exception is visible; one
# handled inside survives a suspension and is restored after it.
async def sees_exc():
    first = sys.exc_info()[0]
    try:
        raise KeyError("inner")
    except KeyError:
        await pause()
        during = sys.exc_info()[0]
    return first, during, sys.exc_info()[0]


async def from_handler():
    try:
        raise IndexError
    except IndexError:
        r = await sees_exc()
        return r, sys.exc_info()[0]


res = drive(from_handler())
print(res[0], [[getattr(t, "__name__", t) for t in r] if isinstance(r, tuple) else r.__name__ for r in res[1]])


# Returning from a handler and from a finally block.
async def ret_in_except():
    try:
        1 / 0
    except ZeroDivisionError:
        return "from except"


async def ret_in_finally():
    try:
        return "body"
    finally:
        print("finally ran", sys.exc_info())


async def both():
    a = await ret_in_except()
    b = await ret_in_finally()
    return a, b, sys.exc_info()


print(drive(both()))


# throw() into the awaiting coroutine reaches the suspended inner one.
async def catcher():
    try:
        await pause("waiting")
    except LookupError as e:
        return f"caught {e!r}"


async def thrower_outer():
    return await catcher()


c = thrower_outer()
print(c.send(None))
try:
    c.throw(LookupError("L"))
except StopIteration as e:
    print(e.value)


# The recursion limit still applies to await chains.
async def bottomless(n):
    return await bottomless(n + 1)


try:
    drive(bottomless(0))
except RecursionError as e:
    print("RecursionError:", e)

# `await ag.asend(v)` and `await ag.__anext__()` consume their awaitable at
# once; whatever path runs them, CPython's results and errors hold.
import sys
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


async def echo():
    got = yield "ready"
    while True:
        if got == "pause":
            got = await pause("paused")
        got = yield f"echo {got}"


async def talk():
    ag = echo()
    out = [await ag.__anext__()]
    out.append(await ag.asend("hi"))
    out.append(await ag.asend("pause"))
    out.append(ag.ag_running)
    await ag.aclose()
    return out


print(drive(talk(), ["resumed"]))


async def errors():
    out = []
    ag = echo()
    try:
        await ag.asend("too early")
    except TypeError as e:
        out.append(f"TypeError: {e}")

    async def two():
        yield 1

    ag = two()
    out.append(await ag.__anext__())
    try:
        await ag.__anext__()
    except StopAsyncIteration:
        out.append("StopAsyncIteration")
    try:
        await ag.asend(None)
    except StopAsyncIteration:
        out.append("StopAsyncIteration again")

    async def boom():
        yield 1
        raise ValueError("inside")

    ag = boom()
    await ag.__anext__()
    try:
        await ag.__anext__()
    except ValueError as e:
        out.append(f"ValueError: {e} running={ag.ag_running}")
    return out


for line in drive(errors())[1]:
    print(line)


# A second step while one is in flight.
async def slow():
    await pause("slow")
    yield 1


ag = slow()
first = ag.__anext__()
print(first.send(None))


async def second():
    return await ag.__anext__()


try:
    drive(second())
except RuntimeError as e:
    print("RuntimeError:", e)


# The awaiting coroutine sees an async_generator_asend in cr_await.
async def waits():
    ag = echo()
    await ag.__anext__()
    return await ag.asend("pause")


c = waits()
print(c.send(None), type(c.cr_await).__name__)
try:
    c.send("x")
except StopIteration as e:
    print("result", e.value)

# With a firstiter hook the hook still runs once per generator.
seen = []
old = sys.get_asyncgen_hooks()
sys.set_asyncgen_hooks(firstiter=lambda g: seen.append(g.__name__), finalizer=None)


async def hooked():
    ag = echo()
    a = await ag.__anext__()
    b = await ag.asend(1)
    c = await ag.asend(2)
    await ag.aclose()
    return a, b, c


print(drive(hooked()), seen)
sys.set_asyncgen_hooks(*old)


# Objects that only look like async generators take the general path.
class FakeAgen:
    def asend(self, v):
        return pause(("fake", v))

    def __anext__(self):
        return pause("fake next")


async def fake():
    f = FakeAgen()
    return await f.asend(1), await f.__anext__()


print(drive(fake(), ["r1", "r2"]))

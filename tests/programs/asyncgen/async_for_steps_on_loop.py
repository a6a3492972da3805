# `async for` over an async generator steps it without an awaitable object
# per item; everything observable about that awaitable must still hold.
import sys
import types


class Tick:
    def __await__(self):
        yield "tick"


async def slow(log):
    try:
        for i in range(3):
            await Tick()
            log.append(("yield", i))
            yield i
    finally:
        log.append("finally")


def drive(coro):
    out = []
    try:
        while True:
            out.append(coro.send(None))
    except StopIteration as e:
        return out, e.value


# ag_running through a step: True while the generator awaits, False after
# each value.
async def watch(ag, seen):
    async for v in ag:
        seen.append((v, ag.ag_running))
    seen.append(("end", ag.ag_running))


log = []
seen = []
ag = slow(log)
print(drive(watch(ag, seen)))
print(seen)
print(log)

# cr_await of the consumer while the generator is suspended in an await:
# an async_generator_asend, as in CPython.
async def consumer(ag):
    async for v in ag:
        pass
    return "done"


ag = slow([])
c = consumer(ag)
print(c.send(None))
print(type(c.cr_await).__name__, ag.ag_running, ag.ag_await is not None)
print(c.send(None), type(c.cr_await).__name__)
c.close()
print(ag.ag_running, ag.ag_frame is not None)

# A second consumer while a step is in flight.
ag = slow([])
c1 = consumer(ag)
c1.send(None)
c2 = consumer(ag)
try:
    c2.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)


# throw() into the consumer goes through the stepping generator.
async def catcher():
    try:
        while True:
            await Tick()
            yield 1
    except ValueError as e:
        yield f"caught {e}"


async def consume_all(ag, out):
    async for v in ag:
        out.append(v)


out = []
c = consume_all(catcher(), out)
c.send(None)
c.send(None)
try:
    c.throw(ValueError("boom"))
except StopIteration:
    pass
print(out)


# An exception from the generator ends the loop; the generator is finished.
async def failing():
    yield 1
    raise KeyError("k")


async def run_failing():
    ag = failing()
    got = []
    try:
        async for v in ag:
            got.append(v)
    except KeyError as e:
        got.append(repr(e))
    got.append(ag.ag_running)
    try:
        await ag.__anext__()
    except StopAsyncIteration:
        got.append("StopAsyncIteration")
    return got


print(drive(run_failing()))


# StopAsyncIteration and StopIteration raised inside become RuntimeError.
async def raises(exc):
    yield 1
    raise exc


async def run_raises(exc):
    try:
        async for v in raises(exc):
            pass
    except RuntimeError as e:
        return f"RuntimeError: {e} (cause {type(e.__cause__).__name__})"


print(drive(run_raises(StopAsyncIteration())))
print(drive(run_raises(StopIteration())))


# else runs when the generator returns; break leaves it suspended.
async def three():
    for i in range(3):
        yield i


async def loops():
    got = []
    async for v in three():
        got.append(v)
    else:
        got.append("else")
    ag = three()
    async for v in ag:
        break
    got.append(ag.ag_running)
    got.append(await ag.__anext__())
    await ag.aclose()
    return got


print(drive(loops()))

# firstiter runs once per generator, at the first step of async for.
calls = []
old = sys.get_asyncgen_hooks()
sys.set_asyncgen_hooks(firstiter=lambda g: calls.append(g.__name__))


async def count():
    n = 0
    async for v in three():
        n += v
    async for v in three():
        n += v
    return n


print(drive(count()), calls)
sys.set_asyncgen_hooks(*old)


# Nested async generators re-yielding, with awaits passing through.
async def outer():
    async for v in slow([]):
        await Tick()
        yield v * 10


async def collect():
    return [v async for v in outer()]


print(drive(collect()))
print(isinstance(three(), types.AsyncGeneratorType))

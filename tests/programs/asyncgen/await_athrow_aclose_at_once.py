# `await ag.athrow(...)` and `await ag.aclose()` make their awaitable only
# when the generator suspends inside; results and errors are CPython's.
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
    except BaseException as e:
        return out, f"{type(e).__name__}: {e}"


class Retry(Exception):
    pass


async def worker(log):
    try:
        i = 0
        while True:
            try:
                yield i
            except Retry as e:
                log.append(f"retry {e.args}")
                got = await pause("in handler")
                yield f"handled, got {got}"
            i += 1
    finally:
        log.append("finally")
        await pause("in finally")
        log.append("finally done")


async def main(log):
    ag = worker(log)
    out = [await ag.__anext__()]
    out.append(await ag.athrow(Retry("x")))
    out.append(await ag.__anext__())
    out.append(await ag.athrow(Retry))
    out.append(await ag.aclose())
    out.append(await ag.aclose())
    try:
        await ag.athrow(Retry("late"))
    except Retry as e:
        out.append(f"late: {e!r}")
    return out


log = []
print(drive(main(log), ["s1", "s2"]))
print(log)


# While the athrow awaitable waits inside the generator, the awaiting
# coroutine's cr_await is it.
async def plain():
    try:
        yield 0
    except Retry:
        got = await pause("in handler")
        yield f"handled, got {got}"


async def watch():
    ag = plain()
    await ag.__anext__()
    r = await ag.athrow(Retry())
    await ag.aclose()
    return r


c = watch()
print(c.send(None), type(c.cr_await).__name__)
try:
    c.send("resumed")
except StopIteration as e:
    print("result:", e.value)


async def stubborn():
    try:
        yield 1
    finally:
        yield 2


async def misc():
    out = []
    ag = stubborn()
    await ag.__anext__()
    try:
        await ag.aclose()
    except RuntimeError as e:
        out.append(f"RuntimeError: {e}")

    async def one():
        yield 1

    out.append(await one().aclose())
    ag = one()
    out.append(await ag.__anext__())
    try:
        await ag.athrow(ValueError("out"))
    except ValueError as e:
        out.append(f"propagated {e!r}")
    out.append(await ag.aclose())
    try:
        await one().athrow(TypeError)
    except TypeError as e:
        out.append(f"unstarted: {type(e).__name__}")
    return out


print(drive(misc()))

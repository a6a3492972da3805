# await on things that cannot be awaited, async with/for protocol errors,
# and where a coroutine dropped by a failing instruction is reported.
import asyncio
import inspect
import sys
import warnings


async def c():
    return 1


co = c()
w = co.__await__()
print(type(w).__name__)
try:
    next(w)
except StopIteration as e:
    print("value", e.value)
try:
    co.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)


async def bad():
    await 5


try:
    bad().send(None)
except TypeError as e:
    print("TypeError:", e)


class NotIter:
    def __await__(self):
        return 5


async def bad2():
    await NotIter()


try:
    bad2().send(None)
except TypeError as e:
    print("TypeError:", e)


class GivesCoroutine:
    def __await__(self):
        return c()


async def bad3():
    await GivesCoroutine()  # the coroutine c() dies on this line


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    try:
        bad3().send(None)
    except TypeError as e:
        print("TypeError:", e)
for w in caught:
    print(w.category.__name__, w.message, "line", w.lineno)


async def sleeper():
    await asyncio.sleep(0)


x = sleeper()
try:
    x.throw(KeyError("k"))
except KeyError as e:
    print("KeyError", e)
print(inspect.getcoroutinestate(x))

sys.set_coroutine_origin_tracking_depth(1)
y = sleeper()
print(y.cr_origin[0][2])
y.close()
sys.set_coroutine_origin_tracking_depth(0)


class NoExit:
    async def __aenter__(self):
        return 1


async def am():
    async with NoExit():
        pass


try:
    am().send(None)
except TypeError as e:
    print("TypeError:", e)


async def over_list():
    async for i in [1, 2]:
        pass


try:
    over_list().send(None)
except TypeError as e:
    print("TypeError:", e)


class AiterNotAsync:
    def __aiter__(self):
        return 1


async def af2():
    async for i in AiterNotAsync():
        pass


try:
    af2().send(None)
except TypeError as e:
    print("TypeError:", e)


class AnextNotAwaitable:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 1


async def af3():
    async for i in AnextNotAwaitable():
        pass


try:
    af3().send(None)
except TypeError as e:
    print("TypeError:", e)

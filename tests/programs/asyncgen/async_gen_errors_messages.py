# Error messages of async generators: asend of a value to a fresh one,
# already running, StopAsyncIteration raised inside, athrow after the end.
def step(aw):
    try:
        return ("yield", aw.send(None))
    except StopIteration as e:
        return ("return", e.value)
    except BaseException as e:
        return ("raise", type(e).__name__, str(e))

async def agen():
    yield 1
    yield 2

a = agen()
print(step(a.asend("value")))
print(step(a.__anext__()))

async def raiser():
    yield 1
    raise StopAsyncIteration("inside")

r = raiser()
print(step(r.__anext__()))
print(step(r.__anext__()))

async def stopper():
    yield 1
    raise StopIteration("sync stop")
s = stopper()
print(step(s.__anext__()))
print(step(s.__anext__()))

done = agen()
print(step(done.__anext__()), step(done.__anext__()), step(done.__anext__()))
print(step(done.athrow(ValueError("late"))))
print(step(done.aclose()))

class Pause:
    def __await__(self):
        yield "paused"

async def waits():
    await Pause()
    yield "value"

w = waits()
first = w.__anext__()
print(first.send(None))
print(step(w.__anext__()))
print(step(w.aclose()))
print(w.ag_running)

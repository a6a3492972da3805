# aclose() awaitables cannot be reused; closing twice is fine; asend on a
# closed generator ends with StopAsyncIteration.
def step(aw):
    try:
        return ("yield", aw.send(None))
    except StopIteration as e:
        return ("stop", e.value)
    except BaseException as e:
        return ("raise", type(e).__name__, str(e))

async def agen():
    yield 1
    yield 2

g = agen()
print(step(g.__anext__()))
c = g.aclose()
print(step(c))
print(step(c))
print(step(g.aclose()))
print(step(g.asend(None)))
print(step(g.athrow(KeyError)))

# What await accepts: coroutines, objects whose __await__ returns an
# iterator, generator-based coroutines; not plain generators, not objects
# whose __await__ returns a non-iterator or a coroutine.
import types

class GoodAwaitable:
    def __await__(self):
        return iter([])

class ReturnsInt:
    def __await__(self):
        return 5

class ReturnsCoroutine:
    def __await__(self):
        async def c():
            return 1
        return c()

def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return ("result", e.value)
    except Exception as e:
        return (type(e).__name__, str(e))
    return ("suspended",)

async def use(x):
    return await x

print(run(use(GoodAwaitable())))
print(run(use(ReturnsInt())))
c = ReturnsCoroutine()
print(run(use(c)))
def plain():
    yield
print(run(use(plain())))
print(run(use(42)))
@types.coroutine
def legacy():
    return "legacy"
    yield
print(run(use(legacy())))

# Dropping a suspended generator: what runs, and when.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def plain(name):
    x = Noisy(name)
    yield 1
    yield 2


def guarded(name):
    x = Noisy(name)
    try:
        yield 1
    finally:
        print("finally", name)


def outer(name):
    y = Noisy(name + "-outer")
    yield from guarded(name)


async def agen(name):
    x = Noisy(name)
    yield 1


class Awaitable:
    def __await__(self):
        try:
            yield "waiting"
        finally:
            print("awaitable closed")


async def coro(name):
    x = Noisy(name)
    await Awaitable()


it = plain("plain"); next(it)
print("drop plain")
del it
print("after plain")

it = guarded("guarded"); next(it)
print("drop guarded")
del it
print("after guarded")

it = outer("deleg"); next(it)
print("drop delegating")
del it
print("after delegating")

a = agen("agen")
try:
    a.__anext__().send(None)
except StopIteration as e:
    print("yielded", e.value)
print("drop agen")
del a
print("after agen")

c = coro("coro")
print(c.send(None))
print("drop coro")
del c
print("after coro")

# A long chain of suspended generators, each holding the next, goes at once.
def link(prev):
    yield prev

head = None
for i in range(10000):
    head = link(head)
    next(head)
del head
print("chain dropped")

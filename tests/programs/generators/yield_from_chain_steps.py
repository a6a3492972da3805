# Stepping a chain of delegating generators: each resume goes down every
# `yield from` level to the innermost generator, and values, sends,
# returns, throws and running states behave at every level.
import types

levels = []


def leaf(n):
    got = []
    for i in range(n):
        x = yield i
        got.append(x)
    return ("leaf", got)


def middle(depth, n):
    me = None
    if depth == 0:
        r = yield from leaf(n)
    else:
        r = yield from middle(depth - 1, n)
    return (depth, r)


# Values through a deep chain, and the return value climbing back.
g = middle(5, 3)
print(list(g))

# send() reaches the innermost generator through every level.
g = middle(4, 4)
print(next(g), g.send("a"), g.send("b"), g.send("c"))
try:
    g.send("d")
except StopIteration as e:
    print("returned", e.value)


# A level delegating to a plain iterator stops the descent there.
def over_list():
    yield from [10, 20, 30]
    return "list done"


def outer_of_list():
    r = yield from over_list()
    yield r


print(list(outer_of_list()))


# Every level is running while the innermost runs.
def watcher():
    yield [x.gi_running for x in levels]
    yield [x.gi_running for x in levels]


def wrap(inner):
    yield from inner


w = watcher()
a = wrap(w)
b = wrap(a)
levels[:] = [b, a, w]
for states in b:
    print(states, [x.gi_running for x in levels])


# gi_yieldfrom after each step, and a finished middle level.
def short():
    yield 1
    return "short"


def two_phase():
    r = yield from short()
    yield r
    yield from leaf(2)


g = two_phase()
print(next(g), type(g.gi_yieldfrom).__name__)
print(next(g), g.gi_yieldfrom)
print(next(g), g.gi_yieldfrom.__name__)
print(list(g))


# throw() into the outermost lands in the innermost after many steps.
def catcher():
    while True:
        try:
            yield "ready"
        except KeyError as e:
            yield "caught %r" % e.args[0]


g = wrap(wrap(wrap(catcher())))
print(next(g), next(g))
print(g.throw(KeyError("k")))
print(next(g))
g.close()
print(g.gi_frame)


# A coroutine chain whose bottom is an object with __await__.
class Ticket:
    def __await__(self):
        v = yield "waiting"
        return v * 2


async def inner_coro():
    return await Ticket()


async def outer_coro():
    a = await inner_coro()
    b = await inner_coro()
    return a + b


c = outer_coro()
print(c.send(None))
print(c.send(5))
try:
    c.send(7)
except StopIteration as e:
    print("coroutine returned", e.value)


# A generator-based coroutine in the middle of an await chain.
@types.coroutine
def legacy():
    x = yield "legacy"
    return x


async def uses_legacy():
    return await legacy()


c = uses_legacy()
print(c.send(None))
try:
    c.send("sent")
except StopIteration as e:
    print("legacy returned", e.value)


# An exception raised in the innermost generator leaves through each level.
def bad_leaf():
    yield 1
    raise ValueError("deep")


def lvl(d):
    if d == 0:
        yield from bad_leaf()
    else:
        yield from lvl(d - 1)


g = lvl(3)
print(next(g))
try:
    next(g)
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("ValueError", e, names)
print(next(g, "exhausted"))

# Re-entering a running chain from its innermost level.
def reenter():
    yield next(top)


top = wrap(wrap(reenter()))
try:
    next(top)
except ValueError as e:
    print("ValueError:", e)

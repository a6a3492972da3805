# States seen from inside and outside a yield-from chain while values
# pass through it level by level.
import inspect


def inner(log, outer_ref):
    for i in range(3):
        o = outer_ref[0]
        log.append((i, o.gi_running, inspect.getgeneratorstate(o), o.gi_yieldfrom is not None))
        got = yield i
        log.append(("got", got))
    return "inner-done"


def middle(log, outer_ref):
    r = yield from inner(log, outer_ref)
    log.append(("middle got", r))
    yield "middle-tail"
    return "middle-done"


def outer(log, outer_ref):
    r = yield from middle(log, outer_ref)
    log.append(("outer got", r))


log = []
ref = [None]
g = outer(log, ref)
ref[0] = g
print(next(g), inspect.getgeneratorstate(g), g.gi_yieldfrom.__name__, g.gi_yieldfrom.gi_yieldfrom.__name__)
print(g.send("a"), g.gi_frame.f_lineno)
print(g.send("b"))
print(g.send("c"), g.gi_yieldfrom.gi_yieldfrom)
try:
    g.send("d")
except StopIteration as e:
    print("stop", e.value)
for entry in log:
    print(entry)

# throw() and close() go to the innermost generator and back out.
def catching():
    try:
        yield 1
    except KeyError as e:
        yield f"caught {e!r}"


def relay():
    yield from relay2()


def relay2():
    yield from catching()


r = relay()
print(next(r), r.throw(KeyError("k")))
try:
    r.throw(ValueError("v"))
except ValueError as e:
    print("out:", repr(e), inspect.getgeneratorstate(r))
r = relay()
next(r)
print(r.close(), inspect.getgeneratorstate(r))

# A for loop and sum() over the same kind of chain.
def leaf(n):
    yield from range(n)


def wrap(depth, n):
    if depth == 0:
        yield from leaf(n)
    else:
        yield from wrap(depth - 1, n)


print(sum(wrap(5, 10)), [v for v in wrap(3, 4)])

# The deprecated 3-argument throw() on generators, coroutines and async
# generators: it still works, with a DeprecationWarning.
import warnings

def gen():
    try:
        yield 1
    except ValueError as e:
        yield f"caught {e!r}"

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    g = gen()
    next(g)
    print(g.throw(ValueError, ValueError("three"), None))
    print(len(w), w[0].category.__name__ if w else None)
    print(str(w[0].message) if w else None)

    g = gen()
    next(g)
    print(g.throw(ValueError, "made from a value"))

async def agen():
    try:
        yield 1
    except KeyError as e:
        yield f"agen caught {e!r}"

def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    a = agen()
    print(step(a.__anext__()))
    print(step(a.athrow(KeyError, KeyError("k"), None)))
    print([str(x.message) for x in w])

def plain():
    yield
g = plain()
next(g)
try:
    g.throw(ValueError, 1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    g.throw(42)
except TypeError as e:
    print("TypeError:", e)

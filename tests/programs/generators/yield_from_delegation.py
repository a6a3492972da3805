# yield from passes values, send(), throw() and the return value through.
def inner():
    x = yield "inner-1"
    print("inner got", x)
    try:
        yield "inner-2"
    except KeyError:
        print("inner caught KeyError")
    return "inner-result"

def outer():
    result = yield from inner()
    print("outer got", result)
    yield "outer-end"

g = outer()
print(next(g))
print(g.send("hello"))
print(g.throw(KeyError))
def flatten(items):
    for it in items:
        if isinstance(it, list):
            yield from flatten(it)
        else:
            yield it
print(list(flatten([1, [2, [3, 4]], 5])))

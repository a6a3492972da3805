# Return values of generators: StopIteration.value, return in a
# generator expression's source, close() returning the value (3.13).
def g(n):
    yield from range(n)
    return n * 10

it = g(2)
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print("value", e.value, e.args)

def catching():
    try:
        yield 1
    except GeneratorExit:
        return "closed politely"

c = catching()
next(c)
print(c.close())
print(c.close())
fresh = catching()
print(fresh.close())

def returns_none():
    yield
    return
r = returns_none()
next(r)
try:
    next(r)
except StopIteration as e:
    print(repr(e.value), e.args)

def returns_tuple():
    yield
    return (1, 2)
t = returns_tuple()
next(t)
try:
    t.send(None)
except StopIteration as e:
    print(e.value, e.args)

def stopiter_value():
    yield
    return StopIteration("inner")
s = stopiter_value()
next(s)
try:
    next(s)
except StopIteration as e:
    print(type(e.value).__name__, e.value)

# Positional calls that leave trailing parameters to their defaults (the
# interpreter's fast call path): defaults are shared objects, generators
# and coroutines get them too, and a missing argument without a default
# is still CPython's TypeError.
def f(a, b=2, c=[]):
    c.append(a)
    return a, b, len(c)

print(f(1), f(2, 3), f(3, 4, []), f(4))
print(f.__defaults__[1])

def gen(n, step=2):
    i = 0
    while i < n:
        yield i
        i += step

print(list(gen(7)), list(gen(7, 3)))

async def coro(x, y=10):
    return x + y

c = coro(5)
try:
    c.send(None)
except StopIteration as e:
    print("coroutine returned", e.value)

def g(a, b, c=1):
    return a + b + c

try:
    g(1)
except TypeError as e:
    print("TypeError:", e)

f.__defaults__ = (20, [])
print(f(1))
f.__defaults__ = None
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)

class K:
    def m(self, x, y="default"):
        return (x, y)

print(K().m(1), K().m(1, 2))
g(1)

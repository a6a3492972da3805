# Calls with keyword arguments to Python functions and bound methods (the
# interpreter binds them straight from the stack when it can): keywords
# for positional and keyword-only parameters, defaults for the rest, and
# every mistake reported as CPython words it.
def f(a, b=2, *, c, d=4):
    return (a, b, c, d)

print(f(1, c=3), f(1, b=5, c=6), f(a=7, c=8), f(1, 2, d=0, c=9), f(c=1, a=2))

def posonly(x, /, y=0):
    return x, y

print(posonly(1, y=2))
for bad in (lambda: posonly(x=1), lambda: f(1, a=2, c=3), lambda: f(1),
            lambda: f(1, c=1, e=2), lambda: f(1, cc=2), lambda: f(1, 2, 3, c=4)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

class Point:
    def __init__(self, x, y=0, *, label="p"):
        self.x, self.y, self.label = x, y, label
    def moved(self, dx=0, dy=0):
        return Point(self.x + dx, self.y + dy, label=self.label + "'")
    def __repr__(self):
        return f"{self.label}({self.x}, {self.y})"

p = Point(1, label="a")
print(p, p.moved(dy=5), p.moved(dx=1, dy=1).moved(dy=-1), Point(y=3, x=4))
m = p.moved
print(m(dx=10))

def counter(start=0, *, step=1):
    n = start
    while n < start + 3 * step:
        yield n
        n += step

print(list(counter(step=2)), list(counter(start=5)), list(counter(10, step=5)))

def outer(k):
    def inner(a, *, scale=k):
        return a * scale + k
    return inner

g = outer(3)
print(g(2), g(2, scale=10), g(a=1))

def mutable(x, acc=[]):
    acc.append(x)
    return len(acc)

print(mutable(x=1), mutable(x=2), mutable(x=3, acc=[]))
f.__kwdefaults__ = {"c": "kwdefault", "d": 4}
print(f(0))
f.__kwdefaults__ = None
try:
    f(0)
except TypeError as e:
    print("TypeError:", e)
print(f(0, c=1, **{"d": 2}))

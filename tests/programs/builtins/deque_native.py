# collections.deque: the whole API, its errors and messages, maxlen
# behaviour, iteration invalidation, subclasses, comparisons and repr.
from collections import deque
import copy

d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), bool(d), bool(deque()), d[0], d[-1], d[2], 3 in d, 9 in d)
print(d.pop(), d.popleft(), d)
d.extend([5, 6]); d.extendleft([-1, -2])
print(d, list(d), list(reversed(d)))
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.rotate(0); d.rotate(len(d) * 3 + 1); print(d)
d.reverse(); print(d)
print(d.count(5), d.index(5), d.index(2, 1), d.index(2, 0, 9))
d.insert(1, "x"); d.insert(-1, "y"); d.insert(100, "z"); d.insert(-100, "w"); print(d)
d.remove("x"); print(d)
d[0] = "first"; d[-1] = "last"; print(d)
del d[1]; del d[-2]; print(d)
c = d.copy(); c.append("c"); print(c is d, d == c, c, copy.copy(d) == d, copy.deepcopy(d) == d)
d.clear(); print(d, len(d))

m = deque(range(5), maxlen=3)
print(m, m.maxlen, deque().maxlen)
m.append(5); print(m)
m.appendleft(1); print(m)
m.extend(range(10, 14)); print(m)
m.extendleft("ab"); print(m)
z = deque([1, 2], maxlen=0); z.append(3); print(z, len(z))
full = deque([1, 2], maxlen=2)
for bad in (lambda: full.insert(0, 9), lambda: deque().pop(), lambda: deque().popleft(),
            lambda: deque([1]).remove(2), lambda: deque([1]).index(2), lambda: deque([1])[5],
            lambda: deque([1])[-5], lambda: deque()[0], lambda: deque([1])["a"],
            lambda: deque([1])[0:1], lambda: deque(maxlen=-1), lambda: deque(maxlen="x"),
            lambda: deque([1]) + [2], lambda: hash(deque()), lambda: deque(1),
            lambda: setattr(deque(), "maxlen", 3), lambda: deque([1]).rotate("x"),
            lambda: deque([3]) < deque(["a"])):
    try:
        bad()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)

it = iter(deque([1, 2, 3]))
dq = deque([1, 2, 3])
it = iter(dq)
print(next(it))
dq.append(4)
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
dq2 = deque([1, 2, 3])
it2 = iter(dq2)
dq2[0] = 10
print(list(it2))

print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([1]), deque([1, 2]) < deque([1, 3]),
      deque([1]) <= deque([1]), deque([2]) > deque([1, 5]), deque([1]) == [1])
print(deque("ab") + deque("cd"), deque([1]) * 3, 2 * deque([0]), deque([1, 2], maxlen=3) * 2)
e = deque([1]); e += [2, 3]; e += "ab"; print(e)
e *= 2; print(e)
e *= 0; print(e)
f = deque([1, 2]); f.extend(f); print(f)
g = deque([1]); g += g; print(g)

class Stack(deque):
    def push(self, x):
        self.append(x)

s = Stack([1, 2], maxlen=5)
s.push(3)
print(s, type(s).__name__, len(s), s.maxlen, isinstance(s, deque), type(s.copy()).__name__)

class Logged(deque):
    def __init__(self, items):
        super().__init__(items, 4)
        self.log = ["init"]
    def append(self, x):
        self.log.append(x)
        super().append(x)

l = Logged("abc")
l.append("d")
l.append("e")
print(l, l.log, l.maxlen)
r = deque()
r.append(r)
print(r)
print(deque.__name__, deque.__module__, repr(deque)[:30], deque.__doc__ is not None)
print(deque[int], sorted(x for x in dir(deque) if not x.startswith("__")))
print(deque(x * x for x in range(4)), deque({1: 2}), deque(iterable=[7], maxlen=None))

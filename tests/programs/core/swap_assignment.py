# `a, b = x, y` and three-name forms (compiled without building a tuple)
# keep Python's order: every value first, left to right, then the
# targets, left to right.
log = []


def v(x):
    log.append(f"value {x}")
    return x


class Rec:
    def __setattr__(self, name, value):
        log.append(f"set {name}={value}")
        object.__setattr__(self, name, value)


a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = 1, 2, 3
x, y, z = z, x, y
print(x, y, z)
f0, f1 = 0, 1
for _ in range(10):
    f0, f1 = f1, f0 + f1
print(f0, f1)
r = Rec()
r.p, r.q = v(1), v(2)
r.p, r.q, r.s = v(3), v(4), v(5)
print(log)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 9
print(i, lst)
(m, n), o = (1, 2), 3
[p, q] = 5, 6
print(m, n, o, p, q)
try:
    s, t = 1, [][0]
except IndexError as e:
    print("IndexError:", e, "s" in dir())

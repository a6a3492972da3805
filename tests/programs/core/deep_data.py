# Deeply nested data: comparisons, hashing, membership and repr are
# bounded like CPython's C recursion (RecursionError, never a crash), and
# moderately deep data still works.
def nest(n, make):
    x = make(())
    for _ in range(n):
        x = make((x,))
    return x

for n in (5000, 50000, 200000):
    x, y = nest(n, list), nest(n, list)
    try:
        print(n, "eq", x == y)
    except RecursionError as e:
        print(n, "RecursionError:", e)
    try:
        print(n, "lt", x < y)
    except RecursionError as e:
        print(n, "RecursionError:", e)

t = nest(5000, tuple)
print(hash(t) == hash(nest(5000, tuple)), t in {t}, t == t)
for n in (50000,):
    t = nest(n, tuple)
    try:
        hash(t)
        print(n, "hashed")
    except RecursionError as e:
        print(n, "RecursionError:", e)
    del t

d = {}
for _ in range(20000):
    d = {"k": d}
try:
    print(d == {"k": d["k"]})
except RecursionError as e:
    print("dict RecursionError:", e)
x = nest(100000, list)
try:
    repr(x)
except RecursionError as e:
    print("repr RecursionError:", e)
print("done")

# Dicts change representation as they grow past a few keys and shrink
# back when emptied; lookups, order, deletion and equal-but-distinct keys
# must not notice.


class Key:
    """Equal to ints with the same value, hashed like them."""

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        return self.v == (other.v if isinstance(other, Key) else other)

    def __repr__(self):
        return "Key(%d)" % self.v


for n in (0, 1, 7, 8, 9, 10, 30):
    d = {}
    for i in range(n):
        d["k%d" % i] = i
    ok = all(d["k%d" % i] == i for i in range(n))
    missing = [k for k in ("k%d" % n, "x", "") if k in d]
    print(n, len(d), ok, missing, list(d)[:3])

# Deleting across the boundary, then growing again.
d = {i: str(i) for i in range(12)}
for i in range(0, 12, 3):
    del d[i]
print(len(d), list(d), d.get(3), d.get(4))
for i in range(100, 106):
    d[i] = i
print(len(d), list(d)[-3:], 101 in d, 0 in d)
while d:
    d.popitem()
print(d, 5 in d)
d[5] = "five"
print(d, d[5])

# Equal keys of different types share an entry.
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
d = {}
for i in range(10):
    d[i] = i
d[3.0] = "three"
d[Key(4)] = "four"
print(d[3], d[4], len(d), Key(9) in d, Key(10) in d)

# -1 and -2 hash alike; both live side by side.
d = {-1: "a", -2: "b"}
print(hash(-1) == hash(-2), d[-1], d[-2], len(d))
big = {i: i for i in range(-20, 0)}
print(big[-1], big[-2], len(big))

# A key whose __eq__ raises is reported once it must be compared.
class Bad:
    def __hash__(self):
        return 1

    def __eq__(self, other):
        raise ValueError("no comparing")


d = {1: "one"}
try:
    d[Bad()]
except ValueError as e:
    print("ValueError:", e)
print(d.get(2, "absent"), Bad() in {2: 2})

# clear() and update keep working across sizes.
d = dict.fromkeys(range(15))
d.clear()
print(d, 3 in d)
d.update({"a": 1, "b": 2})
d.update((str(i), i) for i in range(10))
print(len(d), d["a"], d["9"], "10" in d)

# Instance attributes go through the same dicts.
class Many:
    pass


m = Many()
for i in range(12):
    setattr(m, "a%d" % i, i)
print(m.a0, m.a11, len(m.__dict__))
for i in range(12):
    delattr(m, "a%d" % i)
print(m.__dict__, hasattr(m, "a0"))
m.z = 1
print(m.__dict__)

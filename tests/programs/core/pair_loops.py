# for a, b in enumerate(...) / zip(x, y) / d.items(): the pairs go
# straight to the unpacking. Their edges: enumerate's start and an inner
# iterator that raises, zip's shorter side (and what it consumed), strict
# zip, a dict changing size, subclasses, nested unpacking, and the pair
# iterators used without unpacking.


def gen(n, fail_at=None):
    for i in range(n):
        if i == fail_at:
            raise ValueError(f"boom at {i}")
        yield i * 10


for i, v in enumerate("abc", start=5):
    print(i, v, end="; ")
print()
it = iter([1, 2, 3, 4])
for a, b in zip(it, "xy"):
    print(a, b, end="; ")
print("left:", list(it))
it2 = iter("pq")
for a, b in zip([1, 2, 3], it2):
    print(a, b, end="; ")
print("left:", list(it2))
try:
    for a, b in zip([1, 2], [1], strict=True):
        print(a, b)
except ValueError as e:
    print("ValueError:", e)
try:
    for i, v in enumerate(gen(5, fail_at=2)):
        print(i, v, end="; ")
except ValueError as e:
    print("ValueError:", e)
d = {"a": 1, "b": 2}
for k, v in d.items():
    print(k, v, end="; ")
print()
try:
    for k, v in d.items():
        d["c" + k] = v
except RuntimeError as e:
    print("RuntimeError:", e)


class MyDict(dict):
    def items(self):
        return [("overridden", 0)]


for k, v in MyDict(z=1).items():
    print(k, v)
for i, (a, b) in enumerate(zip("ab", "cd")):
    print(i, a, b, end="; ")
print()
print(list(enumerate("xy")), list(zip("ab", (1, 2))), list({1: 2}.items()))
e = enumerate("hey")
for i, c in e:
    if i == 1:
        break
print(next(e), list(e))
try:
    for a, b in enumerate([1, 2]):
        a, b, c = b
except TypeError as e2:
    print("TypeError:", e2)
for x in zip([1, 2], [3, 4], [5, 6]):
    print(x, end=" ")
print()
try:
    for a, b in zip([1, 2], [3, 4], [5, 6]):
        pass
except ValueError as e3:
    print("ValueError:", e3)

# Comprehensions as CPython 3.13 runs them (PEP 709: list, set and dict
# comprehensions have no frame of their own) and their scoping rules:
# loop variables stay inside, outer variables are read as they are, a
# class body's names are invisible, walrus binds outside, nested and
# shadowing comprehensions, closures over loop variables, super().
import sys
import traceback


def frames():
    return [sys._getframe().f_code.co_name for _ in range(1)]


print(frames(), {k: sys._getframe().f_code.co_name for k in "a"})
print(list(sys._getframe().f_code.co_name for _ in range(1)))


def outer_vars(data, scale):
    x = "outer x"
    total = sum([v * scale for v in data])
    pairs = {k: v for k, v in zip("abc", data)}
    flat = [a * b for a in data for b in data if a != b]
    print(total, pairs, flat, x)
    ys = [x for x in data]  # shares its name with a local
    print(ys, x)
    nested = [[r * c for c in range(3)] for r in range(2)]
    shadow = [[x for x in range(r)] for x in range(3) for r in [x]]
    print(nested, shadow)
    after = [(y, [y * 2 for _ in range(1)]) for y in range(2)]
    print(after)
    try:
        print(v)
    except NameError as e:
        print("NameError:", e)


outer_vars([1, 2, 3], 10)


def walrus(data):
    hits = [last := d for d in data if d % 2]
    print(hits, last)
    print([total := 0 for _ in range(1)], total)


walrus([1, 2, 3, 4, 5])


def closures():
    fs = [lambda: i for i in range(3)]
    gs = [lambda i=i: i for i in range(3)]
    k = 10
    hs = [lambda: k + j for j in range(2)]
    print([f() for f in fs], [g() for g in gs], [h() for h in hs])


closures()


class Config:
    base = 100
    names = ["a", "b"]
    upper = [n.upper() for n in names]  # the first iterable sees the class
    try:
        scaled = [base * i for i in range(2)]
    except NameError as e:
        scaled = str(e)
    table = {n: len(n) for n in names}


print(Config.upper, Config.scaled, Config.table)
print([name for name in vars(Config) if not name.startswith("_")])

x = "module x"
print([x for x in range(3)], x)
squares = {i: i * i for i in range(4)}
print(squares, "i" in globals())


class Base:
    def describe(self):
        return "base"


class Child(Base):
    def items(self):
        return [super().describe() + str(i) for i in range(2)]


print(Child().items())


def unbound_use():
    try:
        return [z for _ in range(1)]
    except NameError as e:
        return f"NameError: {e}"
    z = 1


print(unbound_use())


def with_locals():
    a = 1
    r = [sorted(locals()) for b in range(1)]
    return r, sorted(locals())


print(with_locals())


def fails():
    return [1 / (i - 2) for i in range(3)]


try:
    fails()
except ZeroDivisionError:
    tb = traceback.extract_tb(sys.exc_info()[2])
    print([f.name for f in tb])

print([y for y in range(3) if y], {c for c in "hello"} == set("helo"))
g = (i * 2 for i in range(3))
print(type(g).__name__, list(g))

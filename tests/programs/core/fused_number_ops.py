# Sequences the loop runs as fused instructions: loads of locals and
# constants feeding an operation or comparison. Their fast case is two
# inline numbers; everything else must behave exactly as unfused code.


def arith(x, y):
    return [x + 1, x - 2, x * 3, x // 2, x % 7, x + y, x - y, x * y, x / 4,
            x ** 2, x // y, x % y]


def bits(x, y):
    return [x & 5, x | 8, x ^ 3, x & y, x | y, x ^ y, x << 2, x >> 1]


print(arith(10, 3))
print(arith(-7, 2.5))
print(arith(2.5, -1))
print(bits(12, -3), bits(-12, 2 ** 65))
# overflow of the inline int range goes to big ints
print(arith(2 ** 62, 2 ** 62))
print(arith(-(2 ** 63), -1))
print(arith(True, 2))


def compares(x, y):
    return (x < 2, x <= 2, x == 2, x != 2, x > 2, x >= 2,
            x < y, x <= y, x == y, x != y, x > y, x >= y)


print(compares(1, 2))
print(compares(2, 2.0))
print(compares(2.5, float("nan")))
print(compares(float("nan"), float("nan")))
print(compares(2 ** 70, 2 ** 70))


def augmented(n):
    total = 0
    f = 0.0
    while n > 0:
        total += n
        f += 0.5
        n -= 1
    return total, f


print(augmented(100))


def strings(a, b):
    return a + "!", a + b, a * 2, a < b, a == "x"


print(strings("x", "y"))


def unbound_const():
    if False:
        v = 1
    return v + 1


def unbound_second():
    w = 1
    if False:
        v = 1
    return w + v


for f in (unbound_const, unbound_second):
    try:
        f()
    except UnboundLocalError as e:
        print(type(e).__name__, e)


def zero(x, y):
    for op in (lambda: x / 0, lambda: x // 0, lambda: x % 0, lambda: x / y):
        try:
            print(op())
        except ZeroDivisionError as e:
            print("ZeroDivisionError", e)


zero(1, 0)
zero(1.5, 0.0)


def mixed(x):
    try:
        return x < 1
    except TypeError as e:
        return str(e)


print(mixed("a"), mixed(None), mixed(0))


class Loud:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def store_then_load():
    a = Loud("first")
    b = 5
    a = 1  # drops "first" right here, before b is loaded
    print("after store", b)
    return a + b


print(store_then_load())


def loop_into_middle(n):
    # the loop's jump lands between the fused load and its operation
    i = 0
    acc = 0
    while i < n:
        acc = acc + i
        i = i + 1
    return acc, i


print(loop_into_middle(10))


def shifts(x):
    out = [x >> 1, x >> 63, x >> 64, x >> 200, x << 1, x << 62, x << 63, x << 100]
    for bad in (-1, -64):
        try:
            out.append(x << bad)
        except ValueError as e:
            out.append(str(e))
        try:
            out.append(x >> bad)
        except ValueError as e:
            out.append(str(e))
    return out


print(shifts(1))
print(shifts(-5))
print(shifts(3 * 2 ** 40))
print(shifts(0))


def branches(values):
    # a number result feeding a conditional jump, and one stored to a local
    out = []
    for v in values:
        if v % 2:
            out.append("odd")
        if not v * 1:
            out.append("zero")
        w = v - 1
        if w:
            out.append(w)
        elif v < 1:
            out.append("small")
    return out


print(branches([0, 1, 2, 3, 0.0, 0.5, float("nan"), -1]))


def store_over_object():
    s = "text"
    n = 5
    s = n + 1  # the slot held an object: stored the long way
    t = None
    t = n * 2
    return s, t


print(store_over_object())

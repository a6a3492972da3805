# Inlined comprehensions (PEP 709) whose variables share their names with
# the enclosing function's locals: the local comes back as it was, after
# the loop and after an exception out of it, unbound if it was unbound;
# nested comprehensions reusing a name; cells and globals of that name.
import sys
import traceback


def shared():
    x = "outer"
    ys = [x * 2 for x in range(3)]
    print(ys, x)
    try:
        [1 / (x - 1) for x in range(3)]
    except ZeroDivisionError:
        print("after exception:", x)
    try:
        print(unbound_later)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    print([unbound_later for unbound_later in "ab"])
    try:
        print(unbound_later)
    except UnboundLocalError as e:
        print("still unbound:", e)
    unbound_later = 1
    nested = [[x for x in range(i)] for x in range(3) for i in [x]]
    both = [(x, [x * 10 for x in range(2)], x) for x in "ab"]
    print(nested, both, x)
    d = {x: [x for x in range(x)] for x in range(3)}
    print(d, x)


shared()


def with_cell():
    x = "cell"
    f = lambda: x
    vals = [x for x in range(3)]
    print(vals, x, f())


with_cell()

g = "global"


def with_global():
    global g
    vals = [g for g in range(2)]
    print(vals, g)


with_global()


def frames_and_tracebacks():
    i = "mine"
    try:
        [sys._getframe().f_code.co_name + str(1 / (i - 1)) for i in range(3)]
    except ZeroDivisionError:
        tb = traceback.extract_tb(sys.exc_info()[2])
        print([f.name for f in tb], i)


frames_and_tracebacks()


def generator_user():
    x = 10
    yield [x for x in range(2)]
    yield x


print(list(generator_user()))


class K:
    x = "class x"
    vals = [x for x in range(2)]


print(K.x, K.vals)
print([x for x in range(2)], "x" in dir())


def deep(n):
    a = b = c = "keep"
    r = [(a, b, c) for a in range(n) for b in range(a) for c in [a + b]]
    return r, a, b, c


print(deep(3))

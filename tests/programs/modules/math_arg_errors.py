# math functions given the wrong number of arguments: CPython's messages
# (and never a crash).
import math
import gc
import time


def show(f):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)


show(lambda: math.dist())
show(lambda: math.dist([1]))
show(lambda: math.dist([0, 0], [3, 4]))
show(lambda: math.prod())
show(lambda: math.prod([2, 3], start=2))
show(lambda: math.prod([1], 2, 3))
show(lambda: math.isclose(1))
show(lambda: math.isclose(1, 1.0, rel_tol=0.1, abs_tol=0.0, x=1))
show(lambda: math.fmod(1))
show(lambda: math.fmod(7, 3))
show(lambda: math.fsum())
show(lambda: math.modf(1, 2))
show(lambda: gc.isenabled(1))
show(lambda: gc.is_tracked())
show(lambda: time.monotonic(1) > 0)
show(lambda: time.time(x=1))

# Built-ins whose signature fixes their arguments (none, or exactly one):
# CPython's messages for too many, too few and keyword arguments.
import math


def show(f):
    try:
        f()
    except TypeError as e:
        print(e)


show(lambda: len())
show(lambda: len([], []))
show(lambda: len(obj=[]))
show(lambda: [].copy(1))
show(lambda: [].append())
show(lambda: [].append(1, 2))
show(lambda: [].append(x=1))
show(lambda: {}.keys(x=1))
show(lambda: math.sqrt())
show(lambda: math.sqrt(1, 2))
show(lambda: list.append([], 1, 2))
show(lambda: str.upper("a", "b"))
show(lambda: int.from_bytes())
print(len([1]), [].copy(), "a".upper(), math.sqrt(4.0), list.append([], 1))

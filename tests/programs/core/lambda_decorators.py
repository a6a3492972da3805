# Decorators (stacked, with arguments), lambdas and functools.wraps.
import functools
def trace(prefix):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a, **k):
            print(prefix, fn.__name__, a)
            return fn(*a, **k)
        return wrapper
    return deco

def twice(fn):
    return lambda *a: fn(fn(*a))

@trace("call")
@twice
def inc(x):
    "Add one."
    return x + 1
print(inc(1), inc.__name__, inc.__doc__)
square = lambda v: v * v
print(square(7), (lambda: "no args")())
print(sorted(["b", "A", "c"], key=lambda s: s.lower()))

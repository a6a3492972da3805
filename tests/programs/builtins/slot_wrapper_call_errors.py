# Wrong calls of built-in slot wrappers and the helpers added with them:
# CPython's exception and message for each, never a crash.
import sys
tests = [lambda: list.__eq__(), lambda: str.__hash__("a", 2), lambda: str.__hash__(), lambda: slice.__lt__(slice(1), 2),
 lambda: list.__repr__(), lambda: list.__repr__([], 1), lambda: property.__init__(property(), 1, 2, 3, 4, 5),
 lambda: set.__init__(frozenset()), lambda: object.__sizeof__(1, 2), lambda: sys.getsizeof(),
 lambda: hash(slice([], 1)), lambda: slice([]) < slice(1), lambda: list.__eq__(5, [1]),
 lambda: bytes.__str__(1), lambda: type.__repr__(5), lambda: tuple.__hash__(([],)),
 lambda: __import__("inspect").getmembers(5, 3), lambda: __import__("types").new_class("X", (1,))]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)

# Keyword and argument-count errors of builtins and methods, as CPython
# words them (sorted, print, int, split, fromkeys, log, round, ...).
import math
tests = [
    lambda: sorted([1], reverse=1, key=None, x=1),
    lambda: print(1, sep=1),
    lambda: print(1, end=2),
    lambda: int("5", base=40),
    lambda: int(x=5),
    lambda: "a".split(sep="b", maxsplit="c"),
    lambda: [].sort(key=1, reverse=False) or "ok",
    lambda: dict.fromkeys(),
    lambda: math.log(),
    lambda: math.log(1, 2, 3),
    lambda: round(number=1.5),
    lambda: enumerate(iterable=[1], start="x"),
    lambda: max(1, key=1),
    lambda: min(1, 2, default=0),
    lambda: open(),
    lambda: range(1, 2, 0),
    lambda: "abc".startswith(("a", 1)),
    lambda: "{0}{1}".format(1),
    lambda: "{x}".format(y=1),
    lambda: sum(["a"], ""),
    lambda: isinstance(1, [int]),
    lambda: issubclass(1, int),
    lambda: divmod(1, 0),
    lambda: pow(0, -1),
    lambda: list.append(),
    lambda: str.join(1, []),
    lambda: "x".encode(encoding=5),
    lambda: bytes("x"),
    lambda: int.to_bytes(1, 1, "middle"),
    lambda: chr("a"),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__ + ":", e)

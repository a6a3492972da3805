# CPython's TypeError messages for common operations.
cases = [
    lambda: 1 + "a", lambda: "a" + 1, lambda: [] + (), lambda: len(5), lambda: 5(),
    lambda: None.x, lambda: "abc"[1.5], lambda: [1][None], lambda: {}[[]],
    lambda: 1 < "a", lambda: iter(5), lambda: next([]), lambda: -"a", lambda: ~1.5,
    lambda: int("12a"), lambda: float("x"), lambda: int([]), lambda: "a" * 2.0,
    lambda: {1: 2}.get(), lambda: (1, 2).index(5), lambda: [].pop(), lambda: {}.pop("k"),
    lambda: set().remove(1), lambda: "x".join([1]), lambda: abs("a"), lambda: ord("ab"),
    lambda: chr(-1), lambda: round("x"), lambda: sorted(1),
]
for c in cases:
    try:
        c()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")

# Tuple (and list) comparison item by item: ints and floats decide
# directly, equal items move on, NaN follows Python's rules (an object is
# equal to itself inside containers, distinct NaNs are unequal), and mixed
# or non-number items fall back to their own comparisons.
nan = float("nan")
pairs = [
    ((1, 2, 3), (1, 2, 4)), ((1, 2), (1, 2)), ((1, 2), (1, 2, 0)), ((2,), (1, 9)),
    ((1.5, 2), (1.5, 1)), ((1, 2.0), (1, 2)), ((-1, "a"), (-1, "b")),
    ((nan,), (nan,)), ((1, nan), (1, nan)), ((0.0,), (-0.0,)),
    ([1, 2], [1, 3]), ((10**20, 1), (10**20, 0)), ((True, 1), (1, True)),
]
for a, b in pairs:
    print(a, b, a < b, a <= b, a == b, a != b, a > b, a >= b)
x = (nan, 1)
print(x == x, x < x, [x] == [x], (nan, 1) == (nan, 1))
recs = [((i * 2654435761) % 1009, i % 7, i) for i in range(50)]
recs.sort()
print(recs[:5], recs[-3:])
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1.0, "y")]))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print("TypeError:", e)
d = {(1, 2): "a", (1.0, 2.0): "b", (nan, 1): "c"}
print(d, hash((1, 2)) == hash((1.0, 2.0)))

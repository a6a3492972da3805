# tuples: packing, comparison, hashing, methods, single-element repr.
t = 1, 2, 3
print(t, (1,), (), t[1:], t + (4,), t * 2, t.index(2), t.count(1), hash(t) == hash((1, 2, 3)))
a, (b, c) = 1, (2, 3)
print(a, b, c, tuple("ab"), tuple([1]), (1, 2) < (1, 2, 0), max([(1, "b"), (1, "a")]))

# Mixed-type comparisons, chained comparisons, int/float equality and hashing.
print(1 == 1.0, hash(1) == hash(1.0), 1 < 2.5 < 3, 2 ** 53 + 1 == float(2 ** 53 + 1), 0.1 * 3 == 0.3)
print([1, 2] < [1, 3], (1, 2) == (1, 2.0), "a" < "b" < "c", [1] == [1.0], {1: "a"}[1.0], True + True)
print(float("nan") == float("nan"), 10 ** 400 > 1e308, -(10 ** 400) < float("-inf"))
x = 5
print(1 < x <= 5, 1 < x < 5, x == 5 is not None)

# enumerate, zip (strict), map, filter, reversed, iter with sentinel, all/any.
print(list(enumerate("ab", 1)), list(zip([1, 2], "xy", (True, False))))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(map(lambda a, b: a + b, [1, 2], [10, 20, 30])), list(filter(lambda v: v > 1, [0, 1, 2, 3])))
print(list(reversed([1, 2, 3])), list(reversed(range(4))), "".join(reversed("abc")), list(reversed((1, 2))))
print(all([]), any([]), all(x > 0 for x in [1, 2]), any(x > 5 for x in [1, 2]))
print(sorted({"b": 1, "a": 2}), sorted([(1, "b"), (1, "a"), (0, "z")]), sorted("bca", reverse=True))
print(list(range(10, 0, -3)), range(5)[1:3], len(range(0, 10, 3)), 9 in range(0, 10, 3), range(3) == range(0, 3))

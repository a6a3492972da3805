# abs, divmod, pow, round (banker's), min/max with key and default, sum with start.
print(abs(-3), abs(-2.5), abs(3+4j), divmod(7, -2), divmod(-7.5, 2))
print(pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(-2, 3, 7), pow(3, -1, 7))
print(round(2.5), round(3.5), round(-0.5), round(2.675, 2), round(1234, -2), round(0.5 + 1e-9))
print(round(5.0), type(round(5.0)).__name__, round(1.23456, 3), round(-1.5))
print(max([3, 1, 2]), max([], default="none"), min("bca"), max("ab", "abc", key=len))
print(sum([1, 2, 3], 10), sum([0.1] * 3), sum([[1], [2]], []))
print(bin(10), oct(-8), hex(255), int("ff", 16), int("0b101", 0), int("  42  "), int(-3.9))
print(float("1e3"), float(" -inf "), float("nan") != float("nan"), complex(1, 2), complex("3+4j"))

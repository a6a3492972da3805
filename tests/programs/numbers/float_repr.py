# float repr uses the shortest round-trip digits; edge values.
for x in (0.1, 0.1 + 0.2, 1e16, 1e15, 1.5e-5, 1e-4, 123456789.123, 2.0 ** 60, -0.0, float("inf"), float("nan"), 1 / 3, 100.0):
    print(repr(x), str(x))
print(0.1 + 0.7, 1e308 * 10, -1e308 * 10, 5e-324, 2.5e-324 == 0.0)
print(round(2.675, 2), round(0.125, 2), round(-2.5), 3.7 // 1, -3.7 // 1, 7.5 % 2, -7.5 % 2)
print((0.5).as_integer_ratio(), (3.0).is_integer(), float.fromhex("0x1.8p1"), (1.5).hex())
print(int(3.99), int(-3.99), float(10 ** 20), 10 ** 20 / 3, 1e300 * 1e-300)

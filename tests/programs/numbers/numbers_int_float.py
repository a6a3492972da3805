print(7 // 2, -7 // 2, 7 % -3, -7 % 3, divmod(-7, 2), 2 ** -1, 2 ** 100, (-8) ** (1/3))
print(int("0x1f", 16), int("1_000"), int("  12  "), int(3.99), int(-3.99), int("z", 36))
try:
    int("abc")
except ValueError as e:
    print(e)
try:
    int("1", 1)
except ValueError as e:
    print(e)
print(float("1e3"), float("inf"), float("-nan"), float("  2.5 "), 1e300 * 1e10, -1e300 * 1e10)
print(0.1 + 0.2, 1 / 3, 2.0, 1e16, 1e-5, 123456789012345678.0, 3.0e-10)
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2), round(0.5))
print(10 / 4, 10 / 5, (1).bit_length(), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
print((3.5).as_integer_ratio(), (2.0).is_integer(), float.fromhex("0x1.8p1"), (1.5).hex())
print(abs(-5), abs(-2.5), pow(3, 4, 5), pow(2, -1, 7), max(1, 2.5), min(-1, -1.0))
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    5 % 0
except ZeroDivisionError as e:
    print(e)
print(True + True, True * 3, -True, ~5, 5 & 3, 5 | 3, 5 ^ 3, 1 << 70, -1 >> 3)
print(1 == 1.0, 1 < 1.5, float(2**53) == 2**53 + 1, hash(1) == hash(1.0), 2**64 > 1e19)
print(3 + 4j, (1 + 2j) * (3 - 1j), abs(3 + 4j), complex("1+2j"), (1j) ** 2)
x = 10**50
print(x // 7, x % 7, -x // 7, str(x)[:10], len(str(2**1000)))
try:
    1 << -1
except ValueError as e:
    print(e)
print(int.__name__, (5).real, (5).imag, (5).numerator, (5).denominator, (2.5).real)
print(f"{1234.5678:.2e}", f"{0.000012345:g}", f"{1e20:g}", f"{12:b}", f"{-12:08d}", f"{3.0:.0f}", f"{2.5:.0f}")
import math
print(math.floor(-2.5), math.ceil(2.1), math.sqrt(16), math.isclose(0.1 + 0.2, 0.3), math.gcd(12, 18), math.factorial(20))
print(math.inf > 10**400, math.isnan(float("nan")), math.pi, math.e, math.log(math.e), math.log2(1024), math.hypot(3, 4))

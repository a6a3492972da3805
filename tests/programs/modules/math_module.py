# math functions and their errors.
import math
print(math.sqrt(16), math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7), math.gcd(12, 18), math.lcm(4, 6))
print(math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.isqrt(99), math.prod([1, 2, 3, 4]))
print(round(math.pi, 5), math.e > 2.7, math.inf, math.isnan(math.nan), math.isclose(0.1 + 0.2, 0.3), math.fsum([0.1] * 10))
print(math.log(8, 2), math.log10(1000), math.log2(1024), round(math.sin(math.pi / 2), 3), math.hypot(3, 4), math.copysign(1, -0.0))
for bad in (lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.exp(1000)):
    try:
        bad()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)

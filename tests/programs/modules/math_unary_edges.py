# math's one-argument functions called in loops (the call shortcut) and
# at their edges, which take the full path: domain and range errors,
# bools, huge ints, infinities and nan.
import math

for _ in range(2):
    print(math.sqrt(2.0), math.sqrt(16), math.exp(1), math.sin(0.5), math.cos(3),
          math.log2(8), math.log10(1000.0), math.fabs(-3), math.degrees(math.pi),
          math.radians(180), math.atan(1.0), math.log1p(0.5), math.expm1(1e-10))
print(math.sqrt(True), math.sqrt(2 ** 70), math.exp(-1000.0), math.sqrt(math.inf),
      math.exp(math.inf), math.fabs(-math.inf), math.sin(math.nan))
for bad in (lambda: math.sqrt(-1), lambda: math.sqrt(-1.0), lambda: math.exp(1000),
            lambda: math.log2(0), lambda: math.log10(-2.0), lambda: math.sin(math.inf),
            lambda: math.sqrt("4"), lambda: math.sqrt(10 ** 400), lambda: math.cosh(1e4),
            lambda: math.asin(2), lambda: math.sqrt()):
    try:
        print(bad())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)

import math
print(math.acosh(2), math.asinh(1), math.atanh(0.5), round(math.cbrt(27), 12), math.cbrt(-8), math.exp2(10), math.exp2(0.5))
print(math.erf(0), math.erf(1), math.erfc(0), math.erfc(2), math.gamma(5), round(math.gamma(0.5), 12), round(math.lgamma(10), 12), round(math.lgamma(0.5), 12))
print(math.frexp(8.0), math.frexp(0.0), math.frexp(-3.5), math.ldexp(0.5, 4), math.ldexp(3, -1))
print(math.fma(2, 3, 4), math.remainder(10, 3), math.remainder(11, 3), math.remainder(-7, 2))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, 1.0), math.nextafter(1.0, 2.0, steps=2))
print(math.ulp(1.0), math.ulp(0.0), math.ulp(1e300), math.sumprod([1, 2, 3], [4, 5, 6]), math.sumprod([0.5, 1.5], [2, 2]))
for bad in ['math.acosh(0.5)', 'math.atanh(1)', 'math.gamma(0)', 'math.gamma(-2)', 'math.lgamma(-1)', 'math.gamma(200)',
            'math.ldexp(1.0, 2000)', 'math.ldexp(1.0, 1.5)', 'math.remainder(1, 0)', 'math.sumprod([1], [1, 2])',
            'math.nextafter(1, 2, steps=-1)', 'math.erf("x")', 'math.frexp(None)']:
    try:
        print(bad, eval(bad))
    except (ValueError, OverflowError, TypeError) as e:
        print(bad, type(e).__name__, e)
print(math.gamma(math.inf), math.lgamma(math.inf), math.erf(math.inf), math.isnan(math.acosh(math.nan)))

import cmath, math
inf, nan = math.inf, math.nan
print(cmath.isinf(complex(inf, 1)), cmath.isinf(complex(1, -inf)), cmath.isnan(complex(nan, 1)), cmath.isfinite(complex(1, 1)))
print(cmath.isfinite(complex(inf, 0)), cmath.isnan(1+1j), cmath.isinf(cmath.infj), cmath.isnan(cmath.nanj))
print(cmath.sqrt(complex(-0.0, 0.0)), cmath.sqrt(complex(0.0, -0.0)), cmath.sqrt(-4), cmath.sqrt(complex(-4, -0.0)))
print(cmath.exp(complex(0, math.pi)).real, cmath.log(-1), cmath.log10(100), cmath.log(1j))
print(cmath.isclose(cmath.exp(cmath.log(2+3j)), 2+3j), cmath.isclose(1, 1.0000001, rel_tol=1e-6), cmath.isclose(0, 1e-10, abs_tol=1e-9))
for bad in ['cmath.sqrt(None)', 'cmath.exp("1")', 'cmath.log(0j)', 'cmath.log(1, 0)']:
    try:
        print(eval(bad))
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(bad, type(e).__name__, e)

import cmath, math
vals = [1+2j, -1+0.5j, 0.3-0.7j, -2-3j, 4, -4, 0.5j, 1e-3+1e-3j]
for name in ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'sinh', 'cosh', 'tanh', 'asin', 'acos', 'atan', 'asinh', 'acosh', 'atanh']:
    f = getattr(cmath, name)
    out = []
    for v in vals:
        try:
            r = f(v)
            out.append(f"({r.real:.12g}{r.imag:+.12g}j)")
        except ValueError as e:
            out.append(f"ValueError({e})")
    print(name, ' '.join(out))
print(cmath.phase(-1), cmath.phase(complex(-1, -0.0)), cmath.polar(1j), cmath.rect(2, 0))
print(cmath.sqrt(-1), cmath.sqrt(4), cmath.exp(0), cmath.log(1))
print(cmath.pi == math.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nanj)
print(cmath.isfinite(1+1j), cmath.isinf(complex(math.inf, 0)), cmath.isnan(complex(0, math.nan)), cmath.isclose(1+1j, 1+1.0000000001j))
print(cmath.log(8, 2), cmath.log(100, 10))
for bad in [lambda: cmath.log(0), lambda: cmath.atanh(1), lambda: cmath.sqrt('x'), lambda: cmath.isclose(1, 1, rel_tol=-1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

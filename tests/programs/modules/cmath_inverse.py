import cmath
pairs = [(cmath.sin, cmath.asin), (cmath.cos, cmath.acos), (cmath.tan, cmath.atan),
         (cmath.sinh, cmath.asinh), (cmath.cosh, cmath.acosh), (cmath.tanh, cmath.atanh)]
for f, g in pairs:
    z = 0.3 + 0.4j
    w = g(f(z))
    print(f.__name__, g.__name__, round(w.real, 10), round(w.imag, 10))
for x in [2, -2, 0.5]:
    print(x, [f'{v.real:.10f}{v.imag:+.10f}j' for v in (cmath.asin(x), cmath.acos(x), cmath.acosh(x), cmath.atanh(x) if abs(x) != 1 else 0)])

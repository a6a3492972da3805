import math
xs = [0.5, 1.5, 2.5, 3.7, 10.1, 24.5, 50.25, 100.5, 141.3, 170.5, -0.5, -1.5, -2.25, -10.7, -150.3, 1e-21, -1e-21, 23.0, 5.0]
print([math.gamma(x) for x in xs])
print([math.lgamma(x) for x in xs + [1000.5, 1e6, -1000.25]])
print([math.cbrt(x) for x in [27.0, 8.0, 2.0, -64.0, 1e-300, 0.001, 1e300]])
print([math.erf(x) for x in [0.1, 0.5, 1.7, 3.0, -2.2]], [math.erfc(x) for x in [0.1, 0.5, 1.7, 3.0, 10.0]])
print(math.gamma(171.5) if False else 'skip', math.lgamma(-0.0) if False else 'skip')
for bad in [lambda: math.gamma(171.7), lambda: math.gamma(-3), lambda: math.lgamma(0)]:
    try:
        bad()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)

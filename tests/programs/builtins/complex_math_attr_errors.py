# complex() argument handling, math.modf/perm/nextafter/fsum edge cases, attribute-name errors.
import math
class F:
    def __float__(self): return 2.5
class C:
    def __complex__(self): return 1+2j
class I:
    def __index__(self): return 3
for f in (lambda: complex(None), lambda: complex('1', 1), lambda: complex(1, '1'), lambda: complex(1, None), lambda: complex([]), lambda: complex(1, []),
          lambda: complex(F()), lambda: complex(C()), lambda: complex(I(), F()), lambda: complex(" (1+2j) "), lambda: complex(True, 2), lambda: complex(1j, 1j),
          lambda: math.modf(float('inf')), lambda: math.modf(-2.5), lambda: math.modf(float('nan')), lambda: math.modf(-0.0), lambda: math.modf(-1), lambda: math.modf(3),
          lambda: math.nextafter(1,2,3), lambda: math.nextafter(), lambda: math.nextafter(1, 2, steps=2), lambda: math.perm(-1, 1), lambda: math.perm(-1, None), lambda: math.perm(-1), lambda: math.perm(3, -1), lambda: math.perm(5, 2),
          lambda: math.fsum([1, None]), lambda: math.fsum(['x']), lambda: delattr(1, 2), lambda: setattr(1, 2, 3), lambda: getattr(1, 2), lambda: hasattr(1, 2)):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class Bad:
    def __complex__(self): return 1
try: complex(Bad())
except TypeError as e: print(e)

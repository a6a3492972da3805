"""Mathematical functions of complex numbers (`cmath`), built on `math`.

The inverse functions use Kahan's formulas through complex square roots,
which put the branch cuts where CPython puts them.
"""

import math

pi = math.pi
e = math.e
tau = math.tau
inf = math.inf
nan = math.nan
infj = complex(0.0, inf)
nanj = complex(0.0, nan)


def _c(z):
    if isinstance(z, complex):
        return z
    if isinstance(z, (int, float)):
        return complex(z)
    conv = getattr(type(z), "__complex__", None)
    if conv is not None:
        return conv(z)
    conv = getattr(type(z), "__float__", None) or getattr(type(z), "__index__", None)
    if conv is not None:
        return complex(conv(z))
    raise TypeError(f"must be real number, not {type(z).__name__}")


def phase(z):
    """The argument of z, in [-pi, pi]."""
    z = _c(z)
    return math.atan2(z.imag, z.real)


def polar(z):
    """(modulus, phase) of z."""
    z = _c(z)
    return abs(z), math.atan2(z.imag, z.real)


def rect(r, phi):
    """The complex number with modulus r and phase phi."""
    return complex(r * math.cos(phi), r * math.sin(phi))


def isfinite(z):
    z = _c(z)
    return math.isfinite(z.real) and math.isfinite(z.imag)


def isinf(z):
    z = _c(z)
    return math.isinf(z.real) or math.isinf(z.imag)


def isnan(z):
    z = _c(z)
    return math.isnan(z.real) or math.isnan(z.imag)


def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    a, b = _c(a), _c(b)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError("tolerances must be non-negative")
    if a == b:
        return True
    if isinf(a) or isinf(b):
        return False
    diff = abs(b - a)
    return diff <= rel_tol * abs(b) or diff <= rel_tol * abs(a) or diff <= abs_tol


def sqrt(z):
    """The principal square root, with the branch cut along the negative real axis."""
    z = _c(z)
    x, y = z.real, z.imag
    if x == 0.0 and y == 0.0:
        return complex(0.0, y)
    if math.isinf(y):
        return complex(inf, y)
    ax, ay = abs(x), abs(y)
    s = math.sqrt((ax + math.hypot(ax, ay)) / 2.0) if ax < 1e300 and ay < 1e300 else \
        2.0 * math.sqrt((ax / 4.0 + math.hypot(ax / 4.0, ay / 4.0)) / 2.0)
    d = ay / (2.0 * s)
    if x >= 0.0:
        return complex(s, math.copysign(d, y))
    return complex(d, math.copysign(s, y))


def exp(z):
    z = _c(z)
    if z.imag == 0.0:
        return complex(math.exp(z.real), z.imag)
    r = math.exp(z.real)
    return complex(r * math.cos(z.imag), r * math.sin(z.imag))


def log(z, base=None):
    """The natural logarithm of z, or the logarithm to the given base."""
    z = _c(z)
    if z.real == 0.0 and z.imag == 0.0:
        raise ValueError("math domain error")
    ax, ay = abs(z.real), abs(z.imag)
    h = math.hypot(ax, ay)
    if 0.71 <= h <= 1.73:
        # Near |z| = 1, log1p keeps the real part accurate.
        big, small = max(ax, ay), min(ax, ay)
        real = math.log1p((big - 1.0) * (big + 1.0) + small * small) / 2.0
    else:
        real = math.log(h)
    w = complex(real, math.atan2(z.imag, z.real))
    if base is None:
        return w
    return w / log(base)


def log10(z):
    w = log(z)
    ln10 = math.log(10.0)
    return complex(w.real / ln10, w.imag / ln10)


def cosh(z):
    z = _c(z)
    x, y = z.real, z.imag
    return complex(math.cosh(x) * math.cos(y), math.sinh(x) * math.sin(y))


def sinh(z):
    z = _c(z)
    x, y = z.real, z.imag
    return complex(math.sinh(x) * math.cos(y), math.cosh(x) * math.sin(y))


def tanh(z):
    z = _c(z)
    x, y = z.real, z.imag
    if abs(x) > 354.0:
        return complex(math.copysign(1.0, x), 4.0 * math.sin(y) * math.cos(y) * math.exp(-2.0 * abs(x)))
    tx = math.tanh(x)
    ty = math.tan(y)
    cx = 1.0 / math.cosh(x)
    txty = tx * ty
    denom = 1.0 + txty * txty
    return complex(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)


def _times_i(z):
    return complex(-z.imag, z.real)


def _times_minus_i(z):
    return complex(z.imag, -z.real)


def cos(z):
    return cosh(_times_i(_c(z)))


def sin(z):
    return _times_minus_i(sinh(_times_i(_c(z))))


def tan(z):
    return _times_minus_i(tanh(_times_i(_c(z))))


def asinh(z):
    z = _c(z)
    x, y = z.real, z.imag
    s1 = sqrt(complex(1.0 + y, -x))
    s2 = sqrt(complex(1.0 - y, x))
    return complex(math.asinh(s1.real * s2.imag - s2.real * s1.imag),
                   math.atan2(y, s1.real * s2.real - s1.imag * s2.imag))


def asin(z):
    return _times_minus_i(asinh(_times_i(_c(z))))


def acos(z):
    z = _c(z)
    x, y = z.real, z.imag
    s1 = sqrt(complex(1.0 - x, -y))
    s2 = sqrt(complex(1.0 + x, y))
    return complex(2.0 * math.atan2(s1.real, s2.real),
                   math.asinh(s2.real * s1.imag - s2.imag * s1.real))


def acosh(z):
    z = _c(z)
    x, y = z.real, z.imag
    s1 = sqrt(complex(x - 1.0, y))
    s2 = sqrt(complex(x + 1.0, y))
    return complex(math.asinh(s1.real * s2.real + s1.imag * s2.imag),
                   2.0 * math.atan2(s1.imag, s2.real))


def atanh(z):
    z = _c(z)
    if z.real < 0.0:
        w = atanh(complex(-z.real, -z.imag))
        return complex(-w.real, -w.imag)
    x, y = z.real, z.imag
    ay = abs(y)
    if x == 1.0 and ay == 0.0:
        raise ValueError("math domain error")
    real = math.log1p(4.0 * x / ((1.0 - x) * (1.0 - x) + ay * ay)) / 4.0
    imag = -math.atan2(-2.0 * y, (1.0 - x) * (1.0 + x) - ay * ay) / 2.0
    return complex(real, imag)


def atan(z):
    return _times_minus_i(atanh(_times_i(_c(z))))

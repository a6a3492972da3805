# The handled exception inside a generator is saved across yields and
# restored; sys.exception() as seen inside and outside.
import sys

def g():
    try:
        raise KeyError("inside")
    except KeyError:
        yield sys.exception()
        yield sys.exception()
    yield sys.exception()

it = g()
print(repr(next(it)), repr(sys.exception()))
try:
    raise ValueError("outside")
except ValueError:
    print(repr(next(it)), repr(sys.exception()))
print(repr(next(it)))

def raiser():
    yield
    raise RuntimeError("from generator")
r = raiser()
next(r)
try:
    raise TypeError("handling")
except TypeError:
    try:
        next(r)
    except RuntimeError as e:
        print(repr(e), repr(e.__context__))

print((5).__neg__(), (5).__invert__(), (-5).__abs__(), (2.5).__neg__(), (-2.5).__abs__(), (0.0).__bool__(), (1j).__bool__(), range(0).__bool__(), None.__bool__())
print((3+4j).__abs__(), (1).__pos__(), True.__neg__(), int.__neg__(7))
class I(int):
    def __neg__(self):
        return "neg override"
print(-I(3), ~I(3), +I(3), abs(I(-3)))
class J(int): pass
print(-J(3), ~J(3), type(-J(3)).__name__)
try:
    (1).__add__()
except TypeError as e:
    print(e)
try:
    (1).__neg__(2)
except TypeError as e:
    print(e)
print((1).__add__(2), (1).__radd__(2), (7).__rmod__(30), (2).__rlshift__(1))

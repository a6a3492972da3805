# Every built-in class has a __new__ of its own, bound to it; subclasses
# call up through super().__new__.
for cls in (int, str, float, tuple, list, dict, set, frozenset, bytes, range, type, object, ValueError, KeyError):
    n = cls.__new__
    print(n.__qualname__, n.__self__ is cls, type(n).__name__, n.__text_signature__)
print(str.maketrans.__self__, int.__new__(int, "5"), float.__new__(float, "1.5"), tuple.__new__(tuple, [1]))
class I(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
print(I(4), type(I(4)).__name__)
class E(ValueError):
    def __new__(cls, *a):
        o = super().__new__(cls, *a)
        o.extra = 1
        return o
e = E("m")
print(e, e.extra, e.args)
class P:
    pass
print(P.__new__ is object.__new__, type(P()).__name__)

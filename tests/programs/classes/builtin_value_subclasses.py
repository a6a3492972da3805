# Subclasses of the built-in value types carry their value: arithmetic,
# hashing, equality, __new__ through super(), and methods of their own.
class I(int): pass
class F(float): pass
class S(str): pass
class T(tuple): pass
class FS(frozenset): pass
class C(complex): pass
class L(list): pass
class D(dict): pass
class ST(set): pass
class R:
    pass
for cls, arg in [(I, 5), (F, 2.5), (S, "ab"), (T, (1, 2)), (FS, {1}), (C, 1 + 2j), (L, [1]), (D, {1: 2}), (ST, {3})]:
    try:
        x = cls(arg)
        print(cls.__name__, repr(x), x == arg, hash(x) == hash(arg) if cls not in (L, D, ST) else "-", len(x) if hasattr(arg, "__len__") else x + x, type(x + x if not isinstance(x, (dict, set, frozenset)) else x).__name__)
    except Exception as e:
        print(cls.__name__, type(e).__name__, e)
class Money(int):
    def __repr__(self):
        return f"${int(self)}"
    def __add__(self, o):
        return Money(int(self) + int(o))
print(repr(Money(3) + 4), Money(3) * 2, sum([Money(1), Money(2)], Money(0)))
class Pt(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = Pt(1, 2)
print(p, p.x, p[1], len(p), type(p).__name__)
class Up(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
print(Up("abc"), Up("abc").lower(), type(Up("x")).__name__, isinstance(Up("x"), str))
class C2(complex):
    pass
x = C2(1 + 2j)
print(x.real, x.imag, x + 1, abs(C2(3, 4)), C2("1+1j"), repr(C2()), type(x).__name__, x.conjugate())

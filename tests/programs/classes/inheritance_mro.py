# Multiple inheritance, C3 MRO, cooperative super() and MRO errors.
class A:
    def hello(self): return "A"
class B(A):
    def hello(self): return "B>" + super().hello()
class C(A):
    def hello(self): return "C>" + super().hello()
class D(B, C):
    def hello(self): return "D>" + super().hello()
print(D().hello(), [k.__name__ for k in D.__mro__])
print(D.mro() == list(D.__mro__), issubclass(D, A), isinstance(D(), C))
try:
    class E(A, B): pass
except TypeError as e:
    print("TypeError:", e)
class Base:
    def __init_subclass__(cls, /, label="none", **kw):
        super().__init_subclass__(**kw)
        cls.label = label
class Sub(Base, label="sub"): pass
print(Sub.label, Base.__subclasses__() is not None)
print(super(D, D()).hello())

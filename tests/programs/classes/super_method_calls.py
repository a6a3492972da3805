# super().name(...) in methods (looked up without a super object when
# super is the built-in one): overrides up a chain, class and static
# methods, properties, a missing name, a rebound global super, a
# reassigned self, built-in bases, __init_subclass__, an inlined
# comprehension.
class A:
    def __init__(self, x):
        self.x = x
    def f(self, n):
        return f"A.f({n})"
    @classmethod
    def cm(cls):
        return f"A.cm({cls.__name__})"
    @staticmethod
    def sm(v):
        return f"A.sm({v})"
    @property
    def p(self):
        return "A.p"
    def __repr__(self):
        return "A()"
class B(A):
    def __init__(self, x):
        super().__init__(x * 2)
    def f(self, n):
        return "B>" + super().f(n) + super().cm() + super().sm(1) + super().p + super().__repr__()
    def missing(self):
        return super().nothing()
    def via_inline(self):
        return [super().f(i) for i in range(2)]
class C(B):
    def f(self, n):
        return "C>" + super().f(n)
print(C(3).x, C(3).f(5), B(1).via_inline())
try:
    B(1).missing()
except AttributeError as e:
    print("AttributeError:", e)
def fake_super(*a):
    return A(0)
class D(A):
    def f(self, n):
        return super().f(n)
print(D(1).f(2))
import builtins
orig = builtins.super
class E(A):
    def f(self, n):
        global super
        return super().upper()
def super(*a):
    return "fake super used"
print(E(1).f(3))
del super
class F(A):
    def f(self, n):
        self = 5
        return super().f(n)
try:
    F(1).f(0)
except TypeError as e:
    print("TypeError:", e)
class G(list):
    def append(self, v):
        super().append(v * 2)
g = G(); g.append(4); print(g)
class H:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        print("subclass", cls.__name__)
class I(H): pass
class J(dict):
    def get(self, k, d=None):
        return ("J", super().get(k, d))
print(J(a=1).get("a"))
for o in (5, int, F):
    try:
        super(F, o)
    except TypeError as e:
        print("TypeError:", e)

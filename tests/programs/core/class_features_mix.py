# Metaclasses with keywords and __call__, classmethods through super,
# properties with setter/deleter, __getattr__, dataclasses, enums and
# flags, __slots__ with __weakref__, lru_cache and partial.
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        ns["tag"] = kw.get("tag", "none")
        return super().__new__(mcs, name, bases, ns)
    def __call__(cls, *a, **k):
        inst = super().__call__(*a, **k)
        inst.made_by = "Meta"
        return inst
    def __repr__(cls):
        return f"<Meta {cls.__name__}>"
class X(metaclass=Meta, tag="t"):
    def __init__(self, v): self.v = v
x = X(3)
print(X, X.tag, x.v, x.made_by, type(X).__name__)
class Base:
    @classmethod
    def make(cls): return cls.__name__
    @staticmethod
    def s(): return "static"
class Sub(Base):
    @classmethod
    def make(cls): return "sub:" + super().make()
print(Sub.make(), Sub().s(), Base.make())
class Temp:
    def __init__(self): self._c = 0
    @property
    def c(self): return self._c
    @c.setter
    def c(self, v):
        if v < -273: raise ValueError("too cold")
        self._c = v
    @c.deleter
    def c(self): print("deleting"); self._c = 0
t = Temp(); t.c = 5; print(t.c); del t.c; print(t.c)
try: t.c = -300
except ValueError as e: print("VE", e)
try: Temp.c.fset = None
except AttributeError as e: print("AE", e)
class Lazy:
    def __getattr__(self, n):
        if n.startswith("_"): raise AttributeError(n)
        return n.upper()
l = Lazy(); print(l.foo, getattr(l, "_x", "dflt"))
from dataclasses import dataclass, field
@dataclass(order=True, frozen=True)
class Pt:
    x: int
    y: int = 0
    tags: list = field(default_factory=list, compare=False)
p = Pt(1, 2); print(p, p < Pt(1, 3), hash(p) == hash(Pt(1, 2)))
try: p.x = 5
except Exception as e: print(type(e).__name__, e)
from enum import Enum, auto, IntFlag
class Color(Enum):
    RED = auto(); GREEN = auto()
print(Color.RED, Color(2), Color["GREEN"], list(Color), Color.RED.value, repr(Color.GREEN))
class Perm(IntFlag):
    R = 4; W = 2; X = 1
print(Perm.R | Perm.W, Perm(7), Perm.R in (Perm.R | Perm.X), int(Perm.W))
class Slotted:
    __slots__ = ("a", "__weakref__")
import weakref
s = Slotted(); r = weakref.ref(s); print(r() is s)
try: s.b = 1
except AttributeError as e: print("AE", e)
class Ctr:
    count = 0
    def __init__(self): Ctr.count += 1
    def __eq__(self, o): return isinstance(o, Ctr)
    __hash__ = None
Ctr(); Ctr(); print(Ctr.count, Ctr() == Ctr())
try: hash(Ctr())
except TypeError as e: print("TE", e)
print(sorted([3, 1, 2], key=lambda v: -v), sorted("bca"), "".join(reversed("abc")))
import functools
@functools.lru_cache(maxsize=None)
def fibc(n): return n if n < 2 else fibc(n - 1) + fibc(n - 2)
print(fibc(80), fibc.cache_info().hits > 0)
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.partial(int, base=2)("101"))

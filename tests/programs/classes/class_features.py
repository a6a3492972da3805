class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["created_by"] = "Meta"
        cls = super().__new__(mcls, name, bases, ns)
        cls.options = kw
        return cls
    def __call__(cls, *a, **k):
        inst = super().__call__(*a, **k)
        inst.via_meta = True
        return inst

class Base(metaclass=Meta, flag=True):
    def __init__(self, x=0):
        self.x = x

class Child(Base):
    pass

c = Child(3)
print(c.x, c.via_meta, Child.created_by, Child.options, Base.options, type(Child).__name__)

class Registry:
    subclasses = []
    def __init_subclass__(cls, /, prefix="", **kw):
        super().__init_subclass__(**kw)
        cls.tag = prefix + cls.__name__
        Registry.subclasses.append(cls.tag)
class A(Registry, prefix="x-"): pass
class B(A): pass
print(Registry.subclasses)

class Desc:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.name, value * 2)
class H:
    d = Desc()
h = H()
print(h.d)
h.d = 4
print(h.d, H.d.name, vars(h))

class Slotted:
    __slots__ = ("a", "b")
s = Slotted()
s.a = 1
try:
    s.c = 2
except AttributeError as e:
    print(e)
try:
    print(s.b)
except AttributeError as e:
    print(e)

class WithClassMethods:
    count = 0
    @classmethod
    def make(cls):
        cls.count += 1
        return cls()
    @staticmethod
    def helper(v):
        return v + 1
WithClassMethods.make(); WithClassMethods.make()
print(WithClassMethods.count, WithClassMethods.helper(1), WithClassMethods().helper(2))

class Ordered:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __hash__(self): return hash(self.v)
    def __repr__(self): return f"O({self.v})"
    def __lt__(self, o): return self.v < o.v
import functools
@functools.total_ordering
class T(Ordered): pass
print(sorted([T(3), T(1)]), T(1) <= T(2), T(3) >= T(2), T(1) > T(0))
print(super(Child, c).__init__ is not None, Child.__mro__, Child.__bases__, Child.__name__, Child.__qualname__)
print(isinstance(c, Base), issubclass(Child, (int, Base)), callable(Child), getattr(c, "nope", "dflt"))
class P:
    def __getattribute__(self, name):
        if name == "magic":
            return 42
        return super().__getattribute__(name)
p = P()
p.z = 1
print(p.magic, p.z)
del p.z
print(hasattr(p, "z"))

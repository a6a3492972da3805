# Class machinery: metaclasses with keywords and __call__, descriptors with
# __set_name__, slots, ABCs, cached_property, property setters/deleters,
# __getattr__/__getattribute__, __init_subclass__, super() chains, MRO errors
# (duplicate bases), rich comparison reflection.
import abc, functools
def t(name, f):
    try:
        print(name, repr(f())[:100])
    except Exception as e:
        print(name, type(e).__name__, str(e)[:100])
class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        ns["tag"] = kw.get("tag", "none")
        return super().__new__(m, name, bases, ns)
    def __call__(cls, *a):
        inst = super().__call__(*a)
        inst.made_by_meta = True
        return inst
    def __repr__(cls):
        return f"<class {cls.__name__}!>"
class A(metaclass=Meta, tag="x"):
    def __init__(self, v):
        self.v = v
t("meta", lambda: (A.tag, A(1).made_by_meta, repr(A), type(A).__name__))
class Desc:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, typ=None):
        return "desc:" + self.name if obj is not None else self
    def __set__(self, obj, v):
        obj.__dict__["_" + self.name] = v
class B:
    d = Desc()
t("desc", lambda: (B().d, isinstance(B.d, Desc), (lambda b: (setattr(b, "d", 5), b.__dict__)[1])(B())))
class S:
    __slots__ = ("a",)
t("slots_dict", lambda: S().__dict__)
t("slots_set_other", lambda: setattr(S(), "b", 1))
class Abs(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
t("abc", lambda: Abs())
class Cached:
    @functools.cached_property
    def val(self):
        print("computing")
        return 42
c = Cached()
t("cached", lambda: (c.val, c.val))
class P:
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        self._x = v * 2
    @x.deleter
    def x(self):
        del self._x
p = P()
p.x = 5
t("prop", lambda: (p.x, (delattr(p, "x"), hasattr(p, "_x"))[1]))
class G:
    def __getattr__(self, n):
        return n * 2
    def __getattribute__(self, n):
        if n == "secret":
            raise AttributeError(n)
        return object.__getattribute__(self, n)
t("getattr", lambda: (G().abc, G().secret))
class Init:
    def __init_subclass__(cls, /, flag=False, **kw):
        super().__init_subclass__(**kw)
        cls.flag = flag
class Sub(Init, flag=True):
    pass
t("init_subclass", lambda: (Sub.flag, Init.__subclasses__()))
class Base:
    def hello(self):
        return "base"
class Mid(Base):
    def hello(self):
        return "mid+" + super().hello()
class Leaf(Mid):
    def hello(self):
        return "leaf+" + super().hello()
t("super_chain", lambda: (Leaf().hello(), [k.__name__ for k in Leaf.__mro__]))
t("mro_error", lambda: type("X", (Mid, Base, Mid), {}))
class X: pass
class Y: pass
t("mro_conflict", lambda: type("Z", (X, Y), {}) and type("W", (Y, X), {}) and type("V", (type("Z2", (X, Y), {}), type("W2", (Y, X), {})), {}))
class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, Eq) and o.v == self.v
t("eq_unhashable", lambda: hash(Eq(1)))
class Ordered:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
t("sort_lt_only", lambda: [o.v for o in sorted([Ordered(3), Ordered(1)])])
t("gt_reflect", lambda: Ordered(1) > Ordered(0))
t("class_getitem", lambda: list[int])
t("dunder_call", lambda: type("K", (), {"__call__": lambda s, x: x + 1})()(1))
t("bool_len", lambda: bool(type("E", (), {"__len__": lambda s: 0})()))
t("instance_check_meta", lambda: isinstance(3, type("M2", (type,), {"__instancecheck__": lambda c, i: True})("T", (), {})))

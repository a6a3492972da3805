# types: the frame, traceback and cell types, dynamic class creation
# (new_class, prepare_class, resolve_bases, get_original_bases) and
# DynamicClassAttribute; code and traceback attributes seen through dir().
import sys
import types


def outer():
    x = 1

    def inner():
        return x

    return inner


print(isinstance(outer().__closure__[0], types.CellType))
print(isinstance(sys._getframe(), types.FrameType))
try:
    raise ValueError("v")
except ValueError as e:
    tb = e.__traceback__
print(isinstance(tb, types.TracebackType), types.TracebackType.__name__)
print([n for n in dir(tb) if n.startswith("tb_")])
print(type(types.TracebackType.__dict__["tb_next"]).__name__)
print(type(types.CodeType.__dict__["co_name"]).__name__,
      types.CodeType.__dict__["co_name"].__doc__)
print([n for n in dir(outer.__code__) if n in ("co_name", "co_varnames", "co_nlocals")])


# new_class with an exec_body, keywords and a metaclass.
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        ns = {"prepared_for": name}
        ns.update(kw)
        return ns

    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)


def body(ns):
    ns["greet"] = lambda self: "hi from " + type(self).__name__


C = types.new_class("C", (), {"metaclass": Meta, "flavour": "mint"}, body)
print(type(C).__name__, C.prepared_for, C.flavour, C().greet())

meta, ns, kw = types.prepare_class("D", (C,), {"x": 1})
print(meta.__name__, sorted(ns), kw)
print(types.prepare_class("E")[0] is type, types.prepare_class("E")[2])


# resolve_bases and __orig_bases__ with a PEP 560 base.
class Alias:
    def __mro_entries__(self, bases):
        return (int,)


print(types.resolve_bases((Alias(), str)))
plain = (object,)
print(types.resolve_bases(plain) is plain)
N = types.new_class("N", (Alias(),))
print(N.__bases__, type(types.get_original_bases(N)[0]).__name__)
print(types.get_original_bases(int))
try:
    types.get_original_bases(3)
except TypeError as e:
    print("TypeError:", e)

# A metaclass conflict.
class M1(type):
    pass


class M2(type):
    pass


A = M1("A", (), {})
B = M2("B", (), {})
try:
    types.new_class("AB", (A, B))
except TypeError as e:
    print("TypeError:", e)


# DynamicClassAttribute: the instance sees the value; the class goes to
# the metaclass's __getattr__.
class Fallback(type):
    def __getattr__(cls, name):
        return "class-level " + name


class Color(metaclass=Fallback):
    def __init__(self, v):
        self._v = v

    @types.DynamicClassAttribute
    def value(self):
        """The colour's value."""
        return self._v

    @value.setter
    def value(self, v):
        self._v = v * 2


c = Color(3)
print(c.value, Color.value)
c.value = 5
print(c.value, Color.__dict__["value"].__doc__)
try:
    del c.value
except AttributeError as e:
    print("AttributeError:", e)

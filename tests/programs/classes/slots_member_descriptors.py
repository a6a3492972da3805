# __slots__: member descriptors on the class, unset slots, deletion,
# private-name mangling, conflicts, a single-string __slots__, copying,
# dataclasses with slots=True, inheritance.
import copy, dataclasses

class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

p = Point(1, 2)
print(type(Point.x).__name__, Point.x.__name__, Point.x.__qualname__, Point.x.__objclass__ is Point)
print(repr(Point.x), Point.x.__get__(p, Point), Point.x.__get__(None, Point) is Point.x)
Point.y.__set__(p, 20)
print(p.y)
del p.y
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.z = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point.x.__get__(42)
except TypeError as e:
    print("TypeError:", e)
print(hasattr(p, "__dict__"), sorted(n for n in dir(p) if not n.startswith("_")))

class Private:
    __slots__ = "__secret"
    def __init__(self):
        self.__secret = 7
    def reveal(self):
        return self.__secret
print(Private().reveal(), Private.__slots__, hasattr(Private, "_Private__secret"))

try:
    class Clash:
        __slots__ = ("v",)
        v = 3
except ValueError as e:
    print("ValueError:", e)
try:
    class BadItem:
        __slots__ = (1,)
except TypeError as e:
    print("TypeError:", e)

q = copy.copy(Point(3, 4))
print(q.x, q.y, type(q).__name__)
r = copy.deepcopy(Point([1], [2]))
print(r.x, r.y)

@dataclasses.dataclass(slots=True)
class D:
    a: int
    b: str = "b"
d = D(1)
print(d, D.__slots__, type(D.a).__name__)
try:
    d.c = 3
except AttributeError as e:
    print("AttributeError:", e)

class Base:
    __slots__ = ("a",)
class Child(Base):
    __slots__ = ("b",)
c = Child()
c.a, c.b = 1, 2
print(c.a, c.b, Child.a is Base.a, "a" in Child.__dict__)
try:
    c.other = 1
except AttributeError as e:
    print("AttributeError:", e)

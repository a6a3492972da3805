# Calling a class whose __init__ is a plain Python function makes the
# instance directly; everything that changes what a call does must show.
import abc


class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y


p = Point(1)
print(p.x, p.y, Point(2, 3).y, type(p).__name__)

# Replacing __init__ on the class after instances were made.
def new_init(self, x, y=10):
    self.x = -x
    self.y = y

Point.__init__ = new_init
p = Point(5)
print(p.x, p.y)

# A __new__ added later takes over.
class Counted:
    made = 0

    def __init__(self, v):
        self.v = v


for i in range(3):
    Counted(i)

def counting_new(cls, *args):
    cls.made += 1
    return object.__new__(cls)

Counted.__new__ = counting_new
c = [Counted(i) for i in range(4)]
print(Counted.made, [x.v for x in c])

# A base class's __init__ changing reaches subclasses.
class Base:
    def __init__(self, a):
        self.a = a


class Derived(Base):
    pass


print(Derived(1).a)
Base.__init__ = lambda self, a: setattr(self, "a", a * 100)
print(Derived(2).a)

# __init__ must return None.
class Bad:
    def __init__(self):
        return 42


try:
    Bad()
except TypeError as e:
    print("TypeError:", e)

# Argument errors name __init__.
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)

# Abstract classes refuse, concrete subclasses don't.
class Shape(abc.ABC):
    def __init__(self, n):
        self.n = n

    @abc.abstractmethod
    def area(self): ...


class Square(Shape):
    def area(self):
        return self.n * self.n


for _ in range(2):
    try:
        Shape(1)
    except TypeError as e:
        print("TypeError:", e)
    print(Square(3).area())

# __del__ added after instances exist still runs for new ones.
class Tracked:
    def __init__(self, name):
        self.name = name


Tracked("a")
Tracked.__del__ = lambda self: print("del", self.name)
Tracked("b")
t = Tracked("c")
del t

# __slots__ classes and many attributes (past the small-dict size).
class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a


s = Slotted(7)
print(s.a, hasattr(s, "b"))
try:
    s.c = 1
except AttributeError as e:
    print("AttributeError:", e)


class Wide:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "f%d" % i, i)


w = Wide(20)
print(len(vars(w)), w.f0, w.f8, w.f9, w.f19)
for i in range(0, 20, 2):
    delattr(w, "f%d" % i)
print(sorted(vars(w))[:4], len(vars(w)), hasattr(w, "f2"), w.f3)
w.f2 = "back"
print(list(vars(w))[-1], w.f2)

# __init__ that is a closure, and one with keyword-only parameters.
def make(k):
    class C:
        def __init__(self, v):
            self.v = v + k
    return C


print(make(5)(1).v)


class KwOnly:
    def __init__(self, a, *, b=2):
        self.s = a + b


print(KwOnly(1).s, KwOnly(1, b=5).s)

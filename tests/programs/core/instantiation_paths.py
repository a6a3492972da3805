# Instantiation and attribute-site edge cases: __init__ returning a value,
# raising, recursing; metaclass __call__ and custom __new__; abstract
# classes; one call site seeing several classes, classes changed under it.
import abc
import sys

class Point:
    def __init__(self, x, y=0, *, z=0):
        self.x, self.y, self.z = x, y, z

p = Point(1, z=3)
print(p.x, p.y, p.z, type(p).__name__)

class Bad:
    def __init__(self):
        return 42

try:
    Bad()
except TypeError as e:
    print("TypeError:", e)

class Raises:
    def __init__(self, n):
        if n < 0:
            raise ValueError(f"negative: {n}")
        self.n = n

try:
    Raises(-1)
except ValueError as e:
    print("ValueError:", e, e.__traceback__.tb_next.tb_frame.f_code.co_name)

class Deep:
    def __init__(self, n):
        self.child = Deep(n - 1) if n else None

d = Deep(50)
depth = 0
while d.child:
    d, depth = d.child, depth + 1
print("depth", depth)

class Forever:
    def __init__(self):
        Forever()

try:
    Forever()
except RecursionError as e:
    print("RecursionError:", e)

class Meta(type):
    def __call__(cls, *a):
        print("Meta.__call__", cls.__name__, a)
        return super().__call__(*a)

class WithMeta(metaclass=Meta):
    def __init__(self, v):
        self.v = v

print(WithMeta(5).v)

class Singleton:
    _it = None
    def __new__(cls, *a):
        if cls._it is None:
            cls._it = super().__new__(cls)
        return cls._it
    def __init__(self, v):
        self.v = v

a, b = Singleton(1), Singleton(2)
print(a is b, a.v)

class NotMine:
    def __new__(cls):
        return 7
    def __init__(self):
        print("never runs")

print(NotMine())

class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    def __init__(self):
        print("not reached")

try:
    Shape()
except TypeError as e:
    print("TypeError:", e)

class NoArgs:
    pass

try:
    NoArgs(1)
except TypeError as e:
    print("TypeError:", e)

try:
    Point()
except TypeError as e:
    print("TypeError:", e)

class GenInit:
    def __init__(self):
        yield 1

try:
    GenInit()
except TypeError as e:
    print("TypeError:", e)

# One attribute site, many classes: more than the site remembers.
classes = []
for i in range(7):
    def make(i=i):
        class C:
            def __init__(self):
                self.val = i
            def get(self):
                return self.val * 10
        C.__name__ = f"C{i}"
        return C
    classes.append(make())

def read(o):
    return o.val, o.get()

print([read(C()) for C in classes for _ in range(2)])

# Changing a class invalidates what a site knows about it.
class Animal:
    def __init__(self):
        self.sound = "..."
    def speak(self):
        return self.sound

class Dog(Animal):
    def __init__(self):
        super().__init__()
        self.sound = "woof"

def talk(x):
    return x.speak()

pets = [Animal(), Dog(), Animal(), Dog()]
print([talk(p) for p in pets])
Dog.speak = lambda self: "overridden " + self.sound
print([talk(p) for p in pets])
del Dog.speak
Animal.speak = property(lambda self: lambda: "via property")
print([talk(p) for p in pets])

class Temp:
    def __init__(self, t):
        self.t = t
    @property
    def double(self):
        return self.t * 2

def dbl(o):
    return o.double

print([dbl(Temp(i)) for i in range(3)])
Temp.double = property(lambda self: -self.t)
print([dbl(Temp(i)) for i in range(3)])

class Lazy:
    def __getattr__(self, name):
        return f"fallback {name}"
    @property
    def broken(self):
        raise AttributeError("inner")

print(Lazy().broken, Lazy().other)

class Slotted:
    __slots__ = ("a",)
    def __init__(self, a):
        self.a = a

s = [Slotted(i) for i in range(3)]
print([x.a for x in s])
try:
    Slotted(1).b = 2
except AttributeError as e:
    print("AttributeError:", e)
print(sys.getrecursionlimit() > 0)
class A: pass
class B:
    def __new__(cls, *a):
        return super().__new__(cls)
class C(A):
    def __init__(self, *a):
        pass
for k in (A, B, C):
    try:
        print(k(1).__class__.__name__)
    except TypeError as e:
        print("TypeError:", e)
try:
    A(x=1)
except TypeError as e:
    print("TypeError:", e)

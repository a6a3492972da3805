class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y) if isinstance(o, Vec) else NotImplemented
    def __radd__(self, o):
        return self if o == 0 else NotImplemented
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self):
        return bool(self.x or self.y)
    def __iter__(self):
        yield self.x
        yield self.y
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __lt__(self, o):
        return abs(self) < abs(o)

a, b = Vec(1, 2), Vec(3, 4)
print(a + b, 2 * a, a * 3, sum([a, b]), abs(b), bool(Vec(0, 0)), list(a), a[1])
print(a == Vec(1, 2), a != b, {a, Vec(1, 2)}, sorted([b, a]), max(a, b))
try:
    a + 1
except TypeError as e:
    print(e)
try:
    a.z = 1
except AttributeError as e:
    print(e)
try:
    a <= b
except TypeError as e:
    print(e)

class Ctx:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None)
        return et is KeyError
with Ctx() as c:
    raise KeyError
print("suppressed")

class Attr:
    def __getattr__(self, name):
        return name.upper()
    def __setattr__(self, name, v):
        object.__setattr__(self, name, v * 2)
x = Attr()
x.v = 5
print(x.v, x.missing)

class Call:
    def __call__(self, *a, **k):
        return a, k
print(Call()(1, b=2))

class Cont:
    def __len__(self):
        return 3
    def __contains__(self, v):
        return v == "yes"
print(len(Cont()), "yes" in Cont(), "no" in Cont(), bool(Cont()))

class Neg:
    def __len__(self):
        return -1
try:
    len(Neg())
except ValueError as e:
    print(e)

class Idx:
    def __index__(self):
        return 2
print([10, 20, 30][Idx()], bin(Idx()), range(5)[Idx()])
class Fmt:
    def __format__(self, spec):
        return f"<{spec}>"
print(f"{Fmt():abc}", format(Fmt(), "z"))

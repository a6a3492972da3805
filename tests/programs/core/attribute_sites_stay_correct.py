# Cached attribute, method and store sites: warmed up, then surprised.
class A:
    def __init__(self, x):
        self.x = x
        self.y = x + 1

    def m(self):
        return "method"


def read_x(o):
    return o.x


def call_m(o):
    return o.m()


def store_y(o, v):
    o.y = v


objs = [A(i) for i in range(5)]
print([read_x(o) for o in objs])
print([call_m(o) for o in objs])
for o in objs:
    store_y(o, 10)
print([o.y for o in objs])

# An instance whose dict has its keys in another order: the hint misses.
b = A(0)
del b.x
b.x = 99
print(read_x(b), b.__dict__)
store_y(b, 7)
print(b.__dict__)

# A method shadowed by an instance attribute after the site is warm.
c = A(1)
c.m = lambda: "instance attribute"
print(call_m(c), call_m(objs[0]))

# Deleting the attribute: the next read raises, as it should.
d = A(2)
del d.x
try:
    read_x(d)
except AttributeError as e:
    print("AttributeError:", e)

# The class changes under the site: a property now intercepts reads.
A.x = property(lambda self: "from property")
print(read_x(objs[1]))
del A.x
print(read_x(objs[1]))

# A second and third class through the same sites.
class B:
    def __init__(self):
        self.x = "B.x"
        self.y = None

    def m(self):
        return "B.m"


class C(A):
    def m(self):
        return "C.m"


for o in [objs[2], B(), C(3), B(), C(4)]:
    store_y(o, "set")
    print(type(o).__name__, read_x(o), call_m(o), o.y)

# Many stores replacing values of every kind.
e = A(0)
for v in [1, "s", None, 2.5, [1], e]:
    store_y(e, v)
    print(type(e.y).__name__, end=" ")
print()

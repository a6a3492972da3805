# Attribute reads, writes and method loads on a local (run fused with the
# local's load when the attribute site is cached); every other case must
# behave as unfused code, including when the class changes under a site.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)

    @property
    def twice(self):
        return self.x * 2


class Slotted:
    __slots__ = ("a",)

    def __init__(self):
        self.a = 1


class Loud:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)


def read_all(objs):
    out = []
    for p in objs:
        out.append(p.x)
        out.append(p.norm1())
        out.append(p.twice)
    return out


pts = [Point(1, -2), Point(3, 4), Point(-5, 6)]
print(read_all(pts))
print(read_all(pts))  # second pass: sites cached


def write(p, v):
    p.x = v
    p.z = v + 1
    return p.x, p.z


print(write(pts[0], 10), write(pts[0], 11), write(Loud(), 7))

# a method shadowed by an instance attribute, then the class changed
p = Point(1, 1)
print(p.norm1())
p.norm1 = lambda: "instance"
print(p.norm1())
Point.norm1 = lambda self: "patched"
q = Point(2, 2)
print(q.norm1(), p.norm1())


def slots(s):
    s.a = s.a + 1
    return s.a


print(slots(Slotted()))


def missing(p):
    try:
        return p.nope
    except AttributeError as e:
        return str(e)


print(missing(pts[1]))


def unbound():
    if False:
        p = None
    return p.x


try:
    unbound()
except UnboundLocalError as e:
    print(e)


class Holder:
    pass


def store_drops():
    h = Holder()
    h.v = Loud2("old")
    h.v = 1  # the old value's finalizer runs at the store
    print("after store")


class Loud2:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


store_drops()
print(read_all([pts[2]])[0])
pts[2].x = "text"
print(pts[2].x)

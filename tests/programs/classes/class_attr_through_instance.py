# Reading a class-level value through an instance, in a loop (so the
# interpreter's attribute cache takes part): the instance shadowing it,
# the shadow deleted, the class value rebound, a base class value
# rebound, a subclass overriding it later, a value whose type gains
# __get__ (a descriptor from then on only for newly filled lookups is
# not something to rely on, so the type is given __get__ up front in a
# separate class), and slots.


class Base:
    limit = 10


class Box(Base):
    flag = True
    label = "box"

    def __init__(self):
        self.x = 0


def read(o, n=3):
    return [(o.flag, o.label, o.limit) for _ in range(n)]


b = Box()
print(read(b))
b.flag = "mine"
print(read(b))
del b.flag
print(read(b))
Box.flag = False
print(read(b))
Base.limit = 99
print(read(b))


class Sub(Box):
    pass


s = Sub()
print(read(s))
Sub.limit = -1
print(read(s), read(b))


class Getter:
    def __get__(self, obj, cls):
        return ("got", cls.__name__)


class WithDescr:
    value = Getter()
    plain = [1, 2]


w = WithDescr()
print([w.value for _ in range(3)], [w.plain for _ in range(2)])
WithDescr.plain = (3,)
print([w.plain for _ in range(2)])


class Slotted:
    __slots__ = ("a",)
    tag = "slotted"


sl = Slotted()
sl.a = 1
print([(sl.tag, sl.a) for _ in range(3)])
try:
    sl.tag = "x"
except AttributeError as e:
    print("AttributeError:", e)


# Several classes through one site.
class P:
    kind = "p"


class Q:
    kind = "q"


class R:
    def __init__(self):
        self.kind = "r-instance"


print([o.kind for o in [P(), Q(), R(), P(), Q(), R()]])

# The value is the class's, not a copy: mutation shows.
Box.label = []
for i in range(3):
    b.label.append(i)
print(Box.label, b.label is Box.label)

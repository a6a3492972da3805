from collections import namedtuple
Point = namedtuple('Point', 'x y')
p = Point(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=9), Point._make([3, 4]), Point._fields, p == (1, 2))
print(Point.__doc__, Point.x.__doc__, Point.__new__.__doc__)
x, y = p; print(x + y, len(p), hash(p) == hash((1, 2)), isinstance(p, tuple))
P3 = namedtuple('P3', ['a', 'b', 'c'], defaults=[0, 1])
print(P3(5), P3._field_defaults, P3(1, 2, 3))
R = namedtuple('R', 'abc def class _x', rename=True); print(R._fields)
for bad in [lambda: namedtuple('Bad', 'a a'), lambda: namedtuple('Bad', '_a'), lambda: namedtuple('Bad', 'class'), lambda: namedtuple('1x', 'a'),
            lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, 2, z=3), lambda: p._replace(z=1), lambda: Point._make([1]), lambda: namedtuple('D', 'a', defaults=[1, 2])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class Sub(namedtuple('Base', 'a b')):
    __slots__ = ()
    @property
    def total(self):
        return self.a + self.b
print(Sub(1, 2).total, Sub(1, 2), Sub.__mro__[1].__name__)
match Point(1, 2):
    case Point(x=1, y=yy):
        print('match y', yy)

import copy
a = [1, [2, 3], {'k': [4]}]
s = copy.copy(a); d = copy.deepcopy(a)
a[1].append(99); a[2]['k'].append(5)
print(s, d, s[1] is a[1], d[1] is a[1])
t = (1, [2]); print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) is not None)
cyc = [1]; cyc.append(cyc); c2 = copy.deepcopy(cyc); print(c2[1] is c2, c2 is not cyc)
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'Point({self.x}, {self.y})'
p = Point(1, [2]); q = copy.copy(p); r = copy.deepcopy(p)
p.y.append(3)
print(q, r, q.y is p.y, r.y is p.y)
class Custom:
    def __init__(self):
        self.calls = []
    def __copy__(self):
        c = Custom(); c.calls = ['copied']; return c
    def __deepcopy__(self, memo):
        c = Custom(); c.calls = ['deep', len(memo) >= 0]; return c
print(copy.copy(Custom()).calls, copy.deepcopy(Custom()).calls)
class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = [1]; self.b = 2
sl = copy.deepcopy(Slotted()); print(sl.a, sl.b)
print(copy.copy({1, 2}), copy.deepcopy(frozenset({3})), copy.copy(b'x'), copy.deepcopy(None), copy.copy(len))
import types
ns = types.SimpleNamespace(a=1, b=[2]); ns2 = copy.deepcopy(ns); ns.b.append(3); print(ns2)
print(copy.replace(Point(1, 2), x=5) if hasattr(copy, 'replace') and False else 'skip')
from collections import OrderedDict, defaultdict, deque
print(copy.deepcopy(OrderedDict(a=[1])), copy.deepcopy(defaultdict(list, {'x': [1]})), copy.copy(deque([1, 2], maxlen=3)))
try:
    copy.copy(iter([]) if False else object.__new__(type('Weird', (), {'__reduce_ex__': lambda self, p: 1/0})))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(copy.Error.__name__, issubclass(copy.Error, Exception))

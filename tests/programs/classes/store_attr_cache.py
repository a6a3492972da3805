# A StoreAttr site remembers "this class stores into the instance dict";
# changing the class must make it look again.
class P:
    def __init__(self):
        self.x = 0
def set_all(objs, v):
    for o in objs:
        o.x = v
ps = [P() for _ in range(3)]
set_all(ps, 1)
print([p.x for p in ps])
log = []
P.x = property(lambda self: 'prop', lambda self, v: log.append(v))
set_all(ps, 2)
print(log, [p.x for p in ps])
del P.x
def tracked(self, name, value):
    log.append((name, value))
    object.__setattr__(self, name, value)
P.__setattr__ = tracked
set_all(ps, 3)
print(log[-3:], [p.__dict__['x'] for p in ps])
class S:
    __slots__ = ('x',)
s = [S(), S()]
set_all(s, 5)
print([o.x for o in s])
class Child(P):
    pass
c = Child()
set_all([c, c], 7)
print(c.x, log[-1])
class Desc:
    def __set__(self, obj, v): print('desc set', v)
    def __get__(self, obj, t=None): return 'desc'
class Late:
    pass
late = [Late(), Late()]
set_all(late, 1)
Late.x = Desc()
set_all(late, 2)
print([o.x for o in late])
try:
    set_all([S()], 1); S.__slots__
    s0 = S(); s0.y = 1
except AttributeError as e:
    print('AttributeError', e)

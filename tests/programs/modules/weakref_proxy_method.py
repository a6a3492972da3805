import weakref
class Thing:
    def __init__(self, v): self.v = v
    def show(self): return f'thing {self.v}'
    def __len__(self): return self.v
t = Thing(3)
p = weakref.proxy(t)
print(p.v, p.show(), len(p), isinstance(p, weakref.ProxyType))
p.v = 4; print(t.v)
wm = weakref.WeakMethod(t.show)
print(wm()(), wm() == t.show)
del t
print(wm())
try:
    p.v
except ReferenceError as e:
    print('ReferenceError', e)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print('TypeError', e)

import weakref, gc
class Obj:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f'Obj({self.name})'
a = Obj('a')
r = weakref.ref(a)
print(r() is a, type(r).__name__, repr(r).startswith('<weakref at '))
del a; gc.collect()
print(r())
b = Obj('b')
calls = []
r2 = weakref.ref(b, lambda ref: calls.append('called'))
del b; gc.collect()
print(calls, r2())
wvd = weakref.WeakValueDictionary()
x, y = Obj('x'), Obj('y')
wvd['x'] = x; wvd['y'] = y
print(sorted(wvd.keys()), len(wvd), wvd['x'])
del x; gc.collect()
print(sorted(wvd.keys()), 'x' in wvd, wvd.get('x', 'gone'))
wkd = weakref.WeakKeyDictionary()
k1, k2 = Obj('k1'), Obj('k2')
wkd[k1] = 1; wkd[k2] = 2
print(len(wkd), wkd[k1])
del k1; gc.collect()
print(len(wkd), list(wkd.values()))
fin_log = []
z = Obj('z')
f = weakref.finalize(z, fin_log.append, 'finalized')
print(f.alive)
del z; gc.collect()
print(fin_log, f.alive)
c = Obj('c')
f2 = weakref.finalize(c, fin_log.append, 'early')
print(f2(), f2.alive, f2(), fin_log)
ws = weakref.WeakSet()
s1 = Obj('s1'); ws.add(s1); print(len(ws), s1 in ws); del s1; gc.collect(); print(len(ws))
p = weakref.proxy(Obj('keep')) if False else None
try:
    weakref.ref(1)
except TypeError as e:
    print('TypeError', e)
try:
    weakref.ref([])
except TypeError as e:
    print('TypeError', e)
print(weakref.getweakrefcount(Obj('t')), r == r, hash(weakref.ref(c)) == hash(c) if False else 'ok')

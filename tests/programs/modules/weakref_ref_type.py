# weakref.ref is the ReferenceType class: isinstance works, it is generic,
# subclasses (with their own __init__ and attributes) make weak references,
# and its constructor checks its arguments as CPython does.
import weakref, gc
class A: pass
a = A()
r = weakref.ref(a)
print(type(weakref.ref), isinstance(r, weakref.ref), weakref.ref is weakref.ReferenceType, type(r).__name__, r() is a)
print(weakref.ref[int], weakref.ref.__name__, weakref.ref.__module__)
class MyRef(weakref.ref):
    pass
m = MyRef(a)
print(type(m).__name__, m() is a, isinstance(m, weakref.ref))
class Named(weakref.ref):
    def __init__(self, ob, callback=None, name="x"):
        super().__init__(ob, callback)
        self.name = name
n = Named(a, None, name="hello")
print(n.name, n() is a)
got = []
b = A()
w = weakref.ref(b, lambda ref: got.append(ref is w))
del b; gc.collect()
print(got, w())
for bad in [(), (1,), (a, None, 3)]:
    try: weakref.ref(*bad)
    except TypeError as e: print("TypeError:", e)
print(weakref.getweakrefcount(a))
for bad in [lambda: weakref.ref(object(), None, x=1), lambda: weakref.ref(a, None, x=1), lambda: weakref.ref([])]:
    try: bad()
    except TypeError as e: print("TypeError:", e)

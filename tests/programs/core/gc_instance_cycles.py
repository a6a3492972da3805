# The cycle collector frees objects that only reference one another:
# instances, containers, closures, classes; __del__ runs once (PEP 442),
# weak reference callbacks fire, resurrected objects survive.
import gc, weakref

class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None

a, b = Node("a"), Node("b")
a.peer, b.peer = b, a
refs = [weakref.ref(a), weakref.ref(b)]
del a, b
print("alive before:", [r() is not None for r in refs])
print("found:", gc.collect() >= 2)
print("alive after:", [r() is not None for r in refs])

# Containers referring to themselves.
lst = []; lst.append(lst)
d = {}; d["self"] = d
class Box: pass
bx = Box(); bx.items = [bx, {"box": bx}]
wbx = weakref.ref(bx)
del lst, d, bx
gc.collect()
print("box gone:", wbx() is None)

# __del__ sees a complete object and runs once.
class Tracked:
    def __init__(self, tag):
        self.tag = tag
        self.cycle = [self]
    def __del__(self):
        print("__del__", self.tag, len(self.cycle), self.cycle[0] is self)

t = Tracked("t1")
del t
print("collecting")
gc.collect()
print("collected")

# Two objects with __del__ in one cycle: both run.
x, y = Tracked("x"), Tracked("y")
x.other, y.other = y, x
del x, y
gc.collect()

# Resurrection: __del__ stores self somewhere reachable.
keep = []
class Phoenix:
    def __init__(self):
        self.me = self
    def __del__(self):
        print("Phoenix.__del__")
        keep.append(self)

p = Phoenix()
del p
gc.collect()
print("resurrected:", len(keep), keep[0].me is keep[0])
keep.clear()
gc.collect()
print("no second __del__")

# An exception in __del__ during collection is reported, not raised.
class Broken:
    def __init__(self):
        self.me = self
    def __del__(self):
        raise ValueError("broken finalizer")

br = Broken()
del br
gc.collect()
print("still running")

# Weak reference callbacks.
class Target: pass
tg = Target(); tg.me = tg
def cb(ref):
    print("callback: referent gone:", ref() is None)
wt = weakref.ref(tg, cb)
del tg
gc.collect()

# weakref.finalize on a cyclic object.
tg2 = Target(); tg2.me = tg2
weakref.finalize(tg2, print, "finalize ran")
del tg2
gc.collect()

# Closures that reference themselves, and classes made in a function.
def make_closure():
    def again():
        return again
    return weakref.ref(again)

def make_class():
    class Local:
        def method(self):
            return self
    return weakref.ref(Local)

rc, rk = make_closure(), make_class()
gc.collect()
print("closure gone:", rc() is None, "class gone:", rk() is None)

# Reachable cycles are left alone.
alive = Node("kept"); alive.peer = alive
gc.collect()
print("reachable cycle intact:", alive.peer is alive, alive.name)

# A cycle through a dict's keys and a set.
class Key:
    def __init__(self):
        self.d = {self: 1}
        self.s = {self}
k = Key(); wk = weakref.ref(k)
del k
gc.collect()
print("key cycle gone:", wk() is None)

# Classes whose methods ran (the interpreter's attribute caches saw them)
# are still collected.
def make_used_class():
    class Used:
        def __init__(self):
            self.x = 1
        def get(self):
            return self.x
    o = Used()
    o.get()
    o.y = 2
    return weakref.ref(Used)

used = [make_used_class() for _ in range(3)]
gc.collect()
print("used classes gone:", [r() is None for r in used])

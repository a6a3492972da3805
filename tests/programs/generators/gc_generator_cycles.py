# Generators and coroutines caught in reference cycles are finalized by
# the cycle collector: their finally blocks run, exactly once.
import gc, weakref

def counter(log, holder):
    try:
        n = 0
        while True:
            n += 1
            yield n
    finally:
        log.append("counter closed")

log = []
holder = []
g = counter(log, holder)
holder.append(g)          # g -> frame -> holder -> g
print(next(g), next(g))
wr = weakref.ref(g)
del g, holder
print("before:", log, wr() is not None)
gc.collect()
print("after:", log, wr() is None)

# A generator whose frame holds itself through a local.
def selfish():
    me = yield
    try:
        yield "got me" if me is not None else "no"
    finally:
        print("selfish finally, me is a generator:", type(me).__name__)

s = selfish()
next(s)
print(s.send(s))
del s
gc.collect()

# GeneratorExit caught and a value returned: still collected cleanly.
def stubborn(box):
    try:
        yield 1
    except GeneratorExit:
        print("stubborn saw GeneratorExit")
        return "bye"

box = []
st = stubborn(box); box.append(st); next(st)
del st, box
gc.collect()

# A generator that yields in its finally block while being collected.
def bad(box):
    try:
        yield 1
    finally:
        yield 2

box = []
b = bad(box); box.append(b); next(b)
del b, box
gc.collect()
print("after bad generator")

# A never-started generator in a cycle: nothing to run.
def never(box):
    try:
        yield
    finally:
        print("never printed")

box = []
n = never(box); box.append(n)
del n, box
gc.collect()

# Generator expressions over a list that holds the genexpr.
items = [1, 2, 3]
ge = (x * 2 for x in items)
items.append(ge)
print(next(ge))
wge = weakref.ref(ge)
del ge, items
gc.collect()
print("genexpr gone:", wge() is None)

# Coroutines in a cycle: a suspended one is closed.
class Suspend:
    def __await__(self):
        yield "suspended"

async def waiter(box):
    try:
        await Suspend()
    finally:
        print("coroutine finally ran")

box = []
c = waiter(box); box.append(c)
print(c.send(None))
del c, box
gc.collect()
print("end")

# __del__ runs when the last reference goes, weakref callbacks after it,
# and at exit for what __main__ still holds.
import weakref, gc
class A:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
a = A(1)
del a
print('after del')
def f():
    b = A(2)
    print('in f')
f()
print('after f')
c = A(3)
c = None
print('rebound')
class B: pass
log = []
b = B()
r = weakref.ref(b, lambda ref: log.append(('cb', ref() is None)))
del b
print(log)
class Bad:
    # The "Exception ignored" report goes to stderr (with an address).
    def __del__(self): raise ValueError('oops')
x = Bad(); del x
print('end')
lst = [A(4), A(5)]
lst.clear()
print('cleared')
keep = A(6)

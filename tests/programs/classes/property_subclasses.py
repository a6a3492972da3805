# property subclasses: made with arguments, filled by their own __init__
# through super().__init__, copied by getter/setter as their own class.
class P(property):
    pass
class K:
    @P
    def x(self): return 42
print(K().x, type(K.__dict__["x"]).__name__)
class P2(property):
    def __init__(self, f):
        super().__init__(f)
        self.extra = 1
p = P2(lambda s: 7)
print(type(p).__name__, p.extra)
class K2:
    x = p
print(K2().x)
class Cached(property):
    def __init__(self, fget, fset=None, fdel=None, doc=None):
        super().__init__(fget, fset, fdel, doc)
        self.calls = 0
class K3:
    def __init__(self): self._v = 1
    @Cached
    def v(self): return self._v
    @v.setter
    def v(self, val): self._v = val * 10
k = K3(); k.v = 2
print(k.v, type(K3.__dict__["v"]).__name__, K3.__dict__["v"].calls)
class Doc(property): pass
def g(self):
    "the doc"
    return 1
print(Doc(g).__doc__, property(g).__doc__, Doc(g, doc="d").__doc__)
try:
    property.__init__(5)
except TypeError as e:
    print("TypeError:", e)
p = property(g)
p.__init__(None, None, None, "re")
print(p.fget, p.__doc__)

import copy
class State:
    def __init__(self, v): self.v = v; self.cache = {'big': 1}
    def __getstate__(self):
        s = self.__dict__.copy(); del s['cache']; return s
    def __setstate__(self, s):
        self.__dict__.update(s); self.cache = {}
s2 = copy.deepcopy(State(5)); print(s2.v, s2.cache)
class Reduced:
    def __init__(self, a, b=0): self.a, self.b = a, b
    def __reduce__(self): return (Reduced, (self.a, self.b + 1))
r = copy.copy(Reduced(1)); print(r.a, r.b)
class Tracked(list):
    pass
t = Tracked([1, [2]]); t.tag = 'x'
t2 = copy.deepcopy(t); t[1].append(3)
print(type(t2).__name__, t2, t2.tag)
class D(dict):
    pass
dd = D(a=[1]); dd.extra = 5
dc = copy.copy(dd); print(type(dc).__name__, dc, dc.extra, dc['a'] is dd['a'])

import operator as op
class V:
    def __init__(self, x): self.x = x
    def __add__(self, o): return V(self.x + o.x)
    def __eq__(self, o): return isinstance(o, V) and self.x == o.x
    def __lt__(self, o): return self.x < o.x
    def __neg__(self): return V(-self.x)
    def __index__(self): return self.x
    def __len__(self): return 3
    def __length_hint__(self): return 99
    def __repr__(self): return f'V({self.x})'
a, b = V(1), V(2)
print(op.add(a, b), op.eq(a, V(1)), op.lt(a, b), op.neg(a), op.index(V(7)), op.length_hint(a))
class Hint:
    def __length_hint__(self): return 4
class BadHint:
    def __length_hint__(self): return -1
class NIHint:
    def __length_hint__(self): return NotImplemented
print(op.length_hint(Hint()), op.length_hint(NIHint(), 2))
try:
    op.length_hint(BadHint())
except ValueError as e:
    print('ValueError', e)
print(op.truth(V(0)), op.contains([a], V(1)), op.countOf([a, V(1), b], V(1)), op.indexOf([b, a], V(1)))
print(sorted([b, a]), max([a, b]))
print(list(map(op.mul, [1, 2, 3], [4, 5, 6])), list(map(op.pow, [2, 3], [3, 2])))

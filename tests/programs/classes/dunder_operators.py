# Arithmetic dunders, reflected operands, in-place operators and NotImplemented.
class V:
    def __init__(self, x): self.x = x
    def __repr__(self): return f"V({self.x})"
    def __add__(self, o):
        if isinstance(o, V): return V(self.x + o.x)
        if isinstance(o, int): return V(self.x + o)
        return NotImplemented
    def __radd__(self, o): return V(o + self.x)
    def __iadd__(self, o):
        self.x += o.x if isinstance(o, V) else o
        return self
    def __neg__(self): return V(-self.x)
    def __eq__(self, o): return isinstance(o, V) and o.x == self.x
    def __lt__(self, o): return self.x < o.x
    __hash__ = None

a = V(1)
print(a + V(2), a + 3, 4 + a, -a, a == V(1), a != V(2), V(1) < V(2), V(3) > V(2))
b = a
b += 10
print(a, b is a)
try:
    a + "s"
except TypeError as e:
    print("TypeError:", e)
try:
    hash(a)
except TypeError as e:
    print("TypeError:", e)
print(sum([V(1), V(2)], V(0)))

import functools
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, V) and self.v == o.v
    def __gt__(self, o):
        if not isinstance(o, V): return NotImplemented
        return self.v > o.v
print(V(1) < V(2), V(2) <= V(2), V(3) >= V(4), V.__lt__.__name__)
try:
    V(1) < 5
except TypeError as e:
    print(e)
try:
    @functools.total_ordering
    class N: pass
except ValueError as e:
    print(e)

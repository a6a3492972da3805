# __eq__ and __hash__ control dict and set membership; __eq__ alone makes unhashable.
class K:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, K) and self.v == o.v
    def __hash__(self): return hash(self.v)
d = {K(1): "one"}
print(d[K(1)], K(1) in {K(1), K(2)}, len({K(1), K(1), K(2)}))
class NoHash:
    def __eq__(self, o): return True
try:
    {NoHash()}
except TypeError as e:
    print("TypeError:", e)
print(NoHash() == 3, NoHash.__hash__)

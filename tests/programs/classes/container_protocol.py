# __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__ and __bool__.
class Grid:
    def __init__(self): self.cells = {}
    def __getitem__(self, k): return self.cells.get(k, ".")
    def __setitem__(self, k, v): self.cells[k] = v
    def __delitem__(self, k): del self.cells[k]
    def __len__(self): return len(self.cells)
    def __contains__(self, k): return k in self.cells
    def __iter__(self): return iter(sorted(self.cells))

g = Grid()
g[1, 2] = "x"
g[0, 0] = "o"
print(g[1, 2], g[5, 5], len(g), (0, 0) in g, (9, 9) in g, list(g), bool(g))
del g[0, 0]
print(len(g), list(g))
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq())
class Empty:
    def __len__(self): return 0
print(bool(Empty()), "yes" if Empty() else "no")

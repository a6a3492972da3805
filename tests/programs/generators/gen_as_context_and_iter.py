# Generators as iterators of classes (__iter__ written as a generator),
# inside with-blocks, and re-iteration making fresh generators.
class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c

t = Tree(1, Tree(2, Tree(4)), Tree(3))
print(list(t), list(t), sum(t))
it = iter(t)
print(type(it).__name__, next(it), next(it))

class Managed:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *a):
        print("exit", a[0].__name__ if a[0] else None)

def guarded():
    with Managed():
        yield 1
        yield 2

g = guarded()
print(next(g))
g.close()
g2 = guarded()
print(list(g2))

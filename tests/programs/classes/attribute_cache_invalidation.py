# Cached attribute and method lookups notice class patches, instance shadowing and new properties.
class A:
    def m(self): return "A.m"
a = A()
for i in range(3):
    if i == 1:
        A.m = lambda self: "patched"
    if i == 2:
        a.m = lambda: "instance"
    print(a.m())
class P:
    def __init__(self): self.x = 1
p = P()
for i in range(3):
    if i == 1:
        P.x = property(lambda self: "prop")
    print(p.x)

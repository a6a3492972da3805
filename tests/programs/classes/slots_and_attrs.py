# __slots__ restrict attributes; __getattr__/__setattr__/__delattr__ hooks.
class P:
    __slots__ = ("x", "y")
    def __init__(self): self.x = 1
p = P()
p.y = 2
print(p.x, p.y)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "target", target)
    def __getattr__(self, name):
        print("getattr", name)
        return getattr(self.target, name)
    def __setattr__(self, name, value):
        print("setattr", name, value)
        setattr(self.target, name, value)
    def __delattr__(self, name):
        print("delattr", name)
class T: pass
t = T()
px = Proxy(t)
px.a = 5
print(px.a, t.a)
del px.a
print(hasattr(px, "nothing") if False else "skip")
class Obj: pass
o = Obj()
try:
    o.missing
except AttributeError as e:
    print("AttributeError:", e)

# getattr with default, setattr, delattr, hasattr, vars, dir on user objects.
class P:
    cls_attr = 1
    def __init__(self): self.x = 10
p = P()
print(getattr(p, "x"), getattr(p, "missing", "dflt"), hasattr(p, "cls_attr"), hasattr(p, "nope"))
setattr(p, "y", 20)
delattr(p, "x")
print(vars(p), "y" in dir(p), "cls_attr" in dir(p))
try:
    getattr(p, "gone")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(p, 5)
except TypeError as e:
    print("TypeError:", e)

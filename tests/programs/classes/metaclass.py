# Metaclasses: __new__/__init__ of type subclasses, __call__, __prepare__ and keywords.
class Registry(type):
    classes = []
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kw.get("tag", name.lower())
        Registry.classes.append(name)
        return cls
class Model(metaclass=Registry): pass
class User(Model, tag="u"): pass
print(Registry.classes, User.tag, Model.tag, type(User).__name__)
class Singleton(type):
    def __call__(cls, *a):
        if not hasattr(cls, "_inst"):
            cls._inst = super().__call__(*a)
        return cls._inst
class S(metaclass=Singleton):
    def __init__(self, v): self.v = v
print(S(1) is S(2), S(3).v)
Dyn = type("Dyn", (object,), {"x": 1, "f": lambda self: self.x + 1})
print(Dyn().f(), Dyn.__name__)

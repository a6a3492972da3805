# An exception's __dict__ appears when first needed; __reduce__ and
# __setstate__ carry args and attributes through copy.
import copy


class E(Exception):
    pass


e = E(1)
print(e.__dict__, vars(e))
e.x = 5
print(e.__dict__, e.x)
del e.x
print(e.__dict__)
try:
    del e.y
except AttributeError as err:
    print("AttributeError:", err)

v = ValueError("v")
print(v.__reduce__())
v.add_note("note")
print(v.__reduce__(), v.__reduce_ex__(4))
c = copy.copy(v)
print(type(c).__name__, c.args, c.__notes__, c is v)
d = copy.deepcopy(E("deep", 2))
print(type(d).__name__, d.args)

s = E()
s.__setstate__({"a": 1, "b": [2]})
print(s.a, s.b)
s.__setstate__(None)
try:
    s.__setstate__(5)
except TypeError as err:
    print("TypeError:", err)


class S(Exception):
    __slots__ = ("a",)


t = S()
t.a = 3
print(t.a)
print(KeyError("k").__dict__, getattr(KeyError(), "missing", "dflt"))
print(hasattr(e, "__dict__"))


class P:
    def __init__(self, a):
        self.a = a

    def __reduce__(self):
        return (P, (self.a,))


print(P(3).__reduce_ex__(2)[1], copy.deepcopy(P(4)).a)

# Keyword fields not given are not stored, yet read as None.
a = AttributeError()
print(a.__dict__, a.name, a.obj)
print(NameError().name, NameError().__dict__)

from functools import reduce

print(reduce(int.__add__, [1, 2, 3]), list(map(str.__len__, ["a", "bcd"])), int.__add__(1, 2.0))
print((5).__radd__(3), (2).__rpow__(3), (7).__rfloordiv__(50), (1.5).__add__(1), (1.5).__radd__(2), (2.0).__rsub__(10))
print("ab".__add__("c"), "ab".__mul__(2), "ab".__rmul__(3), "abc".__getitem__(1), "abc".__len__(), "abc".__contains__("b"))
print(list("ab".__iter__()), range(10).__getitem__(3), range(5).__len__(), range(5).__contains__(4), list(range(3).__iter__()))
print((1, 2).__add__((3,)), (1,).__mul__(2), [1].__add__([2]), {1, 2}.__or__({3}), {1, 2}.__sub__({1}), {"a": 1}.__or__({"b": 2}))
print(b"ab".__add__(b"c"), b"abc".__getitem__(0), b"ab".__len__(), (3 + 4j).__add__(1), (1).__and__(3), (6).__xor__(3))
print(int.__sub__(5, "x"), float.__mul__(2.0, "s"), set.__and__({1}, [1]), tuple.__add__((1,), [2]) if False else None)
print(hasattr(range(3), "__getitem__"), hasattr("", "__iter__"), hasattr(1, "__add__"), hasattr(1.0, "__and__"))

class MyInt(int):
    def __add__(self, other):
        return MyInt(super().__add__(other) * 10)
print(MyInt(2) + 3, type(MyInt(2) + 3).__name__, 3 + MyInt(2))

class Upper(str):
    def __getitem__(self, i):
        return super().__getitem__(i).upper()
    def __len__(self):
        return super().__len__() + 100
    def __iter__(self):
        yield from super().__iter__()
        yield "!"
u = Upper("abc")
print(u[0], len(u), list(u), "".join(u))

class T(tuple):
    def __contains__(self, x):
        return super().__contains__(x) or x == "any"
print("any" in T((1,)), 1 in T((1,)), 2 in T((1,)))

class S(str):
    pass
print(list(S("xy")), len(S("abc")), S("abc")[1:], "b" in S("abc"))
class MS(set):
    def __iter__(self):
        return iter(sorted(super().__iter__(), reverse=True))
print(list(MS({1, 2, 3})))
try:
    int.__add__("a", 1)
except TypeError as e:
    print(e)
try:
    str.__len__(5)
except TypeError as e:
    print(e)
print(int.__add__, type(int.__add__).__name__, (1).__add__.__name__)

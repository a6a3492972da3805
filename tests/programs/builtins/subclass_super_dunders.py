# Subclasses of built-in types reaching the base's dunders through
# super(): __repr__, __str__, __init__, __eq__, __hash__, and the slot
# wrappers called on the class directly.
class L(list):
    def __repr__(self):
        return "L" + super().__repr__()


class T(tuple):
    def __repr__(self):
        return "T" + super().__repr__()


class S(str):
    def __repr__(self):
        return "S" + super().__repr__()

    def __str__(self):
        return "s" + super().__str__()


class St(set):
    def __repr__(self):
        return "St" + super().__repr__()


class B(bytes):
    def __repr__(self):
        return "B" + super().__repr__()

    def __str__(self):
        return "b" + super().__str__()


class I(int):
    def __repr__(self):
        return "I" + super().__repr__()


class M(type):
    def __repr__(cls):
        return "M:" + super().__repr__()


class C(metaclass=M):
    pass


print(L([1]), T((1,)), repr(S("x")), str(S("x")), St({1}), I(3))
print(repr(B(b"q")), str(B(b"q")), repr(C))
print(list.__repr__([1, 2]), tuple.__repr__((1,)), set.__repr__(set()), str.__repr__("it's"))
print(type.__repr__(int), bool.__repr__(True), type(None).__repr__(None), complex.__repr__(1j))
print(range.__repr__(range(3)), slice.__repr__(slice(1)), frozenset.__repr__(frozenset()))
print(bytes.__repr__(b"z"), bytearray.__repr__(bytearray(b"y")))
try:
    list.__repr__(5)
except TypeError as e:
    print("TypeError:", e)


class Tagged(set):
    def __init__(self, items, tag):
        super().__init__(items)
        self.tag = tag


t = Tagged((x for x in [3, 1, 2]), "t")
print(sorted(t), t.tag)
set.__init__(t, [9])
print(sorted(t))
try:
    set().__init__([1], [2])
except TypeError as e:
    print("TypeError:", e)
try:
    set().__init__(x=1)
except TypeError as e:
    print("TypeError:", e)


class FS(frozenset):
    def __new__(cls, items):
        return super().__new__(cls, items)


print(sorted(FS([2, 1])), type(FS([1])).__name__)


class E(ValueError):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code


e = E("bad", 3)
print(e, e.args, e.code)


class O(OSError):
    def __init__(self, *a):
        super().__init__(*a)


o = O(2, "No such file")
print(o.errno, o.strerror, str(o))


class PlainSet(set):
    pass


class PlainFrozen(frozenset):
    pass


print(sorted(PlainSet(x for x in [1, 2])), sorted(PlainFrozen(x for x in [5])))
s = {1, 2}
s.__init__(s)
print(s)
for make in (lambda: set(x=1), lambda: frozenset(x=1), lambda: PlainSet(x=1), lambda: set(1, 2)):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)

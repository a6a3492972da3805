# The rich comparison and hash slot wrappers of built-in types: called
# directly, through super() in subclasses, and their NotImplemented cases.
import sys

print(list.__eq__, str.__lt__, tuple.__hash__)
print(list.__eq__([1], [1]), list.__lt__([1], [2]), list.__ge__([2], [1]))
print(tuple.__le__((1,), (1,)), str.__eq__("a", "a"), str.__lt__("a", 1))
print(dict.__eq__({1: 2}, {1: 2}), dict.__lt__({}, {}), dict.__ne__({}, {1: 1}))
print(set.__lt__({1}, frozenset({1, 2})), frozenset.__eq__(frozenset(), set()))
print(set.__eq__(set(), [1]), range.__eq__(range(0), range(2, 2)), range.__lt__(range(1), range(2)))
print(bytes.__eq__(b"a", bytearray(b"a")), bytearray.__eq__(bytearray(b"a"), b"a"))
print(bytes.__lt__(b"a", bytearray(b"b")), bytearray.__lt__(bytearray(b"a"), b"b"))
print(complex.__lt__(1j, 1j), complex.__eq__(1j, 1), complex.__eq__(1 + 0j, 1.0))
print(int.__eq__(1, 1.0), float.__eq__(1.0, 1), int.__lt__(1, 1.5), float.__lt__(1.5, 2))
print(float.__eq__(2.0 ** 60, 2 ** 60 + 1), 2.0 ** 60 == 2 ** 60 + 1)
print(1 == 1.0, 1 < 1.5, 2 ** 70 > 1e20)

# Slices compare and hash as their three parts.
print(slice(1, 2) < slice(1, 3), slice(1, 2) == slice(1, 2), slice(None) <= slice(None))
print(hash(slice(1, 2, 3)) == hash(slice(1, 2, 3)), slice.__hash__(slice(1)) == hash(slice(1)))
print({slice(1, 2): "s"}[slice(1, 2)])
try:
    {}[1:2]
except KeyError as e:
    print("KeyError", e)
try:
    hash(slice([], 1))
except TypeError as e:
    print("TypeError:", e)

# Hash slot wrappers give the built-in hash, not an override's.
print(str.__hash__("x") == hash("x"), bytes.__hash__(b"ab") == hash(b"ab"))
print(tuple.__hash__((1, 2)) == hash((1, 2)), frozenset.__hash__(frozenset()) == hash(frozenset()))
print(range.__hash__(range(3)) == hash(range(3)), complex.__hash__(1j) == hash(1j))
print(list.__hash__, dict.__hash__, set.__hash__, bytearray.__hash__)


class S(str):
    def __eq__(self, other):
        return "override"

    __hash__ = str.__hash__


print(str.__eq__(S("a"), "a"), S("a") == "a", hash(S("a")) == hash("a"))


class L(list):
    def __eq__(self, other):
        return super().__eq__(other)

    def __lt__(self, other):
        return super().__lt__(other)


print(L([1]) == L([1]), L([1]) == [1], L([1]) < [2], L([1]).__eq__(3), L([1]) == 3)


class Point(tuple):
    def __hash__(self):
        return super().__hash__() + 1


print(hash(Point((1, 2))) == hash((1, 2)) + 1)


class D(dict):
    def __eq__(self, other):
        return super().__eq__(other) and type(other) is D


print(D(a=1) == D(a=1), D(a=1) == {"a": 1})

try:
    list.__eq__((1,), [1])
except TypeError as e:
    print("TypeError:", e)
try:
    list.__eq__([1])
except TypeError as e:
    print("TypeError:", e)

# __sizeof__ and sys.getsizeof's checks.
print(object().__sizeof__() > 0, sys.getsizeof([]) > 0, sys.getsizeof("abc") > sys.getsizeof(""))


class Sized:
    def __sizeof__(self):
        return 100


class Negative:
    def __sizeof__(self):
        return -1


class Wrong:
    def __sizeof__(self):
        return "x"


print(sys.getsizeof(Sized()) >= 100)
try:
    sys.getsizeof(Negative())
except ValueError as e:
    print("ValueError:", e)
try:
    sys.getsizeof(Wrong())
except TypeError as e:
    print("TypeError:", e)
print(sys.getsizeof(Wrong(), 5))
try:
    sys.getsizeof(Negative(), "default")
except ValueError as e:
    print("ValueError even with a default:", e)

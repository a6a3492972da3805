# Built-in classes' namespaces are complete whenever anything reads them,
# however the first read happens: a subclass lookup, vars(), dir(), a
# descriptor fetched by name, or an attribute the program assigns.

class Doubling(list):
    def append(self, x):
        super().append(x * 2)

d = Doubling()
d.append(3)
print(d, isinstance(d, list))

class Count(int):
    pass

print(Count(5).bit_length(), Count.__mro__)
print("append" in list.__dict__, "bit_length" in int.__dict__)
print(sorted(k for k in vars(dict) if not k.startswith("_")))
print(type(str.__doc__).__name__, type(list.__dict__["__doc__"]).__name__)
print(list.__hash__, dict.__hash__ is None, set.__hash__)
print(type(list.__dict__["append"]).__name__)
print(type(dict.__dict__["fromkeys"]).__name__)
print(type(int.__dict__["__add__"]).__name__)
print(type(str.__dict__["maketrans"]).__name__)
print(hasattr(bytes, "maketrans"), callable(getattr(float, "fromhex")))
print(float.fromhex("0x1p-2"), int.from_bytes(b"\x01\x00", "big"))
import collections
print(collections.deque.__module__, collections.deque.__name__)
print(type(int.__dict__["real"]).__name__, (7).real)
print(sorted(set(dir(frozenset)) - set(dir(object)))[:6])
for t in (list, dict, set, frozenset, tuple, enumerate, collections.deque, BaseExceptionGroup, int):
    print(t.__name__, "__class_getitem__" in vars(t), end="; ")
print(list[int], dict[str, int], collections.deque[int], ExceptionGroup[ValueError])
print(range.__dict__["count"].__qualname__, range(5).count(3))

# A method a program adds to a class derived from a built-in one sits in
# front of the built-in table.
class Text(str):
    def upper(self):
        return "custom " + str.upper(self)

print(Text("abc").upper(), Text("abc").lower())
try:
    list.append = None
except TypeError as e:
    print("TypeError:", e)
try:
    int.__dict__["nothing"]
except KeyError as e:
    print("KeyError:", e)

# Which methods of built-in types are slot wrappers and which plain method
# descriptors (CPython keeps a few beside their slot: list.__getitem__,
# dict.__contains__, ...), their signatures and their argument errors.
import collections

for f in (list.__getitem__, dict.__getitem__, dict.__contains__, set.__contains__,
          frozenset.__contains__, tuple.__getitem__, str.__contains__, dict.__ior__,
          set.__ior__, set.__iand__, list.__iadd__, list.__reversed__, dict.__reversed__):
    print(type(f).__name__, f, f.__text_signature__)

for call in (lambda: list.__getitem__((1,), 0), lambda: tuple.__getitem__([1], 0),
             lambda: dict.__contains__([], 1), lambda: set.__ior__([], 1),
             lambda: [].__getitem__(), lambda: set().__contains__(),
             lambda: {}.__contains__(), lambda: {}.__getitem__(),
             lambda: ().__getitem__()):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

print(getattr(str.maketrans, "__objclass__", "no __objclass__"), str.maketrans.__text_signature__)
print(object.__init_subclass__.__text_signature__, list.__class_getitem__.__text_signature__)
try:
    object.__init_subclass__(x=1)
except TypeError as e:
    print("TypeError:", e)

d = collections.deque([1, 2])
for name in ("append", "appendleft", "pop", "popleft", "rotate", "index", "insert", "extend"):
    print(name, getattr(collections.deque, name).__text_signature__)
for call in (lambda: d.append(), lambda: d.pop(1), lambda: d.clear(3), lambda: d.count()):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

print(int.__format__.__text_signature__, object.__reduce_ex__.__text_signature__,
      type.__subclasses__.__text_signature__, object.__sizeof__.__text_signature__)
print(int.__format__(5, "03"), [5].__getitem__(0), {1}.__contains__(1), {"k": 1}.__getitem__("k"))

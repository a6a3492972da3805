# Built-ins called in loops (the interpreter's shortcut for common
# built-in calls) next to the calls the shortcut must leave to the full
# path: user __len__, subclasses, ABCs, odd indexes, empty containers,
# unbound method calls with the wrong receiver, bound method objects.
import abc
from collections import deque


class Sized:
    def __len__(self):
        return 7


class MyList(list):
    def __len__(self):
        return 99


class Base(abc.ABC):
    pass


class Impl:
    pass


Base.register(Impl)

for _ in range(2):
    print(len([1, 2]), len("héllo"), len({1: 2}), len(Sized()), len(MyList([1])))
    print(isinstance(3, int), isinstance(True, int), isinstance(3, (str, bytes)),
          isinstance(Impl(), Base), isinstance(3, (int, 5)))
    print(abs(-3), abs(True), abs(-2.5), abs(-(2 ** 63)), abs(-9223372036854775807 - 1))

for bad in ([], 5, None):
    try:
        print(len(bad))
    except TypeError as e:
        print("TypeError:", e)
try:
    isinstance(3, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(3, (str, 5))
except TypeError as e:
    print("TypeError:", e)

lst = [10, 20, 30, 40]
out = []
for i in range(2):
    lst.append(i)
    out.append(lst.pop())
print(out, lst)
print(lst.pop(0), lst.pop(-1), lst.pop(True), lst)
for args in ((), (5,), (-9,), ("x",)):
    try:
        print(lst.pop(*args))
    except (IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
list.append(lst, "unbound")
print(lst)
try:
    list.append(5, 1)
except TypeError as e:
    print("TypeError:", e)
f = lst.append
for i in range(3):
    f(i)
print(lst)

d = deque([1, 2])
for i in range(3):
    d.append(i)
print(d.popleft(), d.pop(), d)
try:
    deque().popleft()
except IndexError as e:
    print("IndexError:", e)
m = deque(maxlen=2)
for i in range(5):
    m.append(i)
print(m)

s = "hello"
print([s.startswith("he"), s.endswith("lo"), s.startswith(("x", "h")), s.startswith("l", 2)])
try:
    s.startswith(5)
except TypeError as e:
    print("TypeError:", e)


class Key(str):
    def __hash__(self):
        return hash(str(self))

    def __eq__(self, other):
        return str(self) == str(other)


dd = {"a": 1, Key("b"): 2, 3: "three"}
print([dd.get("a"), dd.get("b"), dd.get("zz"), dd.get("zz", 0), dd.get(3), dd.get(Key("a"))])
try:
    dd.get()
except TypeError as e:
    print("TypeError:", e)


class Loud:
    def __del__(self):
        print("deleted")


holder = [Loud()]
holder.pop()
print("after pop")

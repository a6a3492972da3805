# Unbounded recursion through special methods, properties, __getattr__ and
# callbacks from built-ins ends in RecursionError, never a crash.
import sys

class Add:
    def __add__(self, o):
        return self + o

class Eq:
    def __eq__(self, o):
        return self == o

class Missing:
    def __getattr__(self, name):
        return self.other

class Index:
    def __getitem__(self, i):
        return self[i]

class Prop:
    @property
    def p(self):
        return self.p

class Hash:
    def __hash__(self):
        return hash(self)

class Str:
    def __str__(self):
        return str(self)

def via_map(n):
    return list(map(via_map, [n]))

def via_sorted(n):
    return sorted([n], key=via_sorted)

cases = [
    ("add", lambda: Add() + 1),
    ("eq", lambda: Eq() == 1),
    ("getattr", lambda: Missing().x),
    ("getitem", lambda: Index()[0]),
    ("property", lambda: Prop().p),
    ("hash", lambda: {Hash()}),
    ("str", lambda: str(Str())),
    ("map", lambda: via_map(0)),
    ("sorted", lambda: via_sorted(0)),
]
for name, f in cases:
    try:
        f()
    except RecursionError as e:
        print(name, "RecursionError:", e)

# Deep but finite recursion through a special method succeeds.
class Count:
    def __getitem__(self, i):
        return self[i - 1] + 1 if i else 0

print(Count()[500])
sys.setrecursionlimit(5000)
print(Count()[3000])

import collections.abc as cabc
from collections.abc import Mapping, MutableMapping, Sequence, Iterable, Iterator, Callable, Hashable, Sized, Awaitable, AsyncIterator, Generator, Set, MutableSet
import collections
print(collections.abc is cabc)
print(isinstance([], Sequence), isinstance([], cabc.MutableSequence), isinstance((), cabc.MutableSequence), isinstance({}, Mapping), isinstance({}, MutableMapping))
print(isinstance(iter([]), Iterator), isinstance([], Iterator), isinstance(len, Callable), isinstance([], Hashable), isinstance(1, Hashable))
print(issubclass(str, Sequence), issubclass(dict, Sized), isinstance({}.keys(), Set), isinstance(set(), MutableSet), isinstance(frozenset(), MutableSet))
def g(): yield
print(isinstance(g(), Generator), isinstance(g(), Iterator))
class C:
    def __iter__(self): return iter([1])
print(isinstance(C(), Iterable), issubclass(C, Sized))
class M(Mapping):
    def __init__(self, d): self._d = d
    def __getitem__(self, k): return self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
m = M({'a': 1, 'b': 2})
print(m['a'], m.get('z', 0), 'a' in m, list(m.keys()), list(m.items()), list(m.values()), m == {'a': 1, 'b': 2}, len(m))
print(m.keys() & {"a"}, sorted(m.keys() | {"c"}))
class MM(MutableMapping):
    def __init__(self): self._d = {}
    def __getitem__(self, k): return self._d[k]
    def __setitem__(self, k, v): self._d[k] = v
    def __delitem__(self, k): del self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
mm = MM(); mm.update({'x': 1}, y=2); mm.setdefault('z', 3)
print(dict(mm), mm.pop('x'), mm.popitem(), dict(mm))
try:
    MM.__abstractmethods__; Mapping()
except TypeError as e:
    print(e)
class S(Sequence):
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
    def __len__(self): return 3
s = S()
print(list(s), 20 in s, s.index(20), s.count(10), list(reversed(s)))
try:
    s.index(99)
except ValueError:
    print('ValueError')
print(Mapping[str, int], Sequence[int])
class Bad(Sequence): pass
try:
    Bad()
except TypeError as e:
    print(e)
print(cabc.Sequence, cabc.Mapping.__module__)

"""Weak references: `ref` and `WeakSet`.

`ref(obj)` does not keep obj alive; calling it returns obj, or None once
obj is gone. Callbacks, `proxy`, `WeakKeyDictionary`/`WeakValueDictionary`
and `finalize` are not provided yet.
"""

from _weakref import ref

__all__ = ["ref", "WeakSet"]


class WeakSet:
    """A set whose members are dropped once nothing else holds them."""

    def __init__(self, data=None):
        self._refs = {}
        self._limit = 64
        if data is not None:
            for item in data:
                self.add(item)

    def _prune(self):
        self._refs = {k: r for k, r in self._refs.items() if r() is not None}
        self._limit = max(64, 2 * len(self._refs))

    def add(self, item):
        self._refs[id(item)] = ref(item)
        if len(self._refs) > self._limit:
            self._prune()

    def discard(self, item):
        r = self._refs.get(id(item))
        if r is not None and r() is item:
            del self._refs[id(item)]

    def remove(self, item):
        if item not in self:
            raise KeyError(item)
        self.discard(item)

    def clear(self):
        self._refs.clear()

    def __contains__(self, item):
        r = self._refs.get(id(item))
        return r is not None and r() is item

    def __iter__(self):
        for r in list(self._refs.values()):
            item = r()
            if item is not None:
                yield item

    def __len__(self):
        return sum(1 for _ in self)

    def __repr__(self):
        return f"<WeakSet {list(self)!r}>"

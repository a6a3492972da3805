"""Container datatypes: deque, defaultdict, OrderedDict, Counter, namedtuple."""


class deque:
    """A double-ended queue with O(1) appends and pops at both ends."""

    def __init__(self, iterable=(), maxlen=None):
        self._left = []
        self._right = []
        self.maxlen = maxlen
        for x in iterable:
            self.append(x)

    def _items(self):
        return self._left[::-1] + self._right

    def append(self, x):
        self._right.append(x)
        if self.maxlen is not None and len(self) > self.maxlen:
            self.popleft()

    def appendleft(self, x):
        self._left.append(x)
        if self.maxlen is not None and len(self) > self.maxlen:
            self.pop()

    def pop(self):
        if self._right:
            return self._right.pop()
        if self._left:
            self._rebalance()
            return self._right.pop()
        raise IndexError("pop from an empty deque")

    def popleft(self):
        if self._left:
            return self._left.pop()
        if self._right:
            self._left = self._right[::-1]
            self._right = []
            return self._left.pop()
        raise IndexError("pop from an empty deque")

    def _rebalance(self):
        self._right = self._left[::-1] + self._right
        self._left = []

    def extend(self, iterable):
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        self._left = []
        self._right = []

    def rotate(self, n=1):
        items = self._items()
        if items:
            n %= len(items)
            items = items[-n:] + items[:-n]
        self._left = []
        self._right = items

    def count(self, x):
        return self._items().count(x)

    def index(self, x):
        return self._items().index(x)

    def remove(self, x):
        items = self._items()
        items.remove(x)
        self._left = []
        self._right = items

    def reverse(self):
        self._right = self._items()[::-1]
        self._left = []

    def copy(self):
        return deque(self._items(), self.maxlen)

    def __len__(self):
        return len(self._left) + len(self._right)

    def __bool__(self):
        return bool(self._left) or bool(self._right)

    def __iter__(self):
        return iter(self._items())

    def __reversed__(self):
        return iter(self._items()[::-1])

    def __getitem__(self, i):
        return self._items()[i]

    def __setitem__(self, i, v):
        items = self._items()
        items[i] = v
        self._left = []
        self._right = items

    def __contains__(self, x):
        return x in self._left or x in self._right

    def __eq__(self, other):
        if isinstance(other, deque):
            return self._items() == other._items()
        return NotImplemented

    def __repr__(self):
        if self.maxlen is None:
            return f"deque({self._items()!r})"
        return f"deque({self._items()!r}, maxlen={self.maxlen})"


class defaultdict(dict):
    """A dict that calls default_factory to supply missing values."""

    def __init__(self, default_factory=None, *args, **kwargs):
        dict.__init__(self, *args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        return f"defaultdict({self.default_factory!r}, {dict.__repr__(self)})"


class OrderedDict(dict):
    """A dict that remembers insertion order and can move keys to either end."""

    def move_to_end(self, key, last=True):
        value = self.pop(key)
        if last:
            self[key] = value
        else:
            rest = list(self.items())
            self.clear()
            self[key] = value
            for k, v in rest:
                self[k] = v

    def popitem(self, last=True):
        if not self:
            raise KeyError("dictionary is empty")
        key = next(reversed(self)) if last else next(iter(self))
        return key, self.pop(key)

    def __repr__(self):
        if not self:
            return "OrderedDict()"
        return f"OrderedDict({dict.__repr__(self)})"


class Counter(dict):
    """A dict subclass for counting hashable items."""

    def __init__(self, iterable=None, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def update(self, iterable=None, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                for k, v in iterable.items():
                    self[k] = self[k] + v
            else:
                for k in iterable:
                    self[k] = self[k] + 1
        for k, v in kwds.items():
            self[k] = self[k] + v

    def most_common(self, n=None):
        items = sorted(self.items(), key=lambda kv: kv[1], reverse=True)
        return items if n is None else items[:n]

    def elements(self):
        for k, v in self.items():
            for _ in range(v):
                yield k

    def total(self):
        return sum(self.values())

    def __repr__(self):
        if not self:
            return "Counter()"
        inner = ", ".join(f"{k!r}: {v!r}" for k, v in self.most_common())
        return "Counter({" + inner + "})"


def namedtuple(typename, field_names, *, defaults=None, module=None):
    """Return a new tuple subclass with named fields."""
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    fields = tuple(field_names)
    defaults = tuple(defaults) if defaults else ()

    def __new__(cls, *args, **kwargs):
        values = list(args)
        for name in fields[len(args):]:
            if name in kwargs:
                values.append(kwargs.pop(name))
            else:
                idx = fields.index(name) - (len(fields) - len(defaults))
                if idx < 0:
                    raise TypeError(f"{typename}.__new__() missing 1 required positional argument: '{name}'")
                values.append(defaults[idx])
        if kwargs:
            raise TypeError(f"{typename}.__new__() got an unexpected keyword argument '{next(iter(kwargs))}'")
        if len(values) > len(fields):
            raise TypeError(f"{typename}.__new__() takes {len(fields) + 1} positional arguments but {len(values) + 1} were given")
        return tuple.__new__(cls, values)

    def __repr__(self):
        inner = ", ".join(f"{n}={v!r}" for n, v in zip(fields, self))
        return f"{typename}({inner})"

    def _asdict(self):
        return dict(zip(fields, self))

    def _replace(self, **kwargs):
        return type(self)(*[kwargs.get(n, v) for n, v in zip(fields, self)])

    ns = {
        "__new__": __new__,
        "__repr__": __repr__,
        "_asdict": _asdict,
        "_replace": _replace,
        "_fields": fields,
        "__match_args__": fields,
        "__slots__": (),
    }
    for i, name in enumerate(fields):
        ns[name] = property(lambda self, i=i: self[i])
    cls = type(typename, (tuple,), ns)
    cls.__module__ = module or "__main__"
    return cls


class ChainMap:
    """A view of several mappings as one, searched in order."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __getitem__(self, key):
        for m in self.maps:
            if key in m:
                return m[key]
        raise KeyError(key)

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        seen = {}
        for m in reversed(self.maps):
            for k in m:
                seen[k] = None
        return iter(seen)


def __getattr__(name):
    # `collections.abc` is a submodule; reach it as an attribute too.
    if name == "abc":
        import collections.abc
        return collections.abc
    raise AttributeError(f"module 'collections' has no attribute '{name}'")

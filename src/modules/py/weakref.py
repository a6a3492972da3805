"""Weak references: `ref`, `proxy`, `WeakMethod`, `finalize`, and the
containers `WeakValueDictionary`, `WeakKeyDictionary` and `WeakSet`.

`ref(obj)` does not keep obj alive; calling it returns obj, or None once
obj is gone. Callbacks (and so `finalize` and the prompt removal of dead
entries) work for instances of classes; entries for other objects are
dropped lazily, the next time the container looks at them.
"""

from _anext_helpers import GenericAlias as _GenericAlias
from _weakref import ref, getweakrefcount

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary",
           "ReferenceType", "ProxyType", "CallableProxyType", "ProxyTypes",
           "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize"]

ReferenceType = ref


def _ref(obj, callback=None):
    """A weak reference with a callback where the object supports one."""
    if callback is None:
        return ref(obj)
    try:
        return ref(obj, callback)
    except TypeError:
        return ref(obj)


def getweakrefs(obj):
    """The weak references to obj (Anext does not track them: [])."""
    return []


class ProxyType:
    """A weak proxy: uses the referent like the referent itself, and raises
    ReferenceError once it is gone."""

    __slots__ = ("_ref",)

    def __init__(self, obj, callback=None):
        object.__setattr__(self, "_ref", _ref(obj, None if callback is None else (lambda r: callback(self))))

    def _get(self):
        obj = object.__getattribute__(self, "_ref")()
        if obj is None:
            raise ReferenceError("weakly-referenced object no longer exists")
        return obj

    def __getattr__(self, name):
        return getattr(ProxyType._get(self), name)

    def __setattr__(self, name, value):
        setattr(ProxyType._get(self), name, value)

    def __delattr__(self, name):
        delattr(ProxyType._get(self), name)

    def __repr__(self):
        obj = object.__getattribute__(self, "_ref")()
        return f"<weakproxy at {hex(id(self))}; to '{type(obj).__name__}' at {hex(id(obj))}>"

    def __str__(self): return str(ProxyType._get(self))
    def __bool__(self): return bool(ProxyType._get(self))
    def __len__(self): return len(ProxyType._get(self))
    def __iter__(self): return iter(ProxyType._get(self))
    def __contains__(self, item): return item in ProxyType._get(self)
    def __getitem__(self, key): return ProxyType._get(self)[key]
    def __setitem__(self, key, value): ProxyType._get(self)[key] = value
    def __delitem__(self, key): del ProxyType._get(self)[key]
    def __eq__(self, other): return ProxyType._get(self) == other
    def __ne__(self, other): return ProxyType._get(self) != other
    def __lt__(self, other): return ProxyType._get(self) < other
    def __le__(self, other): return ProxyType._get(self) <= other
    def __gt__(self, other): return ProxyType._get(self) > other
    def __ge__(self, other): return ProxyType._get(self) >= other
    def __add__(self, other): return ProxyType._get(self) + other
    def __sub__(self, other): return ProxyType._get(self) - other
    def __mul__(self, other): return ProxyType._get(self) * other
    __hash__ = None


class CallableProxyType(ProxyType):
    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return ProxyType._get(self)(*args, **kwargs)


ProxyTypes = (ProxyType, CallableProxyType)


def proxy(obj, callback=None):
    """A proxy for obj that does not keep it alive."""
    if callable(obj):
        return CallableProxyType(obj, callback)
    return ProxyType(obj, callback)


class WeakMethod:
    """A weak reference to a bound method: it lives as long as both the
    object and the function do."""
    __class_getitem__ = classmethod(_GenericAlias)

    __slots__ = ("_obj_ref", "_func_ref", "_meth_type", "__weakref__")

    def __init__(self, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError(f"argument should be a bound method, not {type(meth)}") from None
        self._obj_ref = _ref(obj, None if callback is None else (lambda r: callback(self)))
        self._func_ref = _ref(func)
        self._meth_type = type(meth)

    def __call__(self):
        obj = self._obj_ref()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            return self() == other() if self() is not None else self is other
        return NotImplemented

    def __hash__(self):
        return hash((self._obj_ref, self._func_ref))


class WeakValueDictionary:
    """A mapping whose values are held weakly: an entry goes away when
    nothing else holds its value."""
    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self.update(other, **kw)

    def _remover(self, key):
        def remove(wr, data=self.data):
            if data.get(key) is wr:
                del data[key]
        return remove

    def _live(self):
        dead = [k for k, r in self.data.items() if r() is None]
        for k in dead:
            del self.data[k]
        return self.data

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            del self.data[key]
            raise KeyError(key)
        return o

    def __setitem__(self, key, value):
        self.data[key] = _ref(value, self._remover(key))

    def __delitem__(self, key):
        self._live()
        del self.data[key]

    def __contains__(self, key):
        r = self.data.get(key)
        return r is not None and r() is not None

    def __len__(self):
        return len(self._live())

    def __iter__(self):
        return iter(list(self._live()))

    def __repr__(self):
        return f"<WeakValueDictionary at {hex(id(self))}>"

    def get(self, key, default=None):
        r = self.data.get(key)
        if r is None:
            return default
        o = r()
        return default if o is None else o

    def keys(self):
        return list(self._live())

    def values(self):
        return [o for o in (r() for r in list(self._live().values())) if o is not None]

    def items(self):
        out = []
        for k, r in list(self._live().items()):
            o = r()
            if o is not None:
                out.append((k, o))
        return out

    def itervaluerefs(self):
        return iter(list(self._live().values()))

    def valuerefs(self):
        return list(self._live().values())

    def pop(self, key, *default):
        try:
            o = self.data.pop(key)()
        except KeyError:
            if default:
                return default[0]
            raise
        if o is None:
            if default:
                return default[0]
            raise KeyError(key)
        return o

    def popitem(self):
        while True:
            key, r = self.data.popitem()
            o = r()
            if o is not None:
                return key, o

    def setdefault(self, key, default=None):
        o = self.get(key)
        if o is None:
            self[key] = default
            return default
        return o

    def update(self, other=(), /, **kw):
        items = other.items() if hasattr(other, "items") else other
        for k, v in items:
            self[k] = v
        for k, v in kw.items():
            self[k] = v

    def copy(self):
        return WeakValueDictionary(self.items())

    def clear(self):
        self.data.clear()


class WeakKeyDictionary:
    """A mapping whose keys are held weakly: an entry goes away when
    nothing else holds its key."""
    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, dict=None):
        self.data = {}
        if dict is not None:
            self.update(dict)

    def _key(self, key, remove=False):
        data = self.data

        def drop(wr):
            data.pop(wr, None)
        return _ref(key, drop if remove else None)

    def _live(self):
        dead = [r for r in self.data if r() is None]
        for r in dead:
            del self.data[r]
        return self.data

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[self._key(key, True)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __len__(self):
        return len(self._live())

    def __iter__(self):
        for r in list(self._live()):
            o = r()
            if o is not None:
                yield o

    def __repr__(self):
        return f"<WeakKeyDictionary at {hex(id(self))}>"

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def keys(self):
        return list(self)

    def values(self):
        return [v for r, v in list(self._live().items()) if r() is not None]

    def items(self):
        return [(r(), v) for r, v in list(self._live().items()) if r() is not None]

    def pop(self, key, *default):
        return self.data.pop(ref(key), *default)

    def setdefault(self, key, default=None):
        wr = self._key(key, True)
        if wr in self.data:
            return self.data[wr]
        self.data[wr] = default
        return default

    def update(self, other=None, /, **kw):
        if other is not None:
            items = other.items() if hasattr(other, "items") else other
            for k, v in items:
                self[k] = v
        for k, v in kw.items():
            self[k] = v

    def copy(self):
        return WeakKeyDictionary(self.items())


class finalize:
    """finalize(obj, func, /, *args, **kwargs): call func(*args, **kwargs)
    once, when obj dies (or when the finalizer is called first)."""

    __slots__ = ("_ref", "_info")
    _registry = {}

    def __init__(self, obj, func, /, *args, **kwargs):
        self._info = (func, args, kwargs or None)
        key = id(self)
        registry = finalize._registry

        def fire(wr, key=key):
            f = registry.pop(key, None)
            if f is not None:
                f._run()
        self._ref = ref(obj, fire)
        registry[key] = self

    def _run(self):
        info, self._info = self._info, None
        if info is not None:
            func, args, kwargs = info
            return func(*args, **(kwargs or {}))
        return None

    def __call__(self, _=None):
        """Run the callback now if it has not run; return its result."""
        if finalize._registry.pop(id(self), None) is not None:
            return self._run()
        return None

    def detach(self):
        """Cancel: return (obj, func, args, kwargs), or None if it is dead."""
        obj = self._ref()
        if obj is not None and finalize._registry.pop(id(self), None) is not None:
            func, args, kwargs = self._info
            self._info = None
            return obj, func, args, kwargs or {}
        return None

    def peek(self):
        """Return (obj, func, args, kwargs) without cancelling, or None."""
        obj = self._ref()
        if obj is not None and self._info is not None:
            func, args, kwargs = self._info
            return obj, func, args, kwargs or {}
        return None

    @property
    def alive(self):
        return id(self) in finalize._registry and self._info is not None

    atexit = True

    def __repr__(self):
        obj = self._ref()
        if obj is None:
            return f"<finalize object at {hex(id(self))}; dead>"
        return f"<finalize object at {hex(id(self))}; for {type(obj).__name__!r} at {hex(id(obj))}>"


class WeakSet:
    """A set whose members are dropped once nothing else holds them."""
    __class_getitem__ = classmethod(_GenericAlias)

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
        refs = self._refs
        key = id(item)

        def drop(wr, key=key, refs=refs):
            if refs.get(key) is wr:
                del refs[key]
        self._refs[key] = _ref(item, drop)
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

    def pop(self):
        for key, r in list(self._refs.items()):
            del self._refs[key]
            item = r()
            if item is not None:
                return item
        raise KeyError("pop from empty WeakSet")

    def clear(self):
        self._refs.clear()

    def copy(self):
        return WeakSet(self)

    def update(self, other):
        for item in other:
            self.add(item)

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

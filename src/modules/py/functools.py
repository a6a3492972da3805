"""Higher-order functions: partial, reduce, wraps, lru_cache, total_ordering."""

from _anext_helpers import GenericAlias as _GenericAlias

WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__")


class partial:
    """A callable that calls func with some arguments fixed."""
    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, /, *args, **keywords):
        return self.func(*self.args, *args, **{**self.keywords, **keywords})

    def __repr__(self):
        parts = [repr(self.func)] + [repr(a) for a in self.args]
        parts += [f"{k}={v!r}" for k, v in self.keywords.items()]
        return f"functools.partial({', '.join(parts)})"


_missing = object()


def reduce(function, iterable, initial=_missing):
    """Apply function cumulatively to the items, left to right."""
    it = iter(iterable)
    if initial is _missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    else:
        value = initial
    for x in it:
        value = function(value, x)
    return value


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=("__dict__",)):
    """Copy the wrapped function's metadata onto the wrapper."""
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=("__dict__",)):
    """Decorator form of update_wrapper."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


def cmp_to_key(mycmp):
    """Turn an old-style comparison function into a key function."""

    class K:
        __slots__ = ["obj"]

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

    return K


def _derived(base, combine):
    """A comparison computed from the `base` one (NotImplemented passes through)."""
    def compare(self, other):
        result = getattr(type(self), base)(self, other)
        if result is NotImplemented:
            return result
        return combine(result, self, other)
    return compare


_CONVERT = {
    "__lt__": [("__gt__", "__lt__", lambda r, a, b: not r and a != b),
               ("__le__", "__lt__", lambda r, a, b: r or a == b),
               ("__ge__", "__lt__", lambda r, a, b: not r)],
    "__le__": [("__ge__", "__le__", lambda r, a, b: not r or a == b),
               ("__lt__", "__le__", lambda r, a, b: r and a != b),
               ("__gt__", "__le__", lambda r, a, b: not r)],
    "__gt__": [("__lt__", "__gt__", lambda r, a, b: not r and a != b),
               ("__ge__", "__gt__", lambda r, a, b: r or a == b),
               ("__le__", "__gt__", lambda r, a, b: not r)],
    "__ge__": [("__le__", "__ge__", lambda r, a, b: not r or a == b),
               ("__gt__", "__ge__", lambda r, a, b: r and a != b),
               ("__lt__", "__ge__", lambda r, a, b: not r)],
}


def total_ordering(cls):
    """Fill in the missing rich comparisons from one defined (or inherited) one."""
    roots = {op for op in _CONVERT if getattr(cls, op, None) is not getattr(object, op, None)}
    if not roots:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    root = max(roots)
    for opname, base, combine in _CONVERT[root]:
        if opname not in roots:
            func = _derived(base, combine)
            func.__name__ = func.__qualname__ = opname
            setattr(cls, opname, func)
    return cls


from collections import namedtuple as _namedtuple

_CacheInfo = _namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])


def lru_cache(maxsize=128, typed=False):
    """Memoize a function's results, keeping at most maxsize of them."""

    def decorating(func):
        cache = {}
        stats = [0, 0]

        def wrapper(*args, **kwargs):
            key = args + tuple(sorted(kwargs.items())) if kwargs else args
            if key in cache:
                stats[0] += 1
                return cache[key]
            stats[1] += 1
            result = func(*args, **kwargs)
            if maxsize is None or len(cache) < maxsize:
                cache[key] = result
            elif maxsize > 0:
                del cache[next(iter(cache))]
                cache[key] = result
            return result

        def cache_info():
            return _CacheInfo(stats[0], stats[1], maxsize, len(cache))

        def cache_clear():
            cache.clear()
            stats[0] = stats[1] = 0

        wrapper.cache_info = cache_info
        wrapper.cache_clear = cache_clear
        return update_wrapper(wrapper, func)

    if callable(maxsize) and not isinstance(maxsize, int):
        func, maxsize = maxsize, 128
        return decorating(func)
    return decorating


def cache(func):
    """An unbounded lru_cache."""
    return lru_cache(maxsize=None)(func)


class cached_property:
    """A property computed once per instance and then stored."""
    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        self.attrname = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = self.func(instance)
        instance.__dict__[self.attrname] = value
        return value


class partialmethod:
    """partialmethod(func, *args, **kwargs): like partial, for methods:
    self comes first, then the fixed arguments."""
    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.func = func
        self.args = args
        self.keywords = keywords

    def __get__(self, obj, cls=None):
        func = self.func
        if hasattr(func, "__get__"):
            bound = func.__get__(obj, cls)
            if bound is not func:
                return partial(bound, *self.args, **self.keywords)
        return partial(func, obj, *self.args, **self.keywords)

    def __repr__(self):
        args = ", ".join([repr(self.func)] + [repr(a) for a in self.args] +
                         [f"{k}={v!r}" for k, v in self.keywords.items()])
        return f"functools.partialmethod({args})"


def _dispatch_types(annotation):
    import types
    if isinstance(annotation, types.UnionType):
        return list(annotation.__args__)
    origin = getattr(annotation, "__origin__", None)
    if origin is not None and getattr(origin, "_name", None) == "Union":
        return list(annotation.__args__)
    return [annotation]


def singledispatch(func):
    """Make func a generic function that picks an implementation by the
    type of its first argument; add implementations with .register."""
    registry = {object: func}
    cache = {}

    def dispatch(cls):
        impl = cache.get(cls)
        if impl is not None:
            return impl
        impl = None
        for klass in cls.__mro__:
            if klass in registry:
                impl = registry[klass]
                break
        if impl is None or impl is func:
            # Abstract base classes registered for the type (virtual
            # subclasses) come after real bases.
            best = None
            for key in registry:
                if key is object or key in cls.__mro__:
                    continue
                try:
                    if issubclass(cls, key) and (best is None or issubclass(key, best)):
                        best = key
                except TypeError:
                    pass
            if best is not None:
                impl = registry[best]
        if impl is None:
            impl = func
        cache[cls] = impl
        return impl

    def register(cls, func=None):
        if func is None:
            if isinstance(cls, type) or hasattr(cls, "__args__"):
                return lambda f: register(cls, f)
            f = cls
            annotations = {k: v for k, v in getattr(f, "__annotations__", {}).items() if k != "return"}
            if not annotations:
                raise TypeError(
                    f"Invalid first argument to `register()`: {f!r}. Use either "
                    "`@register(some_class)` or plain `@register` on an annotated function.")
            cls = next(iter(annotations.values()))
            if isinstance(cls, str):
                raise TypeError(f"Invalid annotation for {next(iter(annotations))!r}. {cls!r} is not a class.")
            func = f
        for t in _dispatch_types(cls):
            if not isinstance(t, type):
                raise TypeError(f"Invalid first argument to `register()`. {t!r} is not a class or union type.")
            registry[t] = func
        cache.clear()
        return func

    funcname = getattr(func, "__name__", "singledispatch function")

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f"{funcname} requires at least 1 positional argument")
        return dispatch(args[0].__class__)(*args, **kw)

    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    wrapper._clear_cache = cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """singledispatch for methods: dispatch on the first argument after self."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)
        _method.__isabstractmethod__ = getattr(self.func, "__isabstractmethod__", False)
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

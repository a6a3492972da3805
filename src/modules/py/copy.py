"""Shallow and deep copies: `copy`, `deepcopy`, honouring `__copy__`,
`__deepcopy__` and shared or recursive structure (the memo)."""

__all__ = ["Error", "copy", "deepcopy", "replace"]


class Error(Exception):
    pass


_ATOMIC = (type(None), int, float, bool, complex, str, bytes, range, type,
           frozenset, type(len), type(lambda: 0), type(Ellipsis), type(NotImplemented))


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    if isinstance(x, _ATOMIC) and cls in _ATOMIC:
        return x
    hook = getattr(cls, "__copy__", None)
    if hook is not None:
        return hook(x)
    if cls in (list, dict, set, bytearray):
        return cls(x)
    if cls is tuple:
        return x
    return _reconstruct_shallow(x)


def _reconstruct_shallow(x):
    cls = type(x)
    new = cls.__new__(cls)
    if hasattr(x, "__dict__"):
        new.__dict__.update(x.__dict__)
    for klass in cls.__mro__:
        for slot in getattr(klass, "__slots__", ()) if not isinstance(getattr(klass, "__slots__", ()), str) else (klass.__slots__,):
            if hasattr(x, slot):
                setattr(new, slot, getattr(x, slot))
    return new


def deepcopy(x, memo=None):
    """A deep copy of x; objects reached twice are copied once."""
    if memo is None:
        memo = {}
    key = id(x)
    if key in memo:
        return memo[key]
    cls = type(x)
    if isinstance(x, _ATOMIC) and cls in _ATOMIC:
        return x
    hook = getattr(x, "__deepcopy__", None)
    if hook is not None and not isinstance(x, type):
        y = hook(memo)
    elif cls is list:
        y = []
        memo[key] = y
        y.extend(deepcopy(v, memo) for v in x)
    elif cls is dict:
        y = {}
        memo[key] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is set:
        y = {deepcopy(v, memo) for v in x}
    elif cls is tuple:
        items = [deepcopy(v, memo) for v in x]
        if key in memo:
            return memo[key]
        y = x if all(a is b for a, b in zip(items, x)) else tuple(items)
    elif cls is bytearray:
        y = bytearray(x)
    else:
        y = cls.__new__(cls)
        memo[key] = y
        if hasattr(x, "__dict__"):
            for k, v in x.__dict__.items():
                setattr(y, k, deepcopy(v, memo))
        for klass in cls.__mro__:
            slots = getattr(klass, "__slots__", ())
            for slot in (slots,) if isinstance(slots, str) else slots:
                if slot != "__dict__" and hasattr(x, slot):
                    setattr(y, slot, deepcopy(getattr(x, slot), memo))
    memo[key] = y
    return y


def replace(obj, /, **changes):
    """A copy of obj with fields replaced (dataclasses, named tuples)."""
    hook = getattr(type(obj), "__replace__", None)
    if hook is not None:
        return hook(obj, **changes)
    if hasattr(obj, "_replace"):
        return obj._replace(**changes)
    raise TypeError(f"replace() does not support {type(obj).__name__} objects")

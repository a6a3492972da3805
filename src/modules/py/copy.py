"""Shallow and deep copies: `copy`, `deepcopy`, honouring `__copy__`,
`__deepcopy__` and shared or recursive structure (the memo)."""

__all__ = ["Error", "copy", "deepcopy", "replace"]


class Error(Exception):
    pass


_ATOMIC = {type(None), int, float, bool, complex, str, bytes, range, type,
           frozenset, type(len), type(lambda: 0), type(Ellipsis), type(NotImplemented),
           type([].append), type(property()), type(__import__("sys"))}


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        return x
    hook = getattr(cls, "__copy__", None)
    if hook is not None:
        return hook(x)
    if cls in (list, dict, set, bytearray):
        return cls(x)
    if cls is tuple:
        return x
    return _reconstruct(x, None, *_reduce(x))


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x; objects reached twice are copied once."""
    if memo is None:
        memo = {}
    key = id(x)
    y = memo.get(key, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if (cls in _ATOMIC and cls is not frozenset) or issubclass(cls, type):
        return x
    hook = getattr(x, "__deepcopy__", None)
    if hook is not None:
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
    elif cls is frozenset:
        y = frozenset(deepcopy(v, memo) for v in x)
    elif cls is tuple:
        items = [deepcopy(v, memo) for v in x]
        if key in memo:
            return memo[key]
        y = x if all(a is b for a, b in zip(items, x)) else tuple(items)
    elif cls is bytearray:
        y = bytearray(x)
    else:
        y = _reconstruct(x, memo, *_reduce(x))
    if y is not x:
        memo[key] = y
        # Keep x alive while the memo lives, so its id is not reused.
        memo.setdefault(id(memo), []).append(x)
    return y


def _reduce(x):
    """(callable, args, state, listitems, dictitems) describing x: from the
    class's own __reduce_ex__/__reduce__ when it defines one, else built
    from its __dict__, slots and built-in contents."""
    cls = type(x)
    rv = None
    for klass in cls.__mro__:
        if klass is object:
            break
        if "__reduce_ex__" in klass.__dict__:
            rv = x.__reduce_ex__(4)
            break
        if "__reduce__" in klass.__dict__:
            rv = x.__reduce__()
            break
    if rv is not None:
        if isinstance(rv, str):
            return (lambda: x), (), None, None, None
        if not isinstance(rv, tuple):
            raise Error(f"un(deep)copyable object of type {cls}")
        return tuple(rv) + (None,) * (5 - len(rv))
    getstate = getattr(x, "__getstate__", None)
    state = getstate() if getstate is not None and "__getstate__" in _class_attrs(cls) else _default_state(x)
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    if isinstance(x, (set, frozenset)):
        return cls, (list(x),), state, None, None
    if isinstance(x, (tuple, str, bytes, int, float)):
        return cls, (cls.__mro__[-2](x),), state, None, None
    return cls.__new__, (cls,), state, listitems, dictitems


def _class_attrs(cls):
    names = set()
    for klass in cls.__mro__:
        if klass is not object:
            names.update(klass.__dict__)
    return names


def _default_state(x):
    state = getattr(x, "__dict__", None) or None
    slots = {}
    for klass in type(x).__mro__:
        names = klass.__dict__.get("__slots__", ())
        for slot in (names,) if isinstance(names, str) else names:
            if slot not in ("__dict__", "__weakref__") and hasattr(x, slot):
                slots[slot] = getattr(x, slot)
    if slots:
        return (state, slots)
    return dict(state) if state else None


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *rest):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        setstate = getattr(y, "__setstate__", None)
        if setstate is not None and "__setstate__" in _class_attrs(type(y)):
            setstate(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state:
                y.__dict__.update(state)
            if slotstate:
                for k, v in slotstate.items():
                    setattr(y, k, v)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for k, v in dictiter:
            if deep:
                k, v = deepcopy(k, memo), deepcopy(v, memo)
            y[k] = v
    return y


def replace(obj, /, **changes):
    """A copy of obj with fields replaced (dataclasses, named tuples)."""
    hook = getattr(type(obj), "__replace__", None)
    if hook is not None:
        return hook(obj, **changes)
    if hasattr(obj, "_replace"):
        return obj._replace(**changes)
    raise TypeError(f"replace() does not support {type(obj).__name__} objects")

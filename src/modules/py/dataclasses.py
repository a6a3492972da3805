"""Generate __init__, __repr__, __eq__ and friends from class annotations.

The methods are generated as Python source and compiled, so their
signatures (and the errors for bad calls) are those of ordinary functions.
"""

import sys as _sys

__all__ = ["dataclass", "field", "Field", "FrozenInstanceError", "InitVar", "KW_ONLY",
           "MISSING", "fields", "asdict", "astuple", "make_dataclass", "replace",
           "is_dataclass"]


class _MISSING_TYPE:
    def __repr__(self):
        return "MISSING"


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    def __repr__(self):
        return "KW_ONLY"


KW_ONLY = _KW_ONLY_TYPE()


class FrozenInstanceError(AttributeError):
    pass


class InitVar:
    """InitVar[T]: a pseudo-field passed to __init__ and __post_init__ but
    not stored."""

    __slots__ = ("type",)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        name = getattr(self.type, "__name__", None) or repr(self.type)
        return f"dataclasses.InitVar[{name}]"

    def __class_getitem__(cls, type):
        return InitVar(type)


_FIELD = "_FIELD"
_FIELD_CLASSVAR = "_FIELD_CLASSVAR"
_FIELD_INITVAR = "_FIELD_INITVAR"


class Field:
    __slots__ = ("name", "type", "default", "default_factory", "repr", "hash", "init",
                 "compare", "metadata", "kw_only", "_field_type")

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = metadata if metadata is not None else {}
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return (f"Field(name={self.name!r},type={self.type!r},default={self.default!r},"
                f"default_factory={self.default_factory!r},init={self.init!r},repr={self.repr!r},"
                f"hash={self.hash!r},compare={self.compare!r},metadata={self.metadata!r},"
                f"kw_only={self.kw_only!r},_field_type={self._field_type})")

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), "__set_name__", None)
        if func:
            func(self.default, owner, name)


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    """Describe one field: its default or default_factory, and whether it
    takes part in __init__, __repr__, comparisons and hashing."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


_FIELDS = "__dataclass_fields__"
_PARAMS = "__dataclass_params__"


def fields(class_or_instance):
    """The fields of a dataclass (or instance), in definition order."""
    try:
        fs = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in fs.values() if f._field_type is _FIELD)


def is_dataclass(obj):
    """Whether obj is a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _is_classvar(tp):
    typing = _sys.modules.get("typing")
    if typing is None:
        return isinstance(tp, str) and tp.startswith(("ClassVar", "typing.ClassVar"))
    cv = typing.ClassVar
    return tp is cv or getattr(tp, "__origin__", None) is cv or (
        isinstance(tp, str) and tp.startswith(("ClassVar", "typing.ClassVar")))


def _is_initvar(tp):
    return tp is InitVar or isinstance(tp, InitVar) or (
        isinstance(tp, str) and tp.startswith(("InitVar", "dataclasses.InitVar")))


def _is_kw_only(tp):
    return tp is KW_ONLY or (isinstance(tp, str) and tp in ("KW_ONLY", "dataclasses.KW_ONLY"))


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Add generated special methods to a class from its annotated fields."""
    def wrap(cls):
        return _process(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots)
    if cls is None:
        return wrap
    return wrap(cls)


def _make_fn(name, params, body, namespace, qualname):
    text = f"def {name}({', '.join(params)}):\n" + "\n".join("    " + line for line in body or ["pass"])
    exec(text, namespace)
    fn = namespace[name]
    fn.__qualname__ = f"{qualname}.{name}"
    return fn


def _collect_fields(cls, kw_only):
    all_fields = {}
    for base in cls.__mro__[-1:0:-1]:
        base_fields = base.__dict__.get(_FIELDS)
        if base_fields:
            for f in base_fields.values():
                all_fields[f.name] = f
    annotations = cls.__dict__.get("__annotations__", {})
    own = []
    kw_only_now = kw_only
    for name, typ in annotations.items():
        if _is_kw_only(typ):
            if kw_only_now is True and any(_is_kw_only(t) for t in list(annotations.values())[:list(annotations).index(name)]):
                raise TypeError(f"{name!r} is KW_ONLY, but KW_ONLY has already been specified")
            kw_only_now = True
            continue
        default = cls.__dict__.get(name, MISSING)
        f = default if isinstance(default, Field) else field(default=default)
        f.name = name
        f.type = typ
        if _is_classvar(typ):
            f._field_type = _FIELD_CLASSVAR
        elif _is_initvar(typ):
            f._field_type = _FIELD_INITVAR
        else:
            f._field_type = _FIELD
        if f._field_type is not _FIELD and f.default_factory is not MISSING:
            raise TypeError(f"field {name} cannot have a default factory")
        if f.kw_only is MISSING:
            f.kw_only = kw_only_now
        if f._field_type is _FIELD and f.default is not MISSING and type(f.default).__hash__ is None:
            raise ValueError(f"mutable default {type(f.default)} for field {name} is not allowed: use default_factory")
        own.append(f)
        if isinstance(default, Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f"{name!r} is a field but has no type annotation")
    for f in own:
        all_fields[f.name] = f
    return all_fields


def _process(cls, init, repr_, eq, order, unsafe_hash, frozen, match_args, kw_only, slots):
    all_fields = _collect_fields(cls, kw_only)
    setattr(cls, _FIELDS, all_fields)
    qualname = cls.__qualname__
    fs = [f for f in all_fields.values() if f._field_type is _FIELD]
    initvars = [f for f in all_fields.values() if f._field_type is _FIELD_INITVAR]
    globals_ = _sys.modules[cls.__module__].__dict__ if cls.__module__ in _sys.modules else {}

    any_frozen_base = any(getattr(b, _PARAMS, {}).get("frozen") for b in cls.__mro__[1:])
    any_plain_base = any(hasattr(b, _FIELDS) and not getattr(b, _PARAMS, {}).get("frozen")
                         for b in cls.__mro__[1:])
    if any_frozen_base and not frozen:
        raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
    if frozen and any_plain_base:
        raise TypeError("cannot inherit frozen dataclass from a non-frozen one")
    setattr(cls, _PARAMS, {"init": init, "repr": repr_, "eq": eq, "order": order,
                           "unsafe_hash": unsafe_hash, "frozen": frozen})

    if init:
        _add_init(cls, fs, initvars, frozen, qualname)

    if repr_ and "__repr__" not in cls.__dict__:
        shown = [f.name for f in fs if f.repr]
        ns = {}
        body = ["return f'{type(self).__qualname__}(" +
                ", ".join(f"{n}={{self.{n}!r}}" for n in shown) + ")'"]
        cls.__repr__ = _make_fn("__repr__", ["self"], body, ns, qualname)

    cmp_names = [f.name for f in fs if f.compare]
    self_tuple = "(" + "".join(f"self.{n}," for n in cmp_names) + ")"
    other_tuple = "(" + "".join(f"other.{n}," for n in cmp_names) + ")"
    if eq and "__eq__" not in cls.__dict__:
        body = ["if other.__class__ is self.__class__:",
                f"    return {self_tuple} == {other_tuple}",
                "return NotImplemented"]
        cls.__eq__ = _make_fn("__eq__", ["self", "other"], body, {}, qualname)

    if order:
        if not eq:
            raise ValueError("eq must be true if order is true")
        for name, op in (("__lt__", "<"), ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">=")):
            if name in cls.__dict__:
                raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__name__}. "
                                "Consider using functools.total_ordering")
            body = ["if other.__class__ is self.__class__:",
                    f"    return {self_tuple} {op} {other_tuple}",
                    "return NotImplemented"]
            setattr(cls, name, _make_fn(name, ["self", "other"], body, {}, qualname))

    if frozen:
        field_names = {f.name for f in fs}

        def __setattr__(self, name, value):
            if type(self) is cls or name in field_names:
                raise FrozenInstanceError(f"cannot assign to field {name!r}")
            super(cls, self).__setattr__(name, value)

        def __delattr__(self, name):
            if type(self) is cls or name in field_names:
                raise FrozenInstanceError(f"cannot delete field {name!r}")
            super(cls, self).__delattr__(name)
        for name, fn in (("__setattr__", __setattr__), ("__delattr__", __delattr__)):
            if name in cls.__dict__:
                raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__name__}")
            fn.__qualname__ = f"{qualname}.{name}"
            setattr(cls, name, fn)

    hash_names = [f.name for f in fs if (f.compare if f.hash is None else f.hash)]
    has_explicit_hash = "__hash__" in cls.__dict__ and not (
        cls.__dict__["__hash__"] is None and "__eq__" in cls.__dict__)
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f"Cannot overwrite attribute __hash__ in class {cls.__name__}")
        body = ["return hash((" + "".join(f"self.{n}," for n in hash_names) + "))"]
        cls.__hash__ = _make_fn("__hash__", ["self"], body, {}, qualname)
    elif eq and frozen:
        if not has_explicit_hash:
            body = ["return hash((" + "".join(f"self.{n}," for n in hash_names) + "))"]
            cls.__hash__ = _make_fn("__hash__", ["self"], body, {}, qualname)
    elif eq and not has_explicit_hash:
        cls.__hash__ = None

    if match_args and "__match_args__" not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in fs if f.init and not f.kw_only)

    if slots:
        cls = _add_slots(cls, fs)
    return cls


def _add_init(cls, fs, initvars, frozen, qualname):
    ns = {"__dataclass_MISSING__": MISSING, "__dataclass_object__": object}
    params = ["self"]
    kw_params = []
    seen_default = None
    for f in [f for f in list(cls.__dict__[_FIELDS].values()) if f.init and f._field_type is not _FIELD_CLASSVAR]:
        if f.default is not MISSING:
            ns[f"__dataclass_dflt_{f.name}__"] = f.default
            text = f"{f.name}=__dataclass_dflt_{f.name}__"
        elif f.default_factory is not MISSING:
            text = f"{f.name}=__dataclass_MISSING__"
        else:
            text = f.name
        if f.kw_only:
            kw_params.append(text)
            continue
        if text == f.name:
            if seen_default is not None:
                raise TypeError(f"non-default argument {f.name!r} follows default argument {seen_default!r}")
        else:
            seen_default = f.name
        params.append(text)
    if kw_params:
        params.append("*")
        params.extend(kw_params)

    def assign(name, value):
        if frozen:
            return f"__dataclass_object__.__setattr__(self, {name!r}, {value})"
        return f"self.{name} = {value}"

    body = []
    for f in fs:
        if f.default_factory is not MISSING:
            ns[f"__dataclass_factory_{f.name}__"] = f.default_factory
            if f.init:
                value = (f"__dataclass_factory_{f.name}__() if {f.name} is __dataclass_MISSING__ "
                         f"else {f.name}")
            else:
                value = f"__dataclass_factory_{f.name}__()"
        elif f.init:
            value = f.name
        else:
            continue
        body.append(assign(f.name, value))
    if hasattr(cls, "__post_init__"):
        body.append("self.__post_init__(" + ", ".join(f.name for f in initvars) + ")")
    cls.__init__ = _make_fn("__init__", params, body, ns, qualname)


def _add_slots(cls, fs):
    names = tuple(f.name for f in fs)
    ns = dict(cls.__dict__)
    for n in names:
        ns.pop(n, None)
    ns.pop("__dict__", None)
    ns.pop("__weakref__", None)
    ns["__slots__"] = names
    qualname = getattr(cls, "__qualname__", None)
    new = type(cls)(cls.__name__, cls.__bases__, ns)
    if qualname is not None:
        new.__qualname__ = qualname
    return new


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a dict, recursively."""
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if is_dataclass(obj) and not isinstance(obj, type):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    import copy
    return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """The fields of a dataclass instance as a tuple, recursively."""
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if is_dataclass(obj) and not isinstance(obj, type):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    import copy
    return copy.deepcopy(obj)


def replace(obj, /, **changes):
    """A new instance like obj with some fields changed."""
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise TypeError(f"field {f.name} is declared with init=False, it cannot be specified with replace()")
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise TypeError(f"InitVar {f.name!r} must be specified with replace()")
            if f._field_type is _FIELD:
                changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, weakref_slot=False, module=None):
    """Create a dataclass from field specs: 'name', (name, type) or (name, type, Field)."""
    ns = dict(namespace or {})
    annotations = {}
    seen = set()
    for item in fields:
        if isinstance(item, str):
            name, tp = item, "typing.Any"
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            ns[name] = spec
        else:
            raise TypeError(f"Invalid field: {item!r}")
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f"Field names must be valid identifiers: {name!r}")
        if name in seen:
            raise TypeError(f"Field name duplicated: {name!r}")
        seen.add(name)
        annotations[name] = tp
    ns["__annotations__"] = annotations
    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get("__name__", "__main__")
        except (AttributeError, ValueError):
            module = "__main__"
    ns["__module__"] = module
    cls = type(cls_name, bases, ns)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots)

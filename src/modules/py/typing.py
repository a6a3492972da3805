"""Type hints at run time: the names programs import from `typing`.

Annotations are not checked (as in CPython); this module makes the common
spellings importable, subscriptable and printable: `Any`, `Optional[int]`,
`Union[...]`, `List[str]`, `Dict`, `Callable[[int], str]`, `TypeVar`,
`Generic[T]`, `Protocol`, `NamedTuple`, `TypedDict`, `Literal`, `cast`,
`overload`, `TYPE_CHECKING` and friends. Not provided: `get_type_hints`
resolving string annotations, `ParamSpec` semantics, runtime protocol
checks beyond `isinstance` on the listed ABC-like aliases.
"""

import collections as _collections
from _anext_helpers import GenericAlias as _Alias, _type_repr

TYPE_CHECKING = False

__all__ = [
    "Any", "Optional", "Union", "List", "Dict", "Set", "FrozenSet", "Tuple", "Type",
    "Callable", "Iterable", "Iterator", "AsyncIterable", "AsyncIterator", "Generator",
    "AsyncGenerator", "Awaitable", "Coroutine", "Sequence", "MutableSequence", "Mapping",
    "MutableMapping", "TypeVar", "Generic", "Protocol", "NamedTuple", "TypedDict", "Literal",
    "Final", "ClassVar", "Annotated", "NoReturn", "Never", "Self", "cast", "overload",
    "final", "runtime_checkable", "NewType", "TYPE_CHECKING", "get_origin", "get_args",
    "TypeAliasType", "ParamSpec", "TypeVarTuple",
]


class _SpecialForm:
    def __init__(self, name, subscript=None):
        self._name = name
        self._subscript = subscript

    def __repr__(self):
        return f"typing.{self._name}"

    def __getitem__(self, params):
        if self._subscript is None:
            raise TypeError(f"typing.{self._name} is not subscriptable")
        return self._subscript(self, params)

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Cannot instantiate typing.{self._name}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _TypingAlias(_Alias):
    """A subscripted typing form: `typing.List[int]`, `typing.Optional[str]`."""

    def __init__(self, origin, args, name):
        super().__init__(origin, args)
        self._name = name

    def __repr__(self):
        if self._name == "Optional":
            return f"typing.Optional[{_type_repr(self.__args__[0])}]"
        args = ", ".join(_type_repr(a) for a in self.__args__)
        if self._name is None:
            # A user's generic class: `__main__.Box[int]`.
            origin = self.__origin__
            return f"{origin.__module__}.{origin.__qualname__}[{args}]"
        return f"typing.{self._name}[{args}]"

    def __mro_entries__(self, bases):
        origin = self.__origin__
        return (origin,) if isinstance(origin, type) else ()

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")


def _union(form, params):
    if not isinstance(params, tuple):
        params = (params,)
    flat = []
    for p in params:
        if p is None:
            p = type(None)
        if isinstance(p, _TypingAlias) and p._name in ("Union", "Optional"):
            items = p.__args__
        else:
            items = (p,)
        for item in items:
            if item not in flat:
                flat.append(item)
    if len(flat) == 1:
        return flat[0]
    name = "Optional" if len(flat) == 2 and type(None) in flat else "Union"
    if name == "Optional" and flat[0] is type(None):
        name = "Union"
    return _TypingAlias(Union, tuple(flat), name)


def _optional(form, param):
    return _union(form, (param, None))


def _plain(form, params):
    return _TypingAlias(form, params, form._name)


Any = _SpecialForm("Any")
NoReturn = _SpecialForm("NoReturn")
Never = _SpecialForm("Never")
Self = _SpecialForm("Self")
Union = _SpecialForm("Union", _union)
Optional = _SpecialForm("Optional", _optional)
Literal = _SpecialForm("Literal", _plain)
Final = _SpecialForm("Final", _plain)
ClassVar = _SpecialForm("ClassVar", _plain)
Annotated = _SpecialForm("Annotated", _plain)
Concatenate = _SpecialForm("Concatenate", _plain)
TypeGuard = _SpecialForm("TypeGuard", _plain)
Unpack = _SpecialForm("Unpack", _plain)
Required = _SpecialForm("Required", _plain)
NotRequired = _SpecialForm("NotRequired", _plain)


class _GenericName:
    """`typing.List` and friends: an alias of a class, subscriptable."""

    def __init__(self, origin, name):
        self.__origin__ = origin
        self._name = name

    def __repr__(self):
        return f"typing.{self._name}"

    def __getitem__(self, params):
        return _TypingAlias(self.__origin__, params, self._name)

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)


class _Abstract:
    """Stand-in origin for the collections ABCs (checked by duck typing)."""

    def __init__(self, name, *methods):
        self.__name__ = self.__qualname__ = name
        self.__module__ = "collections.abc"
        self._methods = methods

    def __repr__(self):
        return f"<class 'collections.abc.{self.__name__}'>"

    def check(self, obj):
        return all(hasattr(type(obj), m) for m in self._methods)


class _AbstractName(_GenericName):
    def __instancecheck__(self, obj):
        return self.__origin__.check(obj)

    def __mro_entries__(self, bases):
        return (object,)


List = _GenericName(list, "List")
Dict = _GenericName(dict, "Dict")
Set = _GenericName(set, "Set")
FrozenSet = _GenericName(frozenset, "FrozenSet")
Tuple = _GenericName(tuple, "Tuple")
Type = _GenericName(type, "Type")
DefaultDict = _GenericName(_collections.defaultdict, "DefaultDict")
OrderedDict = _GenericName(_collections.OrderedDict, "OrderedDict")
Counter = _GenericName(_collections.Counter, "Counter")
Deque = _GenericName(_collections.deque, "Deque")
Callable = _AbstractName(_Abstract("Callable", "__call__"), "Callable")
Iterable = _AbstractName(_Abstract("Iterable", "__iter__"), "Iterable")
Iterator = _AbstractName(_Abstract("Iterator", "__iter__", "__next__"), "Iterator")
Reversible = _AbstractName(_Abstract("Reversible", "__reversed__"), "Reversible")
Collection = _AbstractName(_Abstract("Collection", "__len__", "__iter__", "__contains__"), "Collection")
Container = _AbstractName(_Abstract("Container", "__contains__"), "Container")
Hashable = _AbstractName(_Abstract("Hashable", "__hash__"), "Hashable")
Sized = _AbstractName(_Abstract("Sized", "__len__"), "Sized")
Sequence = _AbstractName(_Abstract("Sequence", "__getitem__", "__len__"), "Sequence")
MutableSequence = _AbstractName(_Abstract("MutableSequence", "__getitem__", "__setitem__", "__len__"), "MutableSequence")
Mapping = _AbstractName(_Abstract("Mapping", "__getitem__", "keys"), "Mapping")
MutableMapping = _AbstractName(_Abstract("MutableMapping", "__getitem__", "__setitem__", "keys"), "MutableMapping")
AbstractSet = _AbstractName(_Abstract("Set", "__contains__", "__iter__", "__len__"), "AbstractSet")
MutableSet = _AbstractName(_Abstract("MutableSet", "add", "discard"), "MutableSet")
Awaitable = _AbstractName(_Abstract("Awaitable", "__await__"), "Awaitable")
Coroutine = _AbstractName(_Abstract("Coroutine", "send", "throw", "__await__"), "Coroutine")
AsyncIterable = _AbstractName(_Abstract("AsyncIterable", "__aiter__"), "AsyncIterable")
AsyncIterator = _AbstractName(_Abstract("AsyncIterator", "__aiter__", "__anext__"), "AsyncIterator")
Generator = _AbstractName(_Abstract("Generator", "send", "throw", "__next__"), "Generator")
AsyncGenerator = _AbstractName(_Abstract("AsyncGenerator", "asend", "athrow", "__anext__"), "AsyncGenerator")
ContextManager = _AbstractName(_Abstract("AbstractContextManager", "__enter__", "__exit__"), "ContextManager")
AsyncContextManager = _AbstractName(_Abstract("AbstractAsyncContextManager", "__aenter__", "__aexit__"), "AsyncContextManager")
Text = str
AnyStr = None  # replaced below once TypeVar exists


class TypeVar:
    """A type variable: `T = TypeVar("T")`."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False,
                 infer_variance=False, default=None):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant
        self.__infer_variance__ = infer_variance

    def __repr__(self):
        if self.__infer_variance__:
            return self.__name__
        prefix = "+" if self.__covariant__ else "-" if self.__contravariant__ else "~"
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


AnyStr = TypeVar("AnyStr", bytes, str)


class ParamSpec(TypeVar):
    pass


class TypeVarTuple(TypeVar):
    def __repr__(self):
        return self.__name__


class TypeAliasType:
    """`type Name[T] = value`: the value is computed on first use."""

    def __init__(self, name, value, *, type_params=()):
        self.__name__ = name
        self.__type_params__ = tuple(type_params)
        self.__module__ = _caller_module()
        self._evaluate = lambda: value

    @property
    def __value__(self):
        return self._evaluate()

    @property
    def __parameters__(self):
        return self.__type_params__

    def __getitem__(self, params):
        return _Alias(self, params)

    def __repr__(self):
        return self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def _caller_module():
    import sys
    try:
        return sys._getframe(2).f_globals.get("__name__", "__main__")
    except (AttributeError, ValueError):
        return "__main__"


def _make_type_alias(name, evaluate, type_params, module):
    """`type Name[T] = value` as compiled: `evaluate()` computes the value."""
    alias = TypeAliasType.__new__(TypeAliasType)
    alias.__name__ = name
    alias.__type_params__ = type_params if type_params is not None else ()
    alias.__module__ = module
    alias._evaluate = evaluate
    return alias


def _make_type_param(name, bound, kind):
    """A PEP 695 type parameter (`def f[T: int, *Ts, **P]`)."""
    if kind == "TypeVar":
        return TypeVar(name, bound=bound, infer_variance=True)
    if kind == "ParamSpec":
        return ParamSpec(name, infer_variance=True)
    return TypeVarTuple(name)


class Generic:
    """Base class of user generics: `class Box(Generic[T])`."""

    def __class_getitem__(cls, params):
        return _TypingAlias(cls, params, "Generic" if cls is Generic else None)


def _generic_base(params):
    # The implicit last base of `class C[T, ...]` (PEP 695).
    return Generic[params]


_PROTOCOL_SKIP = frozenset({
    "__abstractmethods__", "__annotations__", "__dict__", "__doc__", "__init__", "__module__",
    "__new__", "__slots__", "__subclasshook__", "__weakref__", "__class_getitem__",
    "__qualname__", "__protocol_attrs__", "__non_callable_proto_members__",
    "_is_protocol", "_is_runtime_protocol", "__parameters__", "__orig_bases__",
    "__init_subclass__", "__match_args__", "__static_attributes__", "__firstlineno__",
})


class _ProtocolMeta(type):
    # isinstance(x, P) for a @runtime_checkable protocol checks that x has
    # every member P declares (methods and annotated attributes).
    def __instancecheck__(cls, instance):
        if not getattr(cls, "_is_protocol", False):
            return type.__instancecheck__(cls, instance)
        if not getattr(cls, "_is_runtime_protocol", False):
            raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")
        if type.__instancecheck__(cls, instance):
            return True
        return all(hasattr(instance, attr) for attr in cls.__protocol_attrs__)

    def __subclasscheck__(cls, other):
        if not getattr(cls, "_is_protocol", False):
            return type.__subclasscheck__(cls, other)
        if not getattr(cls, "_is_runtime_protocol", False):
            raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")
        if not isinstance(other, type):
            raise TypeError("issubclass() arg 1 must be a class")
        if type.__subclasscheck__(cls, other):
            return True
        return all(any(attr in b.__dict__ for b in other.__mro__) for attr in cls.__protocol_attrs__)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class of structural types; @runtime_checkable ones support isinstance()."""

    _is_protocol = True

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        attrs = set()
        for base in cls.__mro__[:-1]:
            if base in (Protocol, Generic, object):
                continue
            for name in list(base.__dict__) + list(base.__dict__.get("__annotations__", {})):
                if not name.startswith("_abc_") and name not in _PROTOCOL_SKIP:
                    attrs.add(name)
        cls.__protocol_attrs__ = attrs


def runtime_checkable(cls):
    """Allow isinstance() and issubclass() checks against a protocol class."""
    if not getattr(cls, "_is_protocol", False):
        raise TypeError(f"@runtime_checkable can be only applied to protocol classes, got {cls!r}")
    cls._is_runtime_protocol = True
    return cls


def cast(typ, val):
    """Return val unchanged (a hint to type checkers)."""
    return val


def overload(func):
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError(
            "You should not call an overloaded function. "
            "A series of @typing.overload-decorated functions "
            "outside a stub module should always be followed "
            "by an implementation that is not @typing.overload-decorated.")
    return _overload_dummy


def final(f):
    return f


def no_type_check(f):
    return f


def assert_never(arg):
    raise AssertionError(f"Expected code to be unreachable, but got: {arg!r}")


def reveal_type(obj):
    import sys
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type


def get_origin(tp):
    return getattr(tp, "__origin__", None)


def get_args(tp):
    return getattr(tp, "__args__", ())


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    for klass in reversed(getattr(obj, "__mro__", [obj])):
        hints.update(getattr(klass, "__annotations__", {}) or {})
    return hints


class _NamedTupleMeta(type):
    def __new__(mcls, name, bases, ns):
        if ns.get("_root"):
            return super().__new__(mcls, name, bases, ns)
        fields = list(ns.get("__annotations__", {}))
        defaults = [ns[f] for f in fields if f in ns]
        cls = _collections.namedtuple(name, fields, defaults=defaults or None)
        for key, value in ns.items():
            if key not in fields and not key.startswith("__"):
                setattr(cls, key, value)
        cls.__module__ = ns.get("__module__", cls.__module__)
        return cls


class NamedTuple(metaclass=_NamedTupleMeta):
    _root = True


class _TypedDictMeta(type):
    def __new__(mcls, name, bases, ns, total=True):
        if ns.get("_root"):
            return super().__new__(mcls, name, bases, ns)
        annotations = {}
        for b in bases:
            annotations.update(getattr(b, "__annotations__", {}))
        annotations.update(ns.get("__annotations__", {}))
        ns["__annotations__"] = annotations
        ns["__total__"] = total
        return super().__new__(mcls, name, (dict,), ns)


class TypedDict(metaclass=_TypedDictMeta):
    _root = True

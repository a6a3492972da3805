"""Small helpers of built-in functions that are easiest to state in Python."""


async def anext_default(awaitable, default):
    """Await `awaitable`; if the iterator is exhausted, return `default`."""
    try:
        return await awaitable
    except StopAsyncIteration:
        return default


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    if obj is ...:
        return "..."
    if obj is None:
        return "None"
    if isinstance(obj, (list, tuple)):
        return "[" + ", ".join(_type_repr(a) for a in obj) + "]"
    return repr(obj)


class GenericAlias:
    """`list[int]`: a parameterized generic, as `types.GenericAlias`."""

    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)
        self.__parameters__ = ()

    def __repr__(self):
        args = ", ".join(_type_repr(a) for a in self.__args__) if self.__args__ else "()"
        return f"{_type_repr(self.__origin__)}[{args}]"

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getitem__(self, item):
        return GenericAlias(self.__origin__, item)

    def __or__(self, other):
        return make_union(self, other)

    def __ror__(self, other):
        return make_union(other, self)


GenericAlias.__module__ = "types"


class UnionType:
    """`int | None`: the union of types made with `|`, as `types.UnionType`."""

    def __init__(self, args):
        self.__args__ = args

    def __repr__(self):
        return " | ".join("None" if a is type(None) else _type_repr(a) for a in self.__args__)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __or__(self, other):
        return make_union(self, other)

    def __ror__(self, other):
        return make_union(other, self)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__args__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__args__)


UnionType.__module__ = "types"


def _unionable(x):
    return x is None or isinstance(x, (type, GenericAlias, UnionType))


def make_union(a, b):
    """`a | b` for types; NotImplemented when either side is not a type."""
    if not (_unionable(a) and _unionable(b)):
        return NotImplemented
    args = []
    for side in (a, b):
        items = side.__args__ if isinstance(side, UnionType) else (side,)
        for item in items:
            if item is None:
                item = type(None)
            if item not in args:
                args.append(item)
    if len(args) == 1:
        return args[0]
    return UnionType(tuple(args))

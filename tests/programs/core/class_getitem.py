# `cls[item]` works for the classes CPython makes generic (a
# `__class_getitem__` of their own or inherited, and `type` itself) and is
# a TypeError for every other class, built-in or not.
import asyncio, collections, contextvars, functools, itertools, os, re, types, weakref

for e in [
    "itertools.chain[int]",
    "asyncio.Queue[int]",
    "asyncio.Future[int]",
    "re.Pattern[str]",
    "functools.partial[int]",
    "os.PathLike[str]",
    "collections.OrderedDict[str, int]",
    "collections.deque[int]",
    "collections.defaultdict[str, list[int]]",
    "type[int]",
    "types.GeneratorType[int, None, None]",
    "types.CoroutineType[None, None, int]",
    "types.AsyncGeneratorType[int, None]",
    "list[int]",
    "dict[str, int]",
    "tuple[int, ...]",
    "frozenset[str]",
    "enumerate[str]",
    "ExceptionGroup[ValueError]",
    "int[str]",
    "object[int]",
    "str[int]",
    "range[int]",
    "asyncio.Lock[int]",
]:
    try:
        print(e, "->", eval(e))
    except TypeError as x:
        print(e, "TypeError:", x)

alias = contextvars.ContextVar[int]
print(type(alias).__name__, alias.__origin__ is contextvars.ContextVar, alias.__args__)
alias = weakref.WeakSet[int]
print(alias.__origin__ is weakref.WeakSet, alias.__args__)


class Plain:
    pass


try:
    Plain[int]
except TypeError as x:
    print("TypeError:", x)


class Own:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)


class Derived(list):
    pass


print(Own[int], Derived[int], Derived[int]().__class__)
print("__class_getitem__" in vars(Derived), "__class_getitem__" in vars(list))


# A class with type parameters gets `typing.Generic[...]` as its last base.
class Pair[K, V]:
    def get(self) -> K: ...


print(Pair.__mro__, Pair.__bases__, Pair[int, str])


class Table[T](dict):
    pass


class Narrow[T](Pair[T, int]):
    pass


print(Table.__mro__, Table[int], Narrow.__mro__, Narrow[str])
from typing import Generic, TypeVar

T = TypeVar("T")


class Box(Generic[T]):
    pass


print(Box[int], Generic[T], Box.__mro__)

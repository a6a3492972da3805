from typing import (Any, Optional, Union, List, Dict, Tuple, Callable, TypeVar, Generic, Protocol,
                    NamedTuple, TypedDict, Literal, Final, ClassVar, cast, overload, get_origin, get_args,
                    Iterable, Iterator, AsyncIterator, Awaitable, Sequence, Mapping, runtime_checkable, TYPE_CHECKING, Annotated, Self, NewType)
T = TypeVar('T')
K = TypeVar('K', bound=str)
class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item
    def get(self) -> T:
        return self.item
print(Box[int](5).get(), Box.__name__, T, K.__bound__ if hasattr(K, '__bound__') else '')
class Emp(NamedTuple):
    name: str
    id: int = 0
e = Emp('ann')
print(e, e._fields, e._replace(id=3), Emp._field_defaults if hasattr(Emp, '_field_defaults') else '')
class Movie(TypedDict, total=False):
    title: str
    year: int
m: Movie = {'title': 'x'}
print(m, Movie.__annotations__ if False else 'td')
@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closer), isinstance(1, Closer))
print(cast(int, '5'), get_origin(List[int]) is list, get_args(Dict[str, int]), get_origin(Optional[int]) is Union, get_args(Union[int, str]))
print(Optional[int] == Union[int, None], TYPE_CHECKING)
UserId = NewType('UserId', int)
print(UserId(5), UserId.__name__)
def f(x: Annotated[int, 'meta'], y: 'Literal["a"]' = 'a') -> Optional[List[Dict[str, Any]]]:
    return None
print(f(1), f.__annotations__['return'])
@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x):
    return x
print(g(3), g('s'))
class Cfg:
    limit: ClassVar[int] = 10
    name: Final = 'x'
print(Cfg.limit, Cfg.name)
def method_chain(self) -> Self:
    return self
print(callable(method_chain), Callable[[int], str], Tuple[int, ...])

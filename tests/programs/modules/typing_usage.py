from typing import (Any, Optional, Union, List, Dict, Tuple, Set, Callable, Iterable, Iterator,
                    AsyncIterator, AsyncGenerator, TypeVar, Generic, Protocol, NamedTuple,
                    TypedDict, Literal, cast, overload, TYPE_CHECKING, Awaitable, Sequence, Mapping)
import typing
import asyncio

T = TypeVar("T")
print(T, Any, Optional[int], Union[int, str], Union[int, None], List[int], Dict[str, List[int]])
print(Tuple[int, ...], Callable, Literal["a", "b"], Optional[Union[int, str]], Union[int])
print(TYPE_CHECKING, cast(int, "x"), typing.get_origin(List[int]), typing.get_args(Dict[str, int]))

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> Optional[T]:
        return self.items.pop() if self.items else None

s: Stack[int] = Stack()
s.push(1)
print(s.pop(), s.pop(), Stack.__mro__[-1])

class Point(NamedTuple):
    x: int
    y: int = 0
    def norm(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5
p = Point(3, 4)
print(p, p.norm(), p._replace(y=0), Point(1))

class Movie(TypedDict):
    title: str
    year: int
m = Movie(title="Blade Runner", year=1982)
print(m, type(m).__name__ if False else isinstance(m, dict))

class Greeter(Protocol):
    def greet(self) -> str: ...

def run(items: Iterable[int], f: Callable[[int], int]) -> List[int]:
    return [f(i) for i in items]
print(run([1, 2], lambda v: v * 2), run.__annotations__["items"])

async def gen(n: int) -> AsyncIterator[int]:
    for i in range(n):
        yield i

async def main() -> None:
    print([v async for v in gen(3)])
asyncio.run(main())
print(isinstance([1], Sequence), isinstance({}, Mapping), isinstance(5, Iterable))
def f(x: "Optional[int]" = None) -> "str":
    return str(x)
print(f(), f.__annotations__)

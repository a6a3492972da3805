from typing import TypeVar, Generic, Iterator, get_type_hints, Any
T = TypeVar('T')
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
    def __iter__(self) -> Iterator[T]:
        return iter(self.items)
s: Stack[int] = Stack()
s.push(1); s.push(2)
print(s.pop(), list(s), type(s).__name__)
def greet(name: str, times: int = 1) -> str:
    return name * times
print(greet.__annotations__, get_type_hints(greet))
print(list[int], dict[str, list[int]], tuple[int, ...], type[Any] if False else 'ok', int | None)
def f(x: 'int') -> 'list[int]': return [x]
print(f.__annotations__)

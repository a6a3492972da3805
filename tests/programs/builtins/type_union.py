def f(x: int | None = None) -> list[str] | None: return x
print(f(1), f.__annotations__)
print(int | str, int | None | str, None | int, type(int | None).__name__, (int | str).__args__)
print(isinstance(3, int | str), isinstance(3.0, int | str), issubclass(bool, int | None))
print(int | str == str | int, int | int, hash(int | str) == hash(str | int))
try:
    int | "str"
except TypeError as e:
    print(e)
import typing
print(typing.Optional[int] | None if False else "skip")

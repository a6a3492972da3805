from __future__ import annotations
import __future__
def f(a: int, b: "str" = "x", *args: list[int], c: Undefined | None = None, **kw: dict[str, int]) -> Missing:
    return a
print(f.__annotations__)
class C:
    x: int
    y: NotDefinedYet = 3
    def m(self) -> C:
        return self
print(C.__annotations__, C().m.__annotations__)
z: SomethingElse
print(__annotations__)
print(__future__.annotations.getMandatoryRelease(), __future__.division)

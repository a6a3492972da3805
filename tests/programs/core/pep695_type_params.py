# PEP 695: type parameters of functions, methods, classes and type
# aliases, their reprs, lazily evaluated alias values and subscription.
type A = int
print(repr(A), A.__module__, A.__type_params__, type(A).__name__, type(A).__module__, A.__value__)
type L[T] = list[T]
print(L[int], L.__value__, L.__type_params__)
def f(): pass
class K: pass
print(f.__type_params__, K.__type_params__)
from typing import TypeVar, ParamSpec, TypeVarTuple
print(repr(TypeVar('T')), repr(ParamSpec('P')), repr(TypeVarTuple('Ts')), TypeVar('T', infer_variance=True))
def g[T: int, *Ts, **P](a: T) -> T:
    return T
t = g.__type_params__
print(t, t[0].__bound__, t[0].__name__, type(t[1]).__name__, type(t[2]).__name__, g(1))
type Bad = undefined_name
print('lazy ok')
try:
    Bad.__value__
except NameError as e: print('NameError', e)
class C[K, V]:
    def get(self) -> K: ...
print(C.__type_params__, C[int, str], C.__name__, C().get())
class M:
    def meth[T](self, x: T) -> T:
        return x
print(M.meth.__type_params__, M().meth(3), M.meth.__qualname__)

# __name__/__qualname__ of generators, coroutines and async generators as getset descriptors; type data descriptors win over class attributes.
import types
def gen(): yield
async def co(): pass
async def ag(): yield
g, c, a = gen(), co(), ag()
for o in (g, c, a):
    t = type(o)
    print(t.__name__, type(t.__dict__["__name__"]).__name__, t.__dict__["__name__"].__doc__, t.__dict__["__qualname__"].__doc__)
    print(o.__name__, o.__qualname__, "__name__" in dir(o), "__qualname__" in dir(o))
    o.__name__ = "renamed"
    o.__qualname__ = "Q.renamed"
    print(o.__name__, o.__qualname__, repr(o)[:32])
    try:
        o.__name__ = 5
    except TypeError as e:
        print(e)
    try:
        del o.__qualname__
    except TypeError as e:
        print(e)
    print(t.__dict__["__name__"].__get__(o), t.__dict__["__qualname__"].__get__(o))
c.close()
class A:
    __name__ = "attr"
    __qualname__ = "qattr"
print(A.__name__, A.__qualname__, A().__name__, A.__dict__["__name__"])
class M(type):
    pass
class B(metaclass=M):
    pass
print(B.__name__, B.__mro__, B.__bases__, B.__base__, M.__name__)

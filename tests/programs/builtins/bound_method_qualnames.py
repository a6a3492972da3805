# object.__subclasshook__, and built-in methods named after what they are bound to.
print(type(object.__dict__["__subclasshook__"]).__name__)
print(object.__subclasshook__(int))
class A: pass
print(A.__subclasshook__(int), A.__subclasshook__.__qualname__, A.__subclasshook__.__name__)
try: object.__subclasshook__()
except TypeError as e: print(e)
print(object.__subclasshook__.__text_signature__, object.__subclasshook__.__doc__.splitlines()[0])
import abc, collections.abc
class It(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, "__iter__") or NotImplemented
print(issubclass(list, It), issubclass(int, It), isinstance([], collections.abc.Iterable))
print("__subclasshook__" in dir(object), "__subclasshook__" in dir(A()))
class L(list): pass
print(L().append.__qualname__, [].append.__qualname__, list.append.__qualname__)
class D(dict): pass
print(D.fromkeys.__qualname__, dict.fromkeys.__qualname__, D().get.__qualname__)
import math
print(math.sqrt.__qualname__, len.__qualname__, (1).bit_length.__qualname__, True.bit_length.__qualname__)
print(int.from_bytes.__qualname__, bool.from_bytes.__qualname__, "".join.__qualname__)
print(object.__new__.__qualname__, int.__new__.__qualname__, L.__new__.__qualname__)
print(type.__call__.__qualname__, L.__init_subclass__.__qualname__, object.__init_subclass__.__qualname__)

"""Names for built-in types."""


def _f():
    pass


def _g():
    yield 1


async def _c():
    pass


FunctionType = type(_f)
LambdaType = type(_f)
GeneratorType = type(_g())
_co = _c()
CoroutineType = type(_co)
_co.close()
del _co
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(__import__("sys"))
class _C:
    def m(self):
        pass


MethodType = type(_C().m)


async def _ag():
    yield 1


AsyncGeneratorType = type(_ag())
NoneType = type(None)
GenericAlias = type(list[int])
UnionType = type(int | str)
EllipsisType = type(...)
NotImplementedType = type(NotImplemented)
CodeType = type(_f.__code__)
MethodDescriptorType = type(str.join)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
ClassMethodDescriptorType = type(dict.__dict__["fromkeys"])
GetSetDescriptorType = type(int.__dict__["real"])
MemberDescriptorType = type(range.__dict__["start"])


class SimpleNamespace:
    """A simple object with attribute access to its keyword arguments."""

    def __init__(self, /, **kwargs):
        self.__dict__.update(kwargs)

    def __repr__(self):
        items = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"namespace({items})"

    def __eq__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented


def coroutine(func):
    """Mark a generator function as a coroutine usable with await."""
    import _anext
    if not callable(func):
        raise TypeError("types.coroutine() expects a callable")
    if type(func).__name__ == "function" and func.__code__.co_flags & 0x180:
        return func
    return _anext.mark_iterable_coroutine(func)

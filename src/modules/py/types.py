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
CoroutineType = type(_c.__class__) if False else None
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(__import__("sys"))
MethodType = type(_f.__get__(1)) if hasattr(_f, "__get__") else None
NoneType = type(None)
EllipsisType = type(...)
NotImplementedType = type(NotImplemented)
CodeType = type(_f.__code__)


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
    func.__code__ = func.__code__
    return func

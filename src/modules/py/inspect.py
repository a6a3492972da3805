"""Introspection predicates for functions, generators and coroutines."""

_CO_GENERATOR = 0x20
_CO_COROUTINE = 0x80
_CO_ASYNC_GENERATOR = 0x200


def _flags(obj):
    while hasattr(obj, "__func__"):
        obj = obj.__func__
    code = getattr(obj, "__code__", None)
    return code.co_flags if code is not None else 0


def isfunction(obj):
    return type(obj).__name__ == "function"


def ismethod(obj):
    return type(obj).__name__ == "method"


def isclass(obj):
    return isinstance(obj, type)


def ismodule(obj):
    return type(obj).__name__ == "module"


def isbuiltin(obj):
    return type(obj).__name__ == "builtin_function_or_method"


def isroutine(obj):
    return isbuiltin(obj) or isfunction(obj) or ismethod(obj) or type(obj).__name__ in ("method_descriptor", "classmethod_descriptor", "wrapper_descriptor", "method-wrapper")


def ismethoddescriptor(obj):
    return type(obj).__name__ in ("method_descriptor", "classmethod_descriptor", "wrapper_descriptor")


def isgeneratorfunction(obj):
    return bool(_flags(obj) & _CO_GENERATOR)


def iscoroutinefunction(obj):
    return bool(_flags(obj) & _CO_COROUTINE)


def isasyncgenfunction(obj):
    return bool(_flags(obj) & _CO_ASYNC_GENERATOR)


def isgenerator(obj):
    return type(obj).__name__ == "generator"


def iscoroutine(obj):
    return type(obj).__name__ == "coroutine"


def isasyncgen(obj):
    return type(obj).__name__ == "async_generator"


def isawaitable(obj):
    if iscoroutine(obj) or hasattr(type(obj), "__await__"):
        return True
    return isgenerator(obj) and bool(obj.gi_code.co_flags & 0x100)


GEN_CREATED = "GEN_CREATED"
GEN_RUNNING = "GEN_RUNNING"
GEN_SUSPENDED = "GEN_SUSPENDED"
GEN_CLOSED = "GEN_CLOSED"


def getgeneratorstate(generator):
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_suspended:
        return GEN_SUSPENDED
    if generator.gi_frame is None:
        return GEN_CLOSED
    return GEN_CREATED


CORO_CREATED = "CORO_CREATED"
CORO_RUNNING = "CORO_RUNNING"
CORO_SUSPENDED = "CORO_SUSPENDED"
CORO_CLOSED = "CORO_CLOSED"


def getcoroutinestate(coroutine):
    if coroutine.cr_running:
        return CORO_RUNNING
    if coroutine.cr_suspended:
        return CORO_SUSPENDED
    if coroutine.cr_frame is None:
        return CORO_CLOSED
    return CORO_CREATED

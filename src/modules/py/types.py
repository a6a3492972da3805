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


def _cell_frame_traceback():
    x = None

    def inner():
        return x

    try:
        raise TypeError
    except TypeError as exc:
        tb = exc.__traceback__
    return type(inner.__closure__[0]), type(tb.tb_frame), type(tb)


CellType, FrameType, TracebackType = _cell_frame_traceback()
del _cell_frame_traceback


def resolve_bases(bases):
    """Replace each base that is not a class but has __mro_entries__ by
    what that method returns (PEP 560); the same tuple if none does."""
    resolved = []
    changed = False
    for base in bases:
        if not isinstance(base, type) and hasattr(base, "__mro_entries__"):
            entries = base.__mro_entries__(bases)
            if not isinstance(entries, tuple):
                raise TypeError("__mro_entries__ must return a tuple")
            resolved.extend(entries)
            changed = True
        else:
            resolved.append(base)
    return tuple(resolved) if changed else bases


def _most_derived_meta(meta, bases):
    for base in bases:
        candidate = type(base)
        if issubclass(meta, candidate):
            continue
        if issubclass(candidate, meta):
            meta = candidate
            continue
        raise TypeError("metaclass conflict: the metaclass of a derived class "
                        "must be a (non-strict) subclass of the metaclasses "
                        "of all its bases")
    return meta


def prepare_class(name, bases=(), kwds=None):
    """The metaclass, the namespace its __prepare__ makes, and the keywords
    left once 'metaclass' is taken out, for a class statement's header."""
    kwds = {} if kwds is None else dict(kwds)
    if "metaclass" in kwds:
        meta = kwds.pop("metaclass")
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _most_derived_meta(meta, bases)
    prepare = getattr(meta, "__prepare__", None)
    namespace = prepare(name, bases, **kwds) if prepare is not None else {}
    return meta, namespace, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Make a class as a class statement would, with exec_body(ns) filling
    its namespace."""
    resolved = resolve_bases(bases)
    meta, namespace, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(namespace)
    if resolved is not bases:
        namespace["__orig_bases__"] = bases
    return meta(name, resolved, namespace, **kwds)


def get_original_bases(cls, /):
    """The bases a class was written with, before __mro_entries__."""
    try:
        return cls.__dict__.get("__orig_bases__", cls.__bases__)
    except AttributeError:
        raise TypeError(
            f"Expected an instance of type, not {type(cls).__name__!r}"
        ) from None


class DynamicClassAttribute:
    """A property read through instances; read through the class, it is
    looked up as if absent (AttributeError), so that the metaclass's
    __getattr__ can answer instead."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc if doc is not None else getattr(fget, "__doc__", None)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, "__isabstractmethod__", False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        if self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def getter(self, fget):
        doc = getattr(fget, "__doc__", None) if self.overwrite_doc else None
        made = type(self)(fget, self.fset, self.fdel, doc or self.__doc__)
        made.overwrite_doc = self.overwrite_doc
        return made

    def setter(self, fset):
        made = type(self)(self.fget, fset, self.fdel, self.__doc__)
        made.overwrite_doc = self.overwrite_doc
        return made

    def deleter(self, fdel):
        made = type(self)(self.fget, self.fset, fdel, self.__doc__)
        made.overwrite_doc = self.overwrite_doc
        return made


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

"""Abstract base classes: `ABC`, `ABCMeta`, `abstractmethod`.

A class with abstract methods cannot be instantiated (the interpreter
checks `__abstractmethods__`); `register` makes isinstance/issubclass
accept a virtual subclass.
"""

__all__ = ["ABC", "ABCMeta", "abstractmethod", "abstractclassmethod",
           "abstractstaticmethod", "abstractproperty", "get_cache_token"]


def abstractmethod(funcobj):
    """Mark a method abstract: subclasses must override it."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    __isabstractmethod__ = True


def _is_abstract(value):
    if getattr(value, "__isabstractmethod__", False):
        return True
    for part in ("fget", "fset", "fdel", "__func__"):
        inner = getattr(value, part, None)
        if inner is not None and getattr(inner, "__isabstractmethod__", False):
            return True
    return False


class ABCMeta(type):
    """Metaclass of abstract base classes."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        abstracts = {name for name, value in namespace.items() if _is_abstract(value)}
        for base in bases:
            for name in getattr(base, "__abstractmethods__", ()):
                value = getattr(cls, name, None)
                if _is_abstract(value):
                    abstracts.add(name)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._abc_registry = []
        return cls

    def register(cls, subclass):
        """Register a virtual subclass of this ABC."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.append(subclass)
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        if cls in getattr(subclass, "__mro__", ()):
            return True
        hook = cls.__dict__.get("__subclasshook__")
        if hook is None:
            for base in cls.__mro__[1:]:
                hook = base.__dict__.get("__subclasshook__")
                if hook is not None:
                    break
        if hook is not None:
            answer = hook.__get__(None, cls)(subclass)
            if answer is not NotImplemented:
                return bool(answer)
        for registered in cls._abc_registry:
            if issubclass(subclass, registered):
                return True
        for sub in cls.__subclasses__():
            if sub is not cls and issubclass(subclass, sub):
                return True
        return False

    def _dump_registry(cls, file=None):
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Registry: {cls._abc_registry}", file=file)


class ABC(metaclass=ABCMeta):
    """Helper base class: `class Shape(ABC)` instead of a metaclass."""
    __slots__ = ()


def get_cache_token():
    return 0

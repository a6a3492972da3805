"""Context variables: values that follow the flow of execution.

Anext's own implementation. A Context maps ContextVar objects to values;
exactly one Context is current at a time (this module's `_current`).
`Context.run` makes another one current for the length of a call, and
asyncio runs every step of a task inside the task's own Context, so a
`ContextVar.set` in one task is invisible to the others.
"""
from _anext_helpers import GenericAlias as _GenericAlias

__all__ = ("Context", "ContextVar", "Token", "copy_context")

_MISSING = object()


class _MissingType:
    def __repr__(self):
        return "<Token.MISSING>"


class Context:
    """A mapping of context variables to their values."""

    # A copy shares its parent's dict until either of them sets a
    # variable (`_shared`), so copying for every asyncio task is cheap.
    _entered = False
    _shared = False

    def __init__(self):
        self._data = {}

    def run(self, callable, /, *args, **kwargs):
        """Call callable(*args, **kwargs) with this context current."""
        global _current
        if self._entered:
            raise RuntimeError(f"cannot enter context: {self!r} is already entered")
        self._entered = True
        saved = _current
        _current = self
        try:
            return callable(*args, **kwargs)
        finally:
            _current = saved
            self._entered = False

    def copy(self):
        """Return a shallow copy of the context."""
        new = Context.__new__(Context)
        new._data = self._data
        if self._data:
            new._shared = self._shared = True
        return new

    def _own_data(self):
        if self._shared:
            self._data = dict(self._data)
            self._shared = False
        return self._data

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._data[var]

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(list(self._data))

    def get(self, var, default=None):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._data.get(var, default)

    def keys(self):
        return list(self._data.keys())

    def values(self):
        return list(self._data.values())

    def items(self):
        return list(self._data.items())

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    __hash__ = None


_current = Context()

# Until the first ContextVar exists every context is empty, so asyncio
# need not give each task a context of its own yet; it learns of the
# first variable through this hook.
_used = False
_on_first_var = None


def copy_context():
    """Return a copy of the current Context."""
    return _current.copy()


class Token:
    """What ContextVar.set returns: lets ContextVar.reset undo that set."""

    __slots__ = ("_var", "_old_value", "_context", "_used")
    MISSING = _MissingType()

    def __init__(self, *args):
        if len(args) != 3:
            raise RuntimeError("Tokens can only be created by ContextVars")
        self._context, self._var, self._old_value = args
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return Token.MISSING if self._old_value is _MISSING else self._old_value

    def __repr__(self):
        used = " used" if self._used else ""
        return f"<Token{used} var={self._var!r} at 0x{id(self):x}>"

    __class_getitem__ = classmethod(_GenericAlias)


class ContextVar:
    """A variable whose value depends on the current Context."""

    __slots__ = ("_name", "_default", "__weakref__")

    def __init__(self, name, *, default=_MISSING):
        global _used
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self._name = name
        self._default = default
        if not _used:
            _used = True
            if _on_first_var is not None:
                _on_first_var()

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'ContextVar' is not an acceptable base type")

    @property
    def name(self):
        return self._name

    def get(self, *args):
        """Return the value in the current context, else the default given
        here, else the variable's default; LookupError without one."""
        if len(args) > 1:
            raise TypeError(f"get expected at most 1 argument, got {len(args)}")
        value = _current._data.get(self, _MISSING)
        if value is not _MISSING:
            return value
        if args:
            return args[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        """Set the value in the current context; return a Token for reset()."""
        ctx = _current
        data = ctx._own_data()
        token = Token(ctx, self, data.get(self, _MISSING))
        data[self] = value
        return token

    def reset(self, token):
        """Restore the value the variable had before the set() that made token."""
        if not isinstance(token, Token):
            raise TypeError(f"expected an instance of Token, got {token!r}")
        if token._used:
            raise RuntimeError(f"{token!r} has already been used once")
        if token._var is not self:
            raise ValueError(f"{token!r} was created by a different ContextVar")
        if token._context is not _current:
            raise ValueError(f"{token!r} was created in a different Context")
        token._used = True
        data = _current._own_data()
        if token._old_value is _MISSING:
            data.pop(self, None)
        else:
            data[self] = token._old_value

    def __repr__(self):
        default = ""
        if self._default is not _MISSING:
            default = f" default={self._default!r}"
        return f"<ContextVar name={self._name!r}{default} at 0x{id(self):x}>"

    __class_getitem__ = classmethod(_GenericAlias)

    def __hash__(self):
        return object.__hash__(self)

"""Warnings: `warn`, the filters (`simplefilter`, `filterwarnings`,
`resetwarnings`) and `catch_warnings`, printing as CPython does:
``file:line: Category: message`` and the source line, once per location
under the default filter.
"""

import sys
import _anext

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
           "simplefilter", "resetwarnings", "catch_warnings", "WarningMessage", "deprecated"]

_ACTIONS = ("error", "ignore", "always", "all", "default", "module", "once")

# CPython's default filters: DeprecationWarning shows only when issued
# from __main__; these others are ignored.
filters = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]
_onceregistry = set()
_defaultaction = "default"


class WarningMessage:
    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source

    def __str__(self):
        return (f"{{message : {self.message!r}, category : {self.category.__name__!r}, "
                f"filename : {self.filename!r}, lineno : {self.lineno}, line : {self.line!r}}}")


def _source_line(filename, lineno):
    try:
        with open(filename) as f:
            for i, line in enumerate(f, 1):
                if i == lineno:
                    return line.strip()
    except Exception:
        return None
    return None


def formatwarning(message, category, filename, lineno, line=None):
    """The text a warning prints as."""
    text = f"{filename}:{lineno}: {category.__name__}: {message}\n"
    if line is None:
        line = _source_line(filename, lineno)
    if line:
        text += f"  {line.strip()}\n"
    return text


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Print a warning to file (default sys.stderr)."""
    if file is None:
        file = sys.stderr
    file.write(formatwarning(message, category, filename, lineno, line))


def _check_action(action):
    if action not in _ACTIONS:
        raise ValueError(f"invalid action: {action!r}")


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Add a filter: action for warnings matching message (a regex prefix) and category."""
    _check_action(action)
    if not isinstance(message, str):
        raise TypeError("message must be a string")
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass")
    if not isinstance(lineno, int) or lineno < 0:
        raise ValueError("lineno must be an int >= 0")
    _add_filter((action, message or None, category, module or None, lineno), append)


def _add_filter(entry, append):
    if entry in filters:
        filters.remove(entry)
    if append:
        filters.append(entry)
    else:
        filters.insert(0, entry)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Add a filter matching every message of category."""
    _check_action(action)
    if not isinstance(lineno, int) or lineno < 0:
        raise ValueError("lineno must be an int >= 0")
    _add_filter((action, None, category, None, lineno), append)


def resetwarnings():
    """Remove every filter."""
    filters[:] = []


def _module_name(filename):
    main = sys.modules.get("__main__")
    if filename == getattr(main, "__file__", None):
        return "__main__"
    if filename.startswith("<frozen "):
        return filename[8:-1]
    base = filename.rsplit("/", 1)[-1]
    return base[:-3] if base.endswith(".py") else base


def _action_for(text, category, filename, lineno):
    modname = None
    for action, message, cat, module, line in filters:
        if not issubclass(category, cat) or (line and line != lineno):
            continue
        if module:
            import re
            if modname is None:
                modname = _module_name(filename)
            if not re.fullmatch(module, modname):
                continue
        if message:
            import re
            if not re.match(message, text, re.I):
                continue
        return action
    return _defaultaction


def warn(message, category=None, stacklevel=1, source=None, *, skip_file_prefixes=()):
    """Issue a warning, or raise it if the filters say "error"."""
    if isinstance(message, Warning):
        category = type(message)
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError(f"category must be a Warning subclass, not '{type(category).__name__}'")
    where = _anext.caller(stacklevel)
    filename, lineno = where if where is not None else ("sys", 1)
    warn_explicit(message, category, filename, lineno, source=source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    """Issue a warning attributed to filename:lineno."""
    if isinstance(message, Warning):
        category = type(message)
    text = str(message)
    action = _action_for(text, category, filename, lineno)
    if action == "error":
        raise message if isinstance(message, Warning) else category(message)
    if action == "ignore":
        return
    # "once": first time anywhere; "module": first time in this file;
    # "default": first time at this location.
    if action == "once":
        key = (text, category)
    elif action == "module":
        key = (text, category, filename)
    else:
        key = (text, category, filename, lineno)
    if action in ("default", "once", "module"):
        if key in _onceregistry:
            return
        _onceregistry.add(key)
    msg = message if isinstance(message, Warning) else category(message)
    _show(msg, category, filename, lineno, source)


def _show(message, category, filename, lineno, source=None):
    if _recording is not None:
        _recording.append(WarningMessage(message, category, filename, lineno, source=source))
        return
    showwarning(message, category, filename, lineno)
    if source is not None:
        # There is no tracemalloc to say where the source was allocated.
        sys.stderr.write(f"{category.__name__}: Enable tracemalloc to get the object "
                         "allocation traceback\n")


_recording = None


class catch_warnings:
    """Save and restore the filters; with record=True, collect warnings in a list."""

    def __init__(self, *, record=False, action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._action = action
        self._filter_args = (category, lineno, append)

    def __enter__(self):
        global _recording
        self._saved = (filters[:], set(_onceregistry), _recording)
        if self._action is not None:
            simplefilter(self._action, *self._filter_args)
        if self._record:
            _recording = []
            _onceregistry.clear()
            return _recording
        return None

    def __exit__(self, *exc):
        global _recording
        saved_filters, saved_once, _recording = self._saved
        filters[:] = saved_filters
        _onceregistry.clear()
        _onceregistry.update(saved_once)


class deprecated:
    """@deprecated(message): mark a function or class as deprecated; using
    it issues a DeprecationWarning with the message."""

    def __init__(self, message, /, *, category=DeprecationWarning, stacklevel=1):
        if not isinstance(message, str):
            raise TypeError(f"Expected an object of type str for 'message', not {type(message).__name__!r}")
        self.message = message
        self.category = category
        self.stacklevel = stacklevel

    def __call__(self, arg, /):
        msg, category, stacklevel = self.message, self.category, self.stacklevel
        if category is None:
            arg.__deprecated__ = msg
            return arg
        if isinstance(arg, type):
            original_new = arg.__new__

            def __new__(cls, *args, **kwargs):
                if cls is arg:
                    warn(msg, category=category, stacklevel=stacklevel + 1)
                if original_new is not object.__new__:
                    return original_new(cls, *args, **kwargs)
                return original_new(cls)
            arg.__new__ = staticmethod(__new__)
            arg.__deprecated__ = __new__.__deprecated__ = msg
            return arg
        if callable(arg):
            import functools

            @functools.wraps(arg)
            def wrapper(*args, **kwargs):
                warn(msg, category=category, stacklevel=stacklevel + 1)
                return arg(*args, **kwargs)
            arg.__deprecated__ = wrapper.__deprecated__ = msg
            return wrapper
        raise TypeError(f"@deprecated decorator with non-None category must be applied to a class or callable, not {arg!r}")

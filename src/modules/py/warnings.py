"""Warnings: `warn`, the filters (`simplefilter`, `filterwarnings`,
`resetwarnings`) and `catch_warnings`, printing as CPython does:
``file:line: Category: message`` and the source line, once per location
under the default filter.
"""

import sys
import _anext

__all__ = ["warn", "showwarning", "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings", "WarningMessage"]

filters = []
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


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Add a filter: action for warnings matching message (a regex prefix) and category."""
    entry = (action, message, category, module, lineno)
    if entry in filters:
        filters.remove(entry)
    if append:
        filters.append(entry)
    else:
        filters.insert(0, entry)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Add a filter matching every message of category."""
    filterwarnings(action, "", category, "", lineno, append)


def resetwarnings():
    """Remove every filter."""
    filters[:] = []


def _action_for(text, category, filename, lineno):
    for action, message, cat, module, line in filters:
        if issubclass(category, cat) and (not line or line == lineno):
            if not message:
                return action
            import re
            if re.match(message, text, re.I):
                return action
    # CPython's default filters: DeprecationWarning shows only when
    # attributed to __main__; these others are ignored.
    if issubclass(category, DeprecationWarning):
        main = sys.modules.get("__main__")
        if filename != getattr(main, "__file__", None):
            return "ignore"
    elif issubclass(category, (PendingDeprecationWarning, ImportWarning, ResourceWarning)):
        return "ignore"
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
    text = str(message)
    action = _action_for(text, category, filename, lineno)
    if action == "error":
        raise message if isinstance(message, Warning) else category(message)
    if action == "ignore":
        return
    key = (text, category, lineno) if action in ("once",) else (text, category, filename, lineno)
    if action in ("default", "once", "module"):
        if key in _onceregistry:
            return
        _onceregistry.add(key)
    msg = message if isinstance(message, Warning) else category(message)
    _show(msg, category, filename, lineno)


def _show(message, category, filename, lineno):
    if _recording is not None:
        _recording.append(WarningMessage(message, category, filename, lineno))
        return
    showwarning(message, category, filename, lineno)


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

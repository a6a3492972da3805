"""Format and print exceptions the way the interpreter reports them.

The reports come from the interpreter's own formatter (`_anext`), so a
printed traceback matches an uncaught one line for line. Stack extraction
(`extract_stack`, `StackSummary`, `FrameSummary`) is not provided yet.
"""

import sys
import _anext

__all__ = [
    "format_exc", "format_exception", "format_exception_only",
    "print_exc", "print_exception", "print_last",
]

_NO_VALUE = object()


def _pick(exc, value):
    # The 3.10+ form passes the exception alone; the old form passes
    # (type, value, tb) and the value is the exception.
    if value is _NO_VALUE:
        return exc
    return value


def _lines(text):
    return text.splitlines(keepends=True)


def format_exception_only(exc, /, value=_NO_VALUE, *, show_group=False):
    """Return the lines naming the exception: type, message and notes."""
    exc = _pick(exc, value)
    if exc is None:
        return ["NoneType: None\n"]
    return _lines(_anext.format_exception_only(exc))


def format_exception(exc, /, value=_NO_VALUE, tb=_NO_VALUE, limit=None, chain=True):
    """Return the lines of the report printed for an uncaught exception."""
    exc = _pick(exc, value)
    if exc is None:
        return ["NoneType: None\n"]
    return _lines(_anext.format_exception(exc, chain))


def print_exception(exc, /, value=_NO_VALUE, tb=_NO_VALUE, limit=None, file=None, chain=True):
    """Print an exception's report to file (default sys.stderr)."""
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit, chain):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    """The report of the exception being handled, as one string."""
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Print the report of the exception being handled."""
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    """Print the report of the last uncaught exception (sys.last_exc)."""
    if not hasattr(sys, "last_exc"):
        raise ValueError("no last exception")
    print_exception(sys.last_exc, limit=limit, file=file, chain=chain)

"""Format and print exceptions the way the interpreter reports them.

The reports come from the interpreter's own formatter (`_anext`), so a
printed traceback matches an uncaught one line for line. Stack extraction
(`extract_tb`, `extract_stack`, `StackSummary`, `FrameSummary`) works on
frame snapshots; formatted stack entries carry no caret lines.
"""

import sys
import _anext
import linecache

__all__ = [
    "format_exc", "format_exception", "format_exception_only",
    "print_exc", "print_exception", "print_last",
    "extract_tb", "extract_stack", "format_list", "format_tb", "format_stack",
    "print_tb", "print_stack", "walk_tb", "walk_stack", "FrameSummary", "StackSummary",
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


class FrameSummary:
    """One entry of a stack: file, line number, function name, source."""

    __slots__ = ("filename", "lineno", "name", "_line", "locals",
                 "end_lineno", "colno", "end_colno")

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None,
                 line=None, end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        if lookup_line:
            self.line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __len__(self):
        return 4

    def __repr__(self):
        return f"<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>"


def walk_tb(tb):
    """Yield (frame, line number) for each entry of a traceback."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    """Yield (frame, line number) from frame f (default: the caller) outwards."""
    if f is None:
        f = sys._getframe().f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


class StackSummary(list):
    """A list of FrameSummary objects, ready for formatting."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        entries = list(frame_gen)
        if limit is not None:
            entries = entries[:limit] if limit >= 0 else entries[limit:]
        result = klass()
        for f, lineno in entries:
            code = f.f_code
            result.append(FrameSummary(code.co_filename, lineno, code.co_name,
                                       lookup_line=lookup_lines,
                                       locals=f.f_locals if capture_locals else None))
        return result

    @classmethod
    def from_list(klass, a_list):
        result = klass()
        for item in a_list:
            if isinstance(item, FrameSummary):
                result.append(item)
            else:
                filename, lineno, name, line = item
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        row = [f'  File "{frame_summary.filename}", line {frame_summary.lineno}, in {frame_summary.name}\n']
        if frame_summary.line:
            row.append(f"    {frame_summary.line}\n")
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append(f"    {name} = {value}\n")
        return "".join(row)

    def format(self):
        return [self.format_frame_summary(fs) for fs in self]


def extract_tb(tb, limit=None):
    """The entries of a traceback object, as a StackSummary."""
    return StackSummary.extract(walk_tb(tb), limit=limit)


def extract_stack(f=None, limit=None):
    """The current stack (or the one from frame f), outermost first."""
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(_frames_from(f), limit=limit)
    stack.reverse()
    return stack


def _frames_from(f):
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def format_list(extracted_list):
    """Format entries (FrameSummary objects or 4-tuples) as printable lines."""
    return StackSummary.from_list(extracted_list).format()


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_tb(tb, limit=None, file=None):
    if file is None:
        file = sys.stderr
    for item in format_tb(tb, limit=limit):
        print(item, file=file, end="")


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    if file is None:
        file = sys.stderr
    for item in format_list(extract_stack(f, limit=limit)):
        print(item, file=file, end="")

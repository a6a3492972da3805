"""Lines of source files, read once and kept (Anext's own version).

Used by `traceback` to show the source of each stack entry.
"""

__all__ = ["getline", "getlines", "clearcache", "checkcache", "lazycache"]

_cache = {}


def getlines(filename, module_globals=None):
    """All lines of the file (with their newlines), or [] if unreadable."""
    lines = _cache.get(filename)
    if lines is not None:
        return lines
    try:
        with open(filename, encoding="utf-8", errors="replace") as f:
            lines = f.readlines()
    except (OSError, ValueError, TypeError):
        return []
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    _cache[filename] = lines
    return lines


def getline(filename, lineno, module_globals=None):
    """Line `lineno` (1-based) of the file, with its newline, or ''."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ""


def clearcache():
    """Forget every file read so far."""
    _cache.clear()


def checkcache(filename=None):
    """Drop cached files (all, or one) so that they are read again."""
    if filename is None:
        _cache.clear()
    else:
        _cache.pop(filename, None)


def lazycache(filename, module_globals):
    """Nothing to defer here: files are read on first use anyway."""
    return False

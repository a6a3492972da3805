"""Shell-style wildcards (`fnmatch`): `*`, `?`, `[seq]` and `[!seq]`."""

import re
import posixpath

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_cache = {}


def translate(pat):
    """The regular expression (as text) a shell pattern stands for."""
    out = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            if not out or out[-1] != ".*":
                out.append(".*")
        elif c == "?":
            out.append(".")
        elif c == "[":
            j = i
            if j < n and pat[j] == "!":
                j += 1
            if j < n and pat[j] == "]":
                j += 1
            while j < n and pat[j] != "]":
                j += 1
            if j >= n:
                out.append("\\[")
            else:
                stuff = pat[i:j].replace("\\", "\\\\")
                # The regex engine reads '[', '&&' and '~~' inside a class
                # as set syntax: escape them.
                stuff = stuff.replace("[", "\\[").replace("&", "\\&").replace("~", "\\~")
                i = j + 1
                if stuff.startswith("!"):
                    stuff = "^" + stuff[1:]
                elif stuff.startswith("^"):
                    stuff = "\\" + stuff
                out.append(f"[{stuff}]")
        else:
            out.append(re.escape(c))
    return f"(?s:{''.join(out)})\\Z"


def _compiled(pat):
    r = _cache.get(pat)
    if r is None:
        r = _cache[pat] = re.compile(translate(pat))
    return r


def fnmatchcase(name, pat):
    """Whether name matches the pattern, case-sensitively."""
    return _compiled(pat).match(name) is not None


def fnmatch(name, pat):
    """Whether name matches the pattern (case-sensitive on POSIX)."""
    return fnmatchcase(posixpath.normcase(name), posixpath.normcase(pat))


def filter(names, pat):
    """The names that match the pattern."""
    m = _compiled(posixpath.normcase(pat)).match
    return [n for n in names if m(posixpath.normcase(n))]

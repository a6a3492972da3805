"""Regular expressions with Python's syntax and match objects."""

from _anext_helpers import GenericAlias as _GenericAlias
import _re
import enum as _enum


class RegexFlag(_enum.IntFlag):
    NOFLAG = 0
    IGNORECASE = I = 2
    LOCALE = L = 4
    MULTILINE = M = 8
    DOTALL = S = 16
    UNICODE = U = 32
    VERBOSE = X = 64
    ASCII = A = 256


NOFLAG = 0
IGNORECASE = I = 2
LOCALE = L = 4
MULTILINE = M = 8
DOTALL = S = 16
UNICODE = U = 32
VERBOSE = X = 64
ASCII = A = 256


class PatternError(Exception):
    """A regular expression that cannot be compiled, or a bad replacement template."""

    def __init__(self, msg, pattern=None, pos=None):
        super().__init__(msg)
        self.msg = msg
        self.pattern = pattern
        self.pos = pos


error = PatternError


class Match:
    __class_getitem__ = classmethod(_GenericAlias)
    def __init__(self, pattern, string, spans, pos, endpos):
        self.re = pattern
        self.string = string
        self._spans = spans
        self.pos = pos
        self.endpos = endpos

    def span(self, group=0):
        i = self._index(group)
        return (self._spans[2 * i], self._spans[2 * i + 1])

    def start(self, group=0):
        return self.span(group)[0]

    def end(self, group=0):
        return self.span(group)[1]

    def _index(self, group):
        if isinstance(group, str):
            try:
                return self.re.groupindex[group]
            except KeyError:
                raise IndexError("no such group") from None
        if not isinstance(group, int) or group < 0 or group > self.re.groups:
            raise IndexError("no such group")
        return group

    def _get(self, group, default=None):
        s, e = self.span(group)
        if s < 0:
            return default
        return self.string[s:e]

    def group(self, *groups):
        if not groups:
            return self._get(0)
        if len(groups) == 1:
            return self._get(groups[0])
        return tuple(self._get(g) for g in groups)

    def __getitem__(self, g):
        return self._get(g)

    def groups(self, default=None):
        return tuple(self._get(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(i, default) for name, i in self.re.groupindex.items()}

    @property
    def lastindex(self):
        last = None
        best_end = -1
        for i in range(1, self.re.groups + 1):
            s, e = self.span(i)
            if s >= 0 and e >= best_end:
                last, best_end = i, e
        return last

    @property
    def lastgroup(self):
        li = self.lastindex
        for name, i in self.re.groupindex.items():
            if i == li:
                return name
        return None

    def expand(self, template):
        return _expand(self, template)

    def __bool__(self):
        return True

    def __repr__(self):
        return f"<re.Match object; span={self.span()!r}, match={self.group()!r}>"


def _expand(m, template):
    out = []
    i = 0
    n = len(template)
    while i < n:
        c = template[i]
        if c == "\\" and i + 1 < n:
            d = template[i + 1]
            if d.isdigit():
                j = i + 1
                while j < n and template[j].isdigit() and j - i <= 2:
                    j += 1
                num = int(template[i + 1:j])
                if num > m.re.groups:
                    raise error(f"invalid group reference {num} at position {i + 1}")
                out.append(m.group(num) or "")
                i = j
                continue
            if d == "g" and i + 2 < n and template[i + 2] == "<":
                j = template.find(">", i)
                if j < 0:
                    raise error(f"missing >, unterminated name at position {i + 3}")
                name = template[i + 3:j]
                if name.isdigit():
                    key = int(name)
                    if key > m.re.groups:
                        raise error(f"invalid group reference {key} at position {i + 3}")
                else:
                    key = name
                    if name not in m.re.groupindex:
                        raise IndexError(f"unknown group name '{name}'")
                out.append(m.group(key) or "")
                i = j + 1
                continue
            out.append({"n": "\n", "t": "\t", "\\": "\\", "r": "\r"}.get(d, "\\" + d))
            i += 2
            continue
        out.append(c)
        i += 1
    return "".join(out)


class Pattern:
    __class_getitem__ = classmethod(_GenericAlias)
    def __init__(self, pattern, flags):
        if isinstance(flags, RegexFlag):
            flags = int(flags)
        self.pattern = pattern
        self.flags = flags | 32
        try:
            self._engine = _re.compile(pattern, flags)
        except ValueError as e:
            raise error(str(e), pattern) from None
        self.groups, self.groupindex = _re.info(self._engine)

    def _run(self, string, pos, endpos, mode):
        if endpos is None:
            endpos = len(string)
        spans = _re.search(self._engine, string, pos, endpos, mode)
        if spans is None:
            return None
        return Match(self, string, spans, pos, endpos)

    def search(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 0)

    def match(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 2)

    def finditer(self, string, pos=0, endpos=None):
        if endpos is None:
            endpos = len(string)
        while pos <= endpos:
            m = self._run(string, pos, endpos, 0)
            if m is None:
                return
            yield m
            s, e = m.span()
            pos = e if e > s else e + 1

    def findall(self, string, pos=0, endpos=None):
        out = []
        for m in self.finditer(string, pos, endpos):
            if self.groups == 0:
                out.append(m.group())
            elif self.groups == 1:
                out.append(m._get(1, ""))
            else:
                out.append(m.groups(""))
        return out

    def subn(self, repl, string, count=0):
        out = []
        last = 0
        n = 0
        for m in self.finditer(string):
            if count and n >= count:
                break
            s, e = m.span()
            out.append(string[last:s])
            out.append(repl(m) if callable(repl) else _expand(m, repl))
            last = e
            n += 1
        out.append(string[last:])
        return "".join(out), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def split(self, string, maxsplit=0):
        out = []
        last = 0
        n = 0
        for m in self.finditer(string):
            if maxsplit and n >= maxsplit:
                break
            s, e = m.span()
            if s == e and s == last and s == 0:
                continue
            out.append(string[last:s])
            out.extend(m.groups())
            last = e
            n += 1
        out.append(string[last:])
        return out

    def __eq__(self, other):
        return isinstance(other, Pattern) and other.pattern == self.pattern and other.flags == self.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __repr__(self):
        names = [("re.IGNORECASE", 2), ("re.LOCALE", 4), ("re.MULTILINE", 8), ("re.DOTALL", 16),
                 ("re.UNICODE", 32), ("re.VERBOSE", 64), ("re.DEBUG", 128), ("re.ASCII", 256)]
        flags = self.flags
        if isinstance(self.pattern, str):
            flags &= ~32
        shown = [n for n, bit in names if flags & bit]
        rest = flags & ~sum(bit for _, bit in names)
        if rest:
            shown.append(hex(rest))
        if not shown:
            return f"re.compile({self.pattern!r})"
        return f"re.compile({self.pattern!r}, {'|'.join(shown)})"


_cache = {}


def compile(pattern, flags=0):
    if isinstance(pattern, Pattern):
        return pattern
    key = (pattern, int(flags))
    p = _cache.get(key)
    if p is None:
        p = Pattern(pattern, int(flags))
        if len(_cache) > 512:
            _cache.clear()
        _cache[key] = p
    return p


def search(pattern, string, flags=0):
    return compile(pattern, flags).search(string)


def match(pattern, string, flags=0):
    return compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return compile(pattern, flags).fullmatch(string)


def findall(pattern, string, flags=0):
    return compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return compile(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return compile(pattern, flags).split(string, maxsplit)


def purge():
    _cache.clear()


_special = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    return "".join("\\" + c if c in _special else c for c in pattern)

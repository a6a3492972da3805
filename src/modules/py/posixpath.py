"""Path operations on POSIX paths (`os.path`)."""

import _os

__all__ = ["abspath", "basename", "commonpath", "commonprefix", "dirname", "exists",
           "expanduser", "expandvars", "getatime", "getctime", "getmtime", "getsize",
           "isabs", "isdir", "isfile", "islink", "join", "lexists", "normcase",
           "normpath", "realpath", "relpath", "samefile", "split", "splitdrive",
           "splitext", "splitroot", "sep", "altsep", "extsep", "pathsep", "curdir",
           "pardir", "defpath", "devnull"]

sep = "/"
altsep = None
extsep = "."
pathsep = ":"
curdir = "."
pardir = ".."
defpath = "/bin:/usr/bin"
devnull = "/dev/null"
supports_unicode_filenames = False


def _text(p, fname):
    if isinstance(p, str):
        return p
    fspath = getattr(type(p), "__fspath__", None)
    if fspath is not None:
        r = fspath(p)
        if isinstance(r, str):
            return r
    raise TypeError(f"{fname}() argument must be str, bytes, or os.PathLike object, not '{type(p).__name__}'")


def normcase(s):
    return _text(s, "normcase")


def isabs(s):
    return _text(s, "isabs").startswith("/")


def join(a, *p):
    path = _text(a, "join")
    for part in p:
        part = _text(part, "join")
        if part.startswith("/"):
            path = part
        elif not path or path.endswith("/"):
            path += part
        else:
            path += "/" + part
    return path


def split(p):
    p = _text(p, "split")
    i = p.rfind("/") + 1
    head, tail = p[:i], p[i:]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head, tail


def splitext(p):
    p = _text(p, "splitext")
    sep_i = p.rfind("/")
    dot_i = p.rfind(".")
    if dot_i > sep_i:
        # A leading run of dots in the file name is not an extension.
        start = sep_i + 1
        while start < dot_i:
            if p[start] != ".":
                return p[:dot_i], p[dot_i:]
            start += 1
    return p, ""


def splitdrive(p):
    return _text(p, "splitdrive")[:0], p


def splitroot(p):
    p = _text(p, "splitroot")
    if not p.startswith("/"):
        return "", "", p
    if p.startswith("//") and not p.startswith("///"):
        return "", "//", p[2:]
    return "", "/", p.lstrip("/")


def basename(p):
    p = _text(p, "basename")
    return p[p.rfind("/") + 1:]


def dirname(p):
    p = _text(p, "dirname")
    head = p[:p.rfind("/") + 1]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head


def normpath(path):
    path = _text(path, "normpath")
    if not path:
        return "."
    initial = 0
    if path.startswith("/"):
        initial = 2 if path.startswith("//") and not path.startswith("///") else 1
    parts = []
    for comp in path.split("/"):
        if comp in ("", "."):
            continue
        if comp != ".." or (not initial and not parts) or (parts and parts[-1] == ".."):
            parts.append(comp)
        elif parts:
            parts.pop()
    path = "/".join(parts)
    if initial:
        path = "/" * initial + path
    return path or "."


def abspath(path):
    path = _text(path, "abspath")
    if not path.startswith("/"):
        path = join(_os.getcwd(), path)
    return normpath(path)


def realpath(filename, *, strict=False):
    path = abspath(filename)
    resolved = _os.realpath(path)
    if resolved is not None:
        return resolved
    if strict:
        _os.stat(path)
    # Resolve the longest existing prefix, keep the rest as written.
    head, tail = split(path)
    if head == path:
        return path
    return join(realpath(head), tail)


def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    path = _text(path, "relpath")
    start = curdir if start is None else _text(start, "relpath")
    start_parts = [x for x in abspath(start).split("/") if x]
    path_parts = [x for x in abspath(path).split("/") if x]
    common = len(commonprefix([start_parts, path_parts]))
    rel = [pardir] * (len(start_parts) - common) + path_parts[common:]
    return join(*rel) if rel else curdir


def commonprefix(m):
    if not m:
        return ""
    s1, s2 = min(m), max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    paths = [_text(p, "commonpath") for p in paths]
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    absolute = {p.startswith("/") for p in paths}
    if len(absolute) > 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in p.split("/") if c and c != "."] for p in paths]
    common = commonprefix(split_paths)
    prefix = "/" if absolute.pop() else ""
    return prefix + "/".join(common)


def expanduser(path):
    path = _text(path, "expanduser")
    if not path.startswith("~"):
        return path
    i = path.find("/", 1)
    if i < 0:
        i = len(path)
    if i == 1:
        home = _os.environ().get("HOME")
        if home is None:
            return path
    else:
        user = path[1:i]
        home = "/root" if user == "root" else "/home/" + user
    return (home.rstrip("/") or "/") + path[i:]


def expandvars(path):
    path = _text(path, "expandvars")
    if "$" not in path:
        return path
    env = _os.environ()
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c != "$":
            out.append(c)
            i += 1
            continue
        if i + 1 < n and path[i + 1] == "{":
            j = path.find("}", i + 2)
            if j < 0:
                out.append(path[i:])
                break
            name = path[i + 2:j]
            out.append(env.get(name, path[i:j + 1]))
            i = j + 1
            continue
        j = i + 1
        while j < n and (path[j].isalnum() or path[j] == "_"):
            j += 1
        name = path[i + 1:j]
        if not name:
            out.append("$")
            i += 1
            continue
        out.append(env.get(name, path[i:j]))
        i = j
    return "".join(out)


def _stat(path, follow=True):
    try:
        return _os.stat(_text(path, "stat"), follow)
    except (OSError, ValueError):
        return None


_S_IFMT = 0o170000


def exists(path):
    return _stat(path) is not None


def lexists(path):
    return _stat(path, False) is not None


def isfile(path):
    st = _stat(path)
    return st is not None and st[0] & _S_IFMT == 0o100000


def isdir(s):
    st = _stat(s)
    return st is not None and st[0] & _S_IFMT == 0o040000


def islink(path):
    st = _stat(path, False)
    return st is not None and st[0] & _S_IFMT == 0o120000


def getsize(filename):
    return _os.stat(_text(filename, "getsize"))[6]


def getatime(filename):
    return _os.stat(_text(filename, "getatime"))[7]


def getmtime(filename):
    return _os.stat(_text(filename, "getmtime"))[8]


def getctime(filename):
    return _os.stat(_text(filename, "getctime"))[9]


def samefile(f1, f2):
    s1, s2 = _os.stat(_text(f1, "samefile")), _os.stat(_text(f2, "samefile"))
    return s1[1] == s2[1] and s1[2] == s2[2]

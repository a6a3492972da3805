"""Operating-system services: files and directories, the environment,
process facts. `os.path` is `posixpath`."""

from _anext_helpers import GenericAlias as _GenericAlias
import sys
import _os
import posixpath as path

sys.modules["os.path"] = path

name = "posix"
sep = path.sep
altsep = path.altsep
extsep = path.extsep
pathsep = path.pathsep
curdir = path.curdir
pardir = path.pardir
defpath = path.defpath
devnull = path.devnull
linesep = "\n"
error = OSError

getcwd = _os.getcwd
chdir = _os.chdir
getpid = _os.getpid
cpu_count = _os.cpu_count
urandom = _os.urandom


def fspath(p):
    """Return the str (or bytes) form of a path-like object."""
    if isinstance(p, (str, bytes)):
        return p
    method = getattr(type(p), "__fspath__", None)
    if method is None:
        raise TypeError(f"expected str, bytes or os.PathLike object, not {type(p).__name__}")
    r = method(p)
    if not isinstance(r, (str, bytes)):
        raise TypeError(f"expected {type(p).__name__}.__fspath__() to return str or bytes, not {type(r).__name__}")
    return r


def fsencode(filename):
    filename = fspath(filename)
    return filename.encode() if isinstance(filename, str) else filename


def fsdecode(filename):
    filename = fspath(filename)
    return filename.decode() if isinstance(filename, bytes) else filename


class _PathLikeMeta(type):
    # Any class with __fspath__ counts, as with CPython's ABC (kept free of
    # the abc module so that importing os stays cheap).
    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))

    def __subclasscheck__(cls, subclass):
        return any("__fspath__" in c.__dict__ for c in subclass.__mro__)


class PathLike(metaclass=_PathLikeMeta):
    """Abstract base class for objects with an __fspath__ method."""

    def __fspath__(self):
        raise NotImplementedError

    __class_getitem__ = classmethod(lambda cls, item: __import__("types").GenericAlias(cls, item))


# -- the environment -------------------------------------------------------

class _Environ:
    """The process environment as a mapping of str to str; assigning or
    deleting a key changes the real environment too."""
    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, data):
        self._data = data

    @staticmethod
    def _check(value, what):
        if not isinstance(value, str):
            raise TypeError(f"str expected, not {type(value).__name__}")
        return value

    def __getitem__(self, key):
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        self._check(key, "key")
        self._check(value, "value")
        _os.putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        if key not in self._data:
            raise KeyError(key)
        _os.unsetenv(key)
        del self._data[key]

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data

    def __repr__(self):
        items = ", ".join(f"{k!r}: {v!r}" for k, v in self._data.items())
        return f"environ({{{items}}})"

    def __eq__(self, other):
        if isinstance(other, _Environ):
            return self._data == other._data
        return self._data == other

    def get(self, key, default=None):
        return self._data.get(key, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value):
        if key not in self._data:
            self[key] = value
        return self._data[key]

    _marker = object()

    def pop(self, key, default=_marker):
        if key in self._data:
            value = self._data[key]
            del self[key]
            return value
        if default is self._marker:
            raise KeyError(key)
        return default

    def update(self, other=(), /, **kwds):
        pairs = other.items() if hasattr(other, "items") else other
        for k, v in pairs:
            self[k] = v
        for k, v in kwds.items():
            self[k] = v

    def clear(self):
        for k in list(self._data):
            del self[k]

    def __or__(self, other):
        new = dict(self._data)
        new.update(other)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


environ = _Environ(_os.environ())


def getenv(key, default=None):
    """Return the environment variable key, or default when it is unset."""
    return environ.get(key, default)


def putenv(key, value):
    _os.putenv(key, value)


def unsetenv(key):
    _os.unsetenv(key)


# -- files and directories -------------------------------------------------

def listdir(path=None):
    return _os.listdir(None if path is None else _path(path, "listdir"))


def mkdir(path, mode=0o777, *, dir_fd=None):
    _os.mkdir(_path(path, "mkdir"))


def makedirs(name, mode=0o777, exist_ok=False):
    """Create a directory and any missing parents."""
    name = fspath(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        _os.mkdir(name)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def rmdir(path, *, dir_fd=None):
    _os.rmdir(_path(path, "rmdir"))


def removedirs(name):
    """Remove a leaf directory and then every empty parent."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def remove(path, *, dir_fd=None):
    _os.remove(_path(path, "remove"))


unlink = remove


def rename(src, dst):
    _os.rename(fspath(src), fspath(dst))


replace = rename


class stat_result(tuple):
    """The status of a file: a 10-tuple with st_* attributes."""

    n_sequence_fields = 10
    _names = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid",
              "st_size", "st_atime", "st_mtime", "st_ctime")

    def __getattr__(self, attr):
        if attr in self._names:
            value = self[self._names.index(attr)]
            return int(value) if attr.endswith("time") else value
        if attr.endswith("time_ns") and attr[:-3] in self._names:
            return int(self[self._names.index(attr[:-3])] * 1e9)
        raise AttributeError(f"'os.stat_result' object has no attribute '{attr}'")

    def __repr__(self):
        fields = ", ".join(f"{n}={getattr(self, n)}" for n in self._names)
        return f"os.stat_result({fields})"


def _path(p, fname):
    if isinstance(p, (str, bytes)) or hasattr(type(p), "__fspath__"):
        return fspath(p)
    raise TypeError(f"{fname}: path should be string, bytes, os.PathLike or integer, not {type(p).__name__}")


def stat(path, *, dir_fd=None, follow_symlinks=True):
    return stat_result(_os.stat(_path(path, "stat"), follow_symlinks))


def lstat(path, *, dir_fd=None):
    return stat_result(_os.stat(_path(path, "lstat"), False))


class DirEntry:
    """One entry of a directory, as scandir() yields it."""
    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, directory, name):
        self.name = name
        self.path = path.join(directory, name)

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return f"<DirEntry {self.name!r}>"

    def is_dir(self, *, follow_symlinks=True):
        return path.isdir(self.path) if follow_symlinks else (path.isdir(self.path) and not path.islink(self.path))

    def is_file(self, *, follow_symlinks=True):
        return path.isfile(self.path) if follow_symlinks else (path.isfile(self.path) and not path.islink(self.path))

    def is_symlink(self):
        return path.islink(self.path)

    def stat(self, *, follow_symlinks=True):
        return stat(self.path, follow_symlinks=follow_symlinks)


class _ScandirIterator:
    def __init__(self, directory):
        self._dir = directory
        self._names = iter(_os.listdir(directory))

    def __iter__(self):
        return self

    def __next__(self):
        return DirEntry(self._dir, next(self._names))

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        self._names = iter(())


def scandir(path="."):
    return _ScandirIterator(fspath(path))


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Yield (dirpath, dirnames, filenames) for each directory under top."""
    top = fspath(top)
    try:
        names = _os.listdir(top)
    except OSError as e:
        if onerror is not None:
            onerror(e)
        return
    dirs, files = [], []
    for n in names:
        full = path.join(top, n)
        if path.isdir(full):
            dirs.append(n)
        else:
            files.append(n)
    if topdown:
        yield top, dirs, files
    for d in dirs:
        full = path.join(top, d)
        if followlinks or not path.islink(full):
            yield from walk(full, topdown, onerror, followlinks)
    if not topdown:
        yield top, dirs, files


class terminal_size(tuple):
    @property
    def columns(self):
        return self[0]

    @property
    def lines(self):
        return self[1]


def get_terminal_size(fd=1):
    columns = int(environ.get("COLUMNS", 80))
    lines = int(environ.get("LINES", 24))
    return terminal_size((columns, lines))

"""Object-oriented paths (`pathlib`): PurePath/PurePosixPath for path
arithmetic and Path/PosixPath for the file system, on POSIX."""

import os
import posixpath
import fnmatch as _fnmatch

__all__ = ["PurePath", "PurePosixPath", "Path", "PosixPath", "UnsupportedOperation"]


class UnsupportedOperation(NotImplementedError):
    __module__ = "pathlib._abc"


class PurePath:
    """A path as text: parts, name, suffixes, joining; no file system access."""

    __slots__ = ("_raw", "_str", "_parts_cache")

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return object.__new__(cls)

    def __init__(self, *args):
        pieces = []
        for a in args:
            if isinstance(a, PurePath):
                pieces.append(str(a))
            elif isinstance(a, str):
                pieces.append(a)
            else:
                fs = getattr(type(a), "__fspath__", None)
                r = fs(a) if fs is not None else None
                if not isinstance(r, str):
                    raise TypeError("argument should be a str or an os.PathLike object where "
                                    f"__fspath__ returns a str, not {type(a).__name__!r}")
                pieces.append(r)
        self._raw = posixpath.join(*pieces) if pieces else ""
        self._str = None
        self._parts_cache = None

    def _from(self, text):
        return type(self)(text)

    def __str__(self):
        if self._str is None:
            raw = self._raw
            if not raw:
                self._str = "."
            else:
                root = "//" if raw.startswith("//") and not raw.startswith("///") else ("/" if raw.startswith("/") else "")
                parts = [p for p in raw.split("/") if p and p != "."]
                self._str = root + "/".join(parts) or "."
        return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __repr__(self):
        return f"{type(self).__name__}({self.as_posix()!r})"

    def __bytes__(self):
        return os.fsencode(str(self))

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return "file://" + str(self)

    @property
    def parts(self):
        if self._parts_cache is None:
            s = str(self)
            if s == ".":
                self._parts_cache = ()
            elif s.startswith("/"):
                root = "//" if s.startswith("//") and not s.startswith("///") else "/"
                rest = s[len(root):]
                self._parts_cache = (root,) + tuple(p for p in rest.split("/") if p)
            else:
                self._parts_cache = tuple(s.split("/"))
        return self._parts_cache

    @property
    def drive(self):
        return ""

    @property
    def root(self):
        s = str(self)
        if s.startswith("//") and not s.startswith("///"):
            return "//"
        return "/" if s.startswith("/") else ""

    @property
    def anchor(self):
        return self.drive + self.root

    @property
    def name(self):
        parts = self.parts
        if not parts or (len(parts) == 1 and self.root):
            return ""
        return parts[-1]

    @property
    def suffix(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[i:]
        return ""

    @property
    def suffixes(self):
        name = self.name
        if name.endswith("."):
            return []
        name = name.lstrip(".")
        return ["." + s for s in name.split(".")[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        parts = self.parts
        if not parts or (len(parts) == 1 and self.root):
            return self
        if len(parts) == 1:
            return self._from(".")
        if self.root and len(parts) == 2:
            return self._from(self.root)
        return self._from("/".join(parts[:-1]) if not self.root else self.root + "/".join(parts[1:-1]))

    @property
    def parents(self):
        out = []
        p = self
        while True:
            q = p.parent
            if q == p:
                break
            out.append(q)
            p = q
        return tuple(out)

    def is_absolute(self):
        return bool(self.root)

    def is_reserved(self):
        return False

    def joinpath(self, *others):
        return type(self)(self, *others)

    def __truediv__(self, key):
        try:
            return self.joinpath(key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)(key, self)
        except TypeError:
            return NotImplemented

    def with_name(self, name):
        if not self.name:
            raise ValueError(f"{self!r} has an empty name")
        if not name or "/" in name or name == ".":
            raise ValueError(f"Invalid name {name!r}")
        return self.parent / name

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if suffix and (not suffix.startswith(".") or suffix == "." or "/" in suffix):
            raise ValueError(f"Invalid suffix {suffix!r}")
        if not self.name:
            raise ValueError(f"{self!r} has an empty name")
        return self.with_name(self.stem + suffix)

    def relative_to(self, other, *, walk_up=False):
        other = type(self)(other)
        mine, theirs = self.parts, other.parts
        if mine[:len(theirs)] == theirs:
            rest = mine[len(theirs):]
            return type(self)(*rest) if rest else type(self)()
        if walk_up:
            common = 0
            while common < min(len(mine), len(theirs)) and mine[common] == theirs[common]:
                common += 1
            if bool(self.root) != bool(other.root):
                raise ValueError(f"{str(self)!r} and {str(other)!r} have different anchors")
            ups = [".."] * (len(theirs) - common)
            return type(self)(*ups, *mine[common:])
        raise ValueError(f"{str(self)!r} is not in the subpath of {str(other)!r}")

    def is_relative_to(self, other):
        try:
            self.relative_to(other)
            return True
        except ValueError:
            return False

    def match(self, pattern, *, case_sensitive=None):
        pat_parts = [p for p in str(pattern).split("/") if p]
        parts = [p for p in self.parts if p != "/"]
        if str(pattern).startswith("/"):
            if not self.root or len(pat_parts) != len(parts):
                return False
        elif len(pat_parts) > len(parts):
            return False
        for p, pat in zip(reversed(parts), reversed(pat_parts)):
            if not _fnmatch.fnmatchcase(p, pat):
                return False
        return True

    def full_match(self, pattern, *, case_sensitive=None):
        return _fnmatch.fnmatchcase(str(self), str(pattern))

    def _key(self):
        return str(self)

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash(self._key())

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self.parts < other.parts

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self.parts <= other.parts

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self.parts > other.parts

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self.parts >= other.parts

    def __reduce__(self):
        return (type(self), self.parts)


class PurePosixPath(PurePath):
    __slots__ = ()


class Path(PurePath):
    """A path on the file system: PurePath plus the operations that touch it."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return object.__new__(cls)

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(os.path.expanduser("~"))

    def stat(self, *, follow_symlinks=True):
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        return os.lstat(self)

    def exists(self, *, follow_symlinks=True):
        return os.path.exists(self) if follow_symlinks else os.path.lexists(self)

    def is_file(self):
        return os.path.isfile(self)

    def is_dir(self):
        return os.path.isdir(self)

    def is_symlink(self):
        return os.path.islink(self)

    def absolute(self):
        if self.is_absolute():
            return self
        return type(self)(os.getcwd(), self)

    def resolve(self, strict=False):
        return type(self)(os.path.realpath(self, strict=strict))

    def expanduser(self):
        return type(self)(os.path.expanduser(str(self)))

    def iterdir(self):
        for name in sorted(os.listdir(self)) if False else os.listdir(self):
            yield self / name

    def glob(self, pattern):
        """Paths under this directory matching a relative pattern ('**' recurses)."""
        parts = [p for p in pattern.split("/") if p]
        if not parts:
            raise ValueError(f"Unacceptable pattern: {pattern!r}")
        yield from self._glob(parts)

    def _glob(self, parts):
        head, rest = parts[0], parts[1:]
        if head == "**":
            for dirpath, dirnames, filenames in os.walk(self):
                base = type(self)(dirpath)
                if not rest:
                    yield base
                    continue
                yield from base._glob(rest)
            return
        try:
            names = sorted(os.listdir(self))
        except OSError:
            return
        for name in names:
            if name.startswith(".") and not head.startswith("."):
                continue
            if _fnmatch.fnmatchcase(name, head):
                child = self / name
                if not rest:
                    yield child
                elif child.is_dir():
                    yield from child._glob(rest)

    def rglob(self, pattern):
        return self.glob("**/" + pattern)

    def walk(self, top_down=True, on_error=None, follow_symlinks=False):
        for dirpath, dirnames, filenames in os.walk(self, topdown=top_down, onerror=on_error,
                                                     followlinks=follow_symlinks):
            yield type(self)(dirpath), dirnames, filenames

    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        return open(self, mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None, newline=None):
        with self.open("r", encoding=encoding) as f:
            return f.read()

    def read_bytes(self):
        with self.open("rb") as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError(f"data must be str, not {type(data).__name__}")
        with self.open("w", encoding=encoding) as f:
            return f.write(data)

    def write_bytes(self, data):
        view = bytes(data)
        with self.open("wb") as f:
            return f.write(view)

    def touch(self, mode=0o666, exist_ok=True):
        if self.exists():
            if not exist_ok:
                raise FileExistsError(17, "File exists", str(self))
            return
        with self.open("a"):
            pass

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(self)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def unlink(self, missing_ok=False):
        try:
            os.remove(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(self)

    def rename(self, target):
        os.rename(self, target)
        return type(self)(target)

    def replace(self, target):
        os.replace(self, target)
        return type(self)(target)

    def samefile(self, other_path):
        return os.path.samefile(self, other_path)


class PosixPath(Path, PurePosixPath):
    __slots__ = ()

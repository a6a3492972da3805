"""Secure hashes and message digests (`hashlib`): md5, sha1, sha224,
sha256, sha384 and sha512, with CPython's hash-object interface.

A hash object keeps the data fed to it and digests it on demand.
"""

import _hashlib

__all__ = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "new",
           "algorithms_guaranteed", "algorithms_available", "file_digest"]

_SIZES = {"md5": (16, 64), "sha1": (20, 64), "sha224": (28, 64), "sha256": (32, 64),
          "sha384": (48, 128), "sha512": (64, 128)}
algorithms_guaranteed = frozenset(_SIZES)
algorithms_available = frozenset(_SIZES)


class _Hash:
    __slots__ = ("name", "_data")

    def __init__(self, name, data=b""):
        self.name = name
        self._data = bytearray()
        if data:
            self.update(data)

    @property
    def digest_size(self):
        return _SIZES[self.name][0]

    @property
    def block_size(self):
        return _SIZES[self.name][1]

    def update(self, data):
        """Feed more bytes to the hash."""
        if isinstance(data, str):
            raise TypeError("Strings must be encoded before hashing")
        self._data += data

    def digest(self):
        """The digest of everything fed so far, as bytes."""
        return _hashlib.digest(self.name, self._data)

    def hexdigest(self):
        """The digest as hexadecimal digits."""
        return self.digest().hex()

    def copy(self):
        """A copy of the hash object, to branch from the same prefix."""
        h = _Hash(self.name)
        h._data = bytearray(self._data)
        return h

    def __repr__(self):
        return f"<{self.name} _hashlib.HASH object @ {hex(id(self))}>"


def _maker(name):
    def make(data=b"", *, usedforsecurity=True, string=None):
        if string is not None:
            data = string
        return _Hash(name, data)
    make.__name__ = make.__qualname__ = name
    make.__doc__ = f"Return a new {name} hash object, optionally fed with data."
    return make


md5 = _maker("md5")
sha1 = _maker("sha1")
sha224 = _maker("sha224")
sha256 = _maker("sha256")
sha384 = _maker("sha384")
sha512 = _maker("sha512")


def new(name, data=b"", **kwargs):
    """Return a new hash object for the named algorithm."""
    key = name.lower().replace("-", "")
    if key not in _SIZES:
        raise ValueError(f"unsupported hash type {name}")
    return _Hash(key, data)


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """Hash the contents of a binary file object."""
    h = new(digest) if isinstance(digest, str) else digest()
    while True:
        chunk = fileobj.read(_bufsize)
        if not chunk:
            break
        h.update(chunk)
    return h

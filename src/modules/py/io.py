"""In-memory text and byte streams (`StringIO`, `BytesIO`).

File streams come from the built-in `open`; this module covers the
in-memory buffers programs use to capture output.
"""

import sys

SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2


class UnsupportedOperation(OSError, ValueError):
    pass


class _Buffer:
    _empty = None

    def __init__(self, initial=None):
        self._data = self._empty if initial is None else self._check(initial)
        self._pos = 0
        self.closed = False

    def _live(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def write(self, s):
        self._live()
        s = self._check(s)
        data = self._data
        if self._pos > len(data):
            data = data + self._pad * (self._pos - len(data))
        self._data = data[:self._pos] + s + data[self._pos + len(s):]
        self._pos += len(s)
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def getvalue(self):
        self._live()
        return self._data

    def read(self, size=-1):
        self._live()
        end = len(self._data) if size is None or size < 0 else self._pos + size
        out = self._data[self._pos:end]
        self._pos += len(out)
        return out

    def readline(self, size=-1):
        self._live()
        nl = self._data.find(self._newline, self._pos)
        end = len(self._data) if nl < 0 else nl + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        out = self._data[self._pos:end]
        self._pos = end
        return out

    def readlines(self, hint=-1):
        return list(self)

    def seek(self, pos, whence=0):
        self._live()
        if whence == SEEK_CUR:
            pos += self._pos
        elif whence == SEEK_END:
            pos += len(self._data)
        if pos < 0:
            raise ValueError(f"Negative seek position {pos}")
        self._pos = pos
        return pos

    def tell(self):
        self._live()
        return self._pos

    def truncate(self, size=None):
        self._live()
        if size is None:
            size = self._pos
        self._data = self._data[:size]
        return size

    def readable(self):
        return True

    def writable(self):
        return True

    def seekable(self):
        return True

    def flush(self):
        pass

    def close(self):
        self.closed = True

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class StringIO(_Buffer):
    """A text stream kept in memory."""
    _empty = ""
    _pad = "\0"
    _newline = "\n"

    def _check(self, s):
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        return s


class BytesIO(_Buffer):
    """A byte stream kept in memory."""
    _empty = b""
    _pad = b"\0"
    _newline = b"\n"

    def _check(self, s):
        if isinstance(s, bytearray):
            return bytes(s)
        if not isinstance(s, bytes):
            raise TypeError(f"a bytes-like object is required, not '{type(s).__name__}'")
        return s

    def getbuffer(self):
        return self._data

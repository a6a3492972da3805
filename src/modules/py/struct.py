"""Packing values into bytes and back (`struct`), with CPython's formats:
byte order `@ = < > !`, codes `x c b B ? h H i I l L q Q n N e f d s p P`."""

import _anext

__all__ = ["calcsize", "pack", "pack_into", "unpack", "unpack_from", "iter_unpack",
           "Struct", "error"]


class error(Exception):
    pass


# code: (standard size, native size, native alignment, kind)
_CODES = {
    "x": (1, 1, 1, "pad"), "c": (1, 1, 1, "char"), "b": (1, 1, 1, "int"), "B": (1, 1, 1, "uint"),
    "?": (1, 1, 1, "bool"), "h": (2, 2, 2, "int"), "H": (2, 2, 2, "uint"), "i": (4, 4, 4, "int"),
    "I": (4, 4, 4, "uint"), "l": (4, 8, 8, "int"), "L": (4, 8, 8, "uint"), "q": (8, 8, 8, "int"),
    "Q": (8, 8, 8, "uint"), "n": (None, 8, 8, "int"), "N": (None, 8, 8, "uint"),
    "e": (2, 2, 2, "float"), "f": (4, 4, 4, "float"), "d": (8, 8, 8, "float"),
    "s": (1, 1, 1, "bytes"), "p": (1, 1, 1, "pascal"), "P": (None, 8, 8, "uint"),
}


def _parse(fmt):
    """(little_endian, items, size): items are (code, count, offset, size)."""
    if isinstance(fmt, bytes):
        fmt = fmt.decode("ascii")
    if not isinstance(fmt, str):
        raise TypeError(f"Struct() argument 1 must be a str or bytes object, not {type(fmt).__name__}")
    native = True
    little = True
    if fmt and fmt[0] in "@=<>!":
        native = fmt[0] == "@"
        little = fmt[0] in "@=<"
        fmt = fmt[1:]
    items = []
    offset = 0
    i = 0
    while i < len(fmt):
        c = fmt[i]
        if c.isspace():
            i += 1
            continue
        count = None
        if c.isdigit():
            j = i
            while j < len(fmt) and fmt[j].isdigit():
                j += 1
            count = int(fmt[i:j])
            if j >= len(fmt):
                raise error("repeat count given without format specifier")
            i = j
            c = fmt[i]
        spec = _CODES.get(c)
        if spec is None or (not native and c in "nNP"):
            raise error("bad char in struct format")
        std, nat, align, kind = spec
        size = nat if native else std
        if native and align > 1:
            offset += (-offset) % align
        n = 1 if count is None else count
        if kind in ("bytes", "pascal"):
            items.append((c, n, offset, n))
            offset += n
        else:
            for _ in range(n):
                items.append((c, 1, offset, size))
                offset += size
        i += 1
    return little, items, offset


def _check_int(v, code, size, signed):
    if not isinstance(v, int):
        try:
            v = v.__index__()
        except (AttributeError, TypeError):
            raise error("required argument is not an integer") from None
    bits = size * 8
    lo, hi = (-(1 << (bits - 1)), (1 << (bits - 1)) - 1) if signed else (0, (1 << bits) - 1)
    if not lo <= v <= hi:
        if code == "P":
            raise error("argument out of range")
        raise error(f"'{code}' format requires {lo} <= number <= {hi}")
    return v


class Struct:
    """A compiled format: pack(), unpack() and size without re-parsing."""

    def __init__(self, format):
        self._little, self._items, self.size = _parse(format)
        self.format = format.decode("ascii") if isinstance(format, bytes) else format

    def __repr__(self):
        return f"Struct({self.format!r})"

    def _nvalues(self):
        return sum(1 for code, _, _, _ in self._items if code != "x")

    def pack(self, *values):
        buf = bytearray(self.size)
        self._pack_into(buf, 0, values, "pack")
        return bytes(buf)

    def pack_into(self, buffer, offset, *values):
        if offset < 0:
            offset += len(buffer)
        if offset < 0 or offset + self.size > len(buffer):
            raise error(f"pack_into requires a buffer of at least {self.size + offset} bytes "
                        f"for packing {self.size} bytes at offset {offset} (actual buffer size is {len(buffer)})")
        self._pack_into(buffer, offset, values, "pack_into")

    def _pack_into(self, buf, base, values, fname):
        need = self._nvalues()
        if len(values) != need:
            raise error(f"{fname} expected {need} items for packing (got {len(values)})")
        order = "little" if self._little else "big"
        it = iter(values)
        for code, count, off, size in self._items:
            if code == "x":
                continue
            v = next(it)
            at = base + off
            kind = _CODES[code][3]
            if kind in ("int", "uint"):
                v = _check_int(v, code, size, kind == "int")
                buf[at:at + size] = v.to_bytes(size, order, signed=kind == "int")
            elif kind == "bool":
                buf[at] = 1 if v else 0
            elif kind == "float":
                if not isinstance(v, (int, float)):
                    raise error("required argument is not a float")
                bits = _anext.float_bits(float(v), size)
                buf[at:at + size] = bits.to_bytes(size, order)
            elif kind == "char":
                if not isinstance(v, (bytes, bytearray)) or len(v) != 1:
                    raise error("char format requires a bytes object of length 1")
                buf[at] = v[0]
            elif kind == "bytes":
                if not isinstance(v, (bytes, bytearray)):
                    raise error(f"argument for 's' must be a bytes object")
                data = bytes(v[:count])
                buf[at:at + count] = data + b"\0" * (count - len(data))
            elif kind == "pascal":
                if not isinstance(v, (bytes, bytearray)):
                    raise error(f"argument for 'p' must be a bytes object")
                data = bytes(v[:max(count - 1, 0)])
                if count:
                    buf[at] = min(len(data), 255)
                    buf[at + 1:at + count] = data + b"\0" * (count - 1 - len(data))

    def unpack(self, buffer):
        buffer = bytes(buffer)
        if len(buffer) != self.size:
            raise error(f"unpack requires a buffer of {self.size} bytes")
        return self._unpack_from(buffer, 0)

    def unpack_from(self, buffer, offset=0):
        buffer = bytes(buffer)
        if offset < 0:
            offset += len(buffer)
        if offset < 0 or len(buffer) - offset < self.size:
            raise error(f"unpack_from requires a buffer of at least {self.size + offset} bytes for "
                        f"unpacking {self.size} bytes at offset {offset} (actual buffer size is {len(buffer)})")
        return self._unpack_from(buffer, offset)

    def _unpack_from(self, buf, base):
        order = "little" if self._little else "big"
        out = []
        for code, count, off, size in self._items:
            at = base + off
            kind = _CODES[code][3]
            if kind == "pad":
                continue
            chunk = buf[at:at + size]
            if kind in ("int", "uint"):
                out.append(int.from_bytes(chunk, order, signed=kind == "int"))
            elif kind == "bool":
                out.append(chunk != b"\0")
            elif kind == "float":
                out.append(_anext.bits_float(int.from_bytes(chunk, order), size))
            elif kind == "char":
                out.append(chunk)
            elif kind == "bytes":
                out.append(chunk)
            elif kind == "pascal":
                n = min(chunk[0], count - 1) if count else 0
                out.append(chunk[1:1 + n])
        return tuple(out)

    def iter_unpack(self, buffer):
        buffer = bytes(buffer)
        if self.size == 0:
            raise error("cannot iteratively unpack with a struct of length 0")
        if len(buffer) % self.size:
            raise error(f"iterative unpacking requires a buffer of a multiple of {self.size} bytes")
        return (self._unpack_from(buffer, i) for i in range(0, len(buffer), self.size))


_cache = {}


def _struct(fmt):
    s = _cache.get(fmt)
    if s is None:
        s = _cache[fmt] = Struct(fmt)
    return s


def calcsize(format):
    """The size in bytes of the format."""
    return _struct(format).size


def pack(format, /, *values):
    """Pack the values into bytes according to the format."""
    return _struct(format).pack(*values)


def pack_into(format, buffer, offset, /, *values):
    """Pack the values into a writable buffer at offset."""
    _struct(format).pack_into(buffer, offset, *values)


def unpack(format, buffer, /):
    """Unpack bytes of exactly calcsize(format) into a tuple."""
    return _struct(format).unpack(buffer)


def unpack_from(format, /, buffer, offset=0):
    """Unpack from a buffer starting at offset."""
    return _struct(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer):
    """Unpack successive chunks of a buffer."""
    return _struct(format).iter_unpack(buffer)

"""Conversions between binary data and ASCII (`binascii`): base64, hex and
CRC-32."""

__all__ = ["Error", "Incomplete", "a2b_base64", "b2a_base64", "hexlify", "unhexlify",
           "a2b_hex", "b2a_hex", "crc32"]


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


_ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_VALUES = {c: i for i, c in enumerate(_ALPHABET)}


def _data(d):
    if isinstance(d, str):
        try:
            return d.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters") from None
    if isinstance(d, (bytes, bytearray, memoryview)):
        return bytes(d)
    raise TypeError(f"a bytes-like object is required, not '{type(d).__name__}'")


def b2a_base64(data, /, *, newline=True):
    """Base64-encode bytes (with a trailing newline unless newline=False)."""
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'")
    data = bytes(data)
    out = bytearray()
    a = _ALPHABET
    full = len(data) - len(data) % 3
    for i in range(0, full, 3):
        n = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((a[n >> 18], a[(n >> 12) & 63], a[(n >> 6) & 63], a[n & 63]))
    rest = len(data) - full
    if rest == 1:
        n = data[full] << 16
        out += bytes((a[n >> 18], a[(n >> 12) & 63])) + b"=="
    elif rest == 2:
        n = (data[full] << 16) | (data[full + 1] << 8)
        out += bytes((a[n >> 18], a[(n >> 12) & 63], a[(n >> 6) & 63])) + b"="
    if newline:
        out += b"\n"
    return bytes(out)


def a2b_base64(data, /, *, strict_mode=False):
    """Decode Base64; characters outside the alphabet are skipped unless strict_mode."""
    data = _data(data)
    values = []
    pad = 0
    for i, c in enumerate(data):
        if c == 61:  # '='
            if strict_mode and not values:
                raise Error("Leading padding not allowed")
            pad += 1
            if len(values) % 4 >= 2 and len(values) % 4 + pad >= 4:
                break
            continue
        v = _VALUES.get(c)
        if v is None:
            if strict_mode:
                raise Error("Only base64 data is allowed")
            continue
        if pad and strict_mode:
            raise Error("Discontinuous padding not allowed")
        pad = 0
        values.append(v)
    rem = len(values) % 4
    if rem == 1:
        raise Error("Invalid base64-encoded string: number of data characters "
                    f"({len(values)}) cannot be 1 more than a multiple of 4")
    if rem and len(values) % 4 + pad < 4:
        raise Error("Incorrect padding")
    out = bytearray()
    for i in range(0, len(values) - rem, 4):
        n = (values[i] << 18) | (values[i + 1] << 12) | (values[i + 2] << 6) | values[i + 3]
        out += bytes((n >> 16, (n >> 8) & 255, n & 255))
    if rem == 2:
        n = (values[-2] << 18) | (values[-1] << 12)
        out.append(n >> 16)
    elif rem == 3:
        n = (values[-3] << 18) | (values[-2] << 12) | (values[-1] << 6)
        out += bytes((n >> 16, (n >> 8) & 255))
    return bytes(out)


def hexlify(data, sep=None, bytes_per_sep=1):
    """The bytes as hexadecimal digits (bytes)."""
    data = bytes(data) if isinstance(data, (bytes, bytearray, memoryview)) else _data(data)
    text = data.hex() if sep is None else data.hex(sep, bytes_per_sep)
    return text.encode("ascii")


b2a_hex = hexlify


def unhexlify(hexstr):
    """The bytes a string of hexadecimal digit pairs stands for."""
    s = _data(hexstr)
    if len(s) % 2:
        raise Error("Odd-length string")
    try:
        return bytes.fromhex(s.decode("ascii"))
    except ValueError:
        raise Error("Non-hexadecimal digit found") from None


a2b_hex = unhexlify


def _crc_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    return table


_CRC = None


def crc32(data, value=0, /):
    """CRC-32 of data, continuing from value."""
    global _CRC
    if _CRC is None:
        _CRC = _crc_table()
    crc = value ^ 0xFFFFFFFF
    for b in bytes(data):
        crc = _CRC[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF

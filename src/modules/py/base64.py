"""Base16, Base32, Base64 (standard and URL-safe) and Base85 encodings
(`base64`), as CPython's module, written in Python."""

import binascii

__all__ = ["b64encode", "b64decode", "standard_b64encode", "standard_b64decode",
           "urlsafe_b64encode", "urlsafe_b64decode", "b32encode", "b32decode",
           "b16encode", "b16decode", "b85encode", "b85decode", "encodebytes", "decodebytes"]


def _bytes_from(s, what="argument"):
    if isinstance(s, str):
        try:
            return s.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters") from None
    if isinstance(s, (bytes, bytearray, memoryview)):
        return bytes(s)
    raise TypeError(f"{what} should be a bytes-like object or ASCII string, not '{type(s).__name__}'")


def _need_bytes(s):
    if isinstance(s, (bytes, bytearray, memoryview)):
        return bytes(s)
    raise TypeError(f"a bytes-like object is required, not '{type(s).__name__}'")


def b64encode(s, altchars=None):
    """Encode bytes with Base64; altchars replaces '+' and '/'."""
    encoded = binascii.b2a_base64(_need_bytes(s), newline=False)
    if altchars is not None:
        altchars = _need_bytes(altchars)
        if len(altchars) != 2:
            raise ValueError(f"invalid altchars: {altchars!r}")
        encoded = encoded.translate(bytes.maketrans(b"+/", altchars))
    return encoded


def b64decode(s, altchars=None, validate=False):
    """Decode Base64 (bytes or ASCII str); altchars stands for '+' and '/'."""
    s = _bytes_from(s)
    if altchars is not None:
        altchars = _bytes_from(altchars)
        if len(altchars) != 2:
            raise ValueError(f"invalid altchars: {altchars!r}")
        s = s.translate(bytes.maketrans(altchars, b"+/"))
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    """Base64 with '-' and '_' for '+' and '/'."""
    return b64encode(s).translate(bytes.maketrans(b"+/", b"-_"))


def urlsafe_b64decode(s):
    s = _bytes_from(s).translate(bytes.maketrans(b"-_", b"+/"))
    return b64decode(s)


def encodebytes(s):
    """Base64 in lines of 76 characters, each ending with a newline."""
    s = _need_bytes(s)
    out = []
    for i in range(0, len(s), 57):
        out.append(binascii.b2a_base64(s[i:i + 57]))
    return b"".join(out)


def decodebytes(s):
    return binascii.a2b_base64(_need_bytes(s))


_B32 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def b32encode(s):
    """Encode bytes with Base32."""
    s = _need_bytes(s)
    out = bytearray()
    for i in range(0, len(s), 5):
        chunk = s[i:i + 5]
        n = int.from_bytes(chunk + b"\0" * (5 - len(chunk)), "big")
        chars = bytes(_B32[(n >> (35 - 5 * k)) & 31] for k in range(8))
        keep = {1: 2, 2: 4, 3: 5, 4: 7, 5: 8}[len(chunk)]
        out += chars[:keep] + b"=" * (8 - keep)
    return bytes(out)


def b32decode(s, casefold=False, map01=None):
    """Decode Base32 (bytes or ASCII str)."""
    s = _bytes_from(s)
    if len(s) % 8:
        raise binascii.Error("Incorrect padding")
    if map01 is not None:
        s = s.translate(bytes.maketrans(b"01", b"O" + _bytes_from(map01)))
    if casefold:
        s = s.upper()
    stripped = s.rstrip(b"=")
    pad = len(s) - len(stripped)
    out = bytearray()
    for i in range(0, len(stripped), 8):
        chunk = stripped[i:i + 8]
        n = 0
        for c in chunk:
            v = _B32.find(bytes([c]))
            if v < 0:
                raise binascii.Error("Non-base32 digit found")
            n = (n << 5) | v
        n <<= 5 * (8 - len(chunk))
        out += n.to_bytes(5, "big")
    if pad:
        drop = {6: 4, 4: 3, 3: 2, 1: 1}.get(pad)
        if drop is None:
            raise binascii.Error("Incorrect padding")
        del out[-drop:]
    return bytes(out)


def b16encode(s):
    """Encode bytes as uppercase hexadecimal."""
    return _need_bytes(s).hex().upper().encode("ascii")


def b16decode(s, casefold=False):
    """Decode uppercase hexadecimal (lowercase too with casefold)."""
    s = _bytes_from(s)
    if casefold:
        s = s.upper()
    if any(c not in b"0123456789ABCDEF" for c in s):
        raise binascii.Error("Non-base16 digit found")
    return bytes.fromhex(s.decode("ascii"))


_B85 = (b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~")


def b85encode(b, pad=False):
    """Encode bytes with Base85 (as git uses it)."""
    b = _need_bytes(b)
    padding = (-len(b)) % 4
    data = b + b"\0" * padding
    out = bytearray()
    for i in range(0, len(data), 4):
        n = int.from_bytes(data[i:i + 4], "big")
        digits = []
        for _ in range(5):
            n, r = divmod(n, 85)
            digits.append(_B85[r])
        out += bytes(reversed(digits))
    if padding and not pad:
        del out[-padding:]
    return bytes(out)


def b85decode(b):
    """Decode Base85."""
    b = _bytes_from(b)
    padding = (-len(b)) % 5
    data = b + b"~" * padding
    out = bytearray()
    for i in range(0, len(data), 5):
        n = 0
        for j, c in enumerate(data[i:i + 5]):
            v = _B85.find(bytes([c]))
            if v < 0:
                raise ValueError(f"bad base85 character at position {i + j}")
            n = n * 85 + v
        if n > 0xFFFFFFFF:
            raise ValueError(f"base85 overflow in hunk starting at byte {i}")
        out += n.to_bytes(4, "big")
    if padding:
        del out[-padding:]
    return bytes(out)

"""JSON encoding and decoding (`dumps`, `loads`, `dump`, `load`).

Output matches CPython's `json` byte for byte for the same arguments:
separators, `indent`, `sort_keys`, `ensure_ascii`, `allow_nan`, `default`.
Not provided yet: `JSONEncoder`/`JSONDecoder` subclass hooks beyond
`default`, `object_pairs_hook`, `parse_float`/`parse_int`/`parse_constant`.
"""

__all__ = ["dump", "dumps", "load", "loads", "JSONDecodeError"]


class JSONDecodeError(ValueError):
    """Subclass of ValueError naming where in the document parsing failed."""

    # CPython defines it in json.decoder; tracebacks print that name.
    __module__ = "json.decoder"

    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        super().__init__(f"{msg}: line {lineno} column {colno} (char {pos})")
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def _quote(s, ensure_ascii):
    out = ['"']
    for ch in s:
        esc = _ESCAPES.get(ch)
        if esc is not None:
            out.append(esc)
            continue
        code = ord(ch)
        if code < 0x20 or (ensure_ascii and code > 0x7E):
            if code > 0xFFFF:
                code -= 0x10000
                out.append("\\u%04x\\u%04x" % (0xD800 | (code >> 10), 0xDC00 | (code & 0x3FF)))
            else:
                out.append("\\u%04x" % code)
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def _float_text(f, allow_nan):
    if f != f:
        text = "NaN"
    elif f == float("inf"):
        text = "Infinity"
    elif f == -float("inf"):
        text = "-Infinity"
    else:
        return float.__repr__(f)
    if not allow_nan:
        raise ValueError("Out of range float values are not JSON compliant: " + repr(f))
    return text


class _Encoder:
    def __init__(self, skipkeys, ensure_ascii, check_circular, allow_nan, indent,
                 separators, default, sort_keys):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.allow_nan = allow_nan
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        self.indent = indent
        self.item_sep, self.key_sep = separators
        self.default = default
        self.sort_keys = sort_keys
        self.markers = {} if check_circular else None

    def encode(self, o):
        parts = []
        self._encode(o, parts, 0)
        return "".join(parts)

    def _scalar(self, o):
        if isinstance(o, str):
            return _quote(o, self.ensure_ascii)
        if o is None:
            return "null"
        if o is True:
            return "true"
        if o is False:
            return "false"
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return _float_text(o, self.allow_nan)
        return None

    def _enter(self, o):
        if self.markers is not None:
            key = id(o)
            if key in self.markers:
                raise ValueError("Circular reference detected")
            self.markers[key] = o

    def _leave(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def _newline(self, level):
        return "\n" + self.indent * level

    def _encode(self, o, parts, level):
        text = self._scalar(o)
        if text is not None:
            parts.append(text)
        elif isinstance(o, (list, tuple)):
            self._encode_list(o, parts, level)
        elif isinstance(o, dict):
            self._encode_dict(o, parts, level)
        else:
            if self.default is None:
                raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")
            self._enter(o)
            self._encode(self.default(o), parts, level)
            self._leave(o)

    def _encode_list(self, o, parts, level):
        if not o:
            parts.append("[]")
            return
        self._enter(o)
        parts.append("[")
        sep = self.item_sep
        if self.indent is not None:
            level += 1
            parts.append(self._newline(level))
            sep = self.item_sep + self._newline(level)
        for i, item in enumerate(o):
            if i:
                parts.append(sep)
            self._encode(item, parts, level)
        if self.indent is not None:
            parts.append(self._newline(level - 1))
        parts.append("]")
        self._leave(o)

    def _key(self, k):
        if isinstance(k, str):
            return k
        if isinstance(k, float):
            return _float_text(k, self.allow_nan)
        if k is True:
            return "true"
        if k is False:
            return "false"
        if k is None:
            return "null"
        if isinstance(k, int):
            return int.__repr__(k)
        if self.skipkeys:
            return None
        raise TypeError(f"keys must be str, int, float, bool or None, not {type(k).__name__}")

    def _encode_dict(self, o, parts, level):
        if not o:
            parts.append("{}")
            return
        self._enter(o)
        parts.append("{")
        sep = self.item_sep
        if self.indent is not None:
            level += 1
            parts.append(self._newline(level))
            sep = self.item_sep + self._newline(level)
        items = sorted(o.items()) if self.sort_keys else o.items()
        first = True
        for k, v in items:
            key = self._key(k)
            if key is None:
                continue
            if not first:
                parts.append(sep)
            first = False
            parts.append(_quote(key, self.ensure_ascii))
            parts.append(self.key_sep)
            self._encode(v, parts, level)
        if self.indent is not None:
            parts.append(self._newline(level - 1))
        parts.append("}")
        self._leave(o)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Serialize obj to a JSON formatted str."""
    if separators is None and indent is not None:
        separators = (",", ": ")
    elif separators is None:
        separators = (", ", ": ")
    enc = _Encoder(skipkeys, ensure_ascii, check_circular, allow_nan, indent,
                   separators, default, sort_keys)
    return enc.encode(obj)


def dump(obj, fp, **kw):
    """Serialize obj as a JSON formatted stream to fp (a .write()-supporting object)."""
    fp.write(dumps(obj, **kw))


_WS = " \t\n\r"
_CONSTANTS = {"NaN": float("nan"), "Infinity": float("inf"), "-Infinity": float("-inf")}
_UNESCAPE = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


class _Parser:
    def __init__(self, text, object_hook):
        self.s = text
        self.object_hook = object_hook

    def fail(self, msg, pos):
        raise JSONDecodeError(msg, self.s, pos)

    def skip(self, i):
        s = self.s
        n = len(s)
        while i < n and s[i] in _WS:
            i += 1
        return i

    def value(self, i):
        s = self.s
        if i >= len(s):
            self.fail("Expecting value", i)
        ch = s[i]
        if ch == '"':
            return self.string(i + 1)
        if ch == "{":
            return self.object(i + 1)
        if ch == "[":
            return self.array(i + 1)
        for word, val in (("null", None), ("true", True), ("false", False)):
            if s.startswith(word, i):
                return val, i + len(word)
        for word, val in _CONSTANTS.items():
            if s.startswith(word, i):
                return val, i + len(word)
        return self.number(i)

    def number(self, i):
        s = self.s
        n = len(s)
        j = i
        if j < n and s[j] == "-":
            j += 1
        if j < n and s[j] == "0":
            j += 1
        elif j < n and "1" <= s[j] <= "9":
            while j < n and s[j].isdigit() and s[j].isascii():
                j += 1
        else:
            self.fail("Expecting value", i)
        is_float = False
        if j + 1 < n and s[j] == "." and s[j + 1].isdigit():
            is_float = True
            j += 2
            while j < n and s[j].isdigit() and s[j].isascii():
                j += 1
        if j < n and s[j] in "eE":
            k = j + 1
            if k < n and s[k] in "+-":
                k += 1
            if k < n and s[k].isdigit():
                is_float = True
                j = k
                while j < n and s[j].isdigit() and s[j].isascii():
                    j += 1
        text = s[i:j]
        return (float(text) if is_float else int(text)), j

    def string(self, i):
        s = self.s
        n = len(s)
        start = i - 1
        chunks = []
        while True:
            j = i
            while j < n and s[j] != '"' and s[j] != "\\" and s[j] >= " ":
                j += 1
            chunks.append(s[i:j])
            if j >= n:
                self.fail("Unterminated string starting at", start)
            ch = s[j]
            if ch == '"':
                return "".join(chunks), j + 1
            if ch != "\\":
                self.fail("Invalid control character at", j)
            if j + 1 >= n:
                self.fail("Unterminated string starting at", start)
            esc = s[j + 1]
            if esc == "u":
                code = self.hex4(j + 2, j)
                i = j + 6
                if 0xD800 <= code <= 0xDBFF and s.startswith("\\u", i):
                    low = self.hex4(i + 2, i)
                    if 0xDC00 <= low <= 0xDFFF:
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        i += 6
                chunks.append(chr(code))
                continue
            out = _UNESCAPE.get(esc)
            if out is None:
                self.fail("Invalid \\escape", j)
            chunks.append(out)
            i = j + 2

    def hex4(self, i, at):
        digits = self.s[i:i + 4]
        if len(digits) != 4 or not all(c in "0123456789abcdefABCDEF" for c in digits):
            self.fail("Invalid \\uXXXX escape", at)
        return int(digits, 16)

    def array(self, i):
        s = self.s
        out = []
        i = self.skip(i)
        if i < len(s) and s[i] == "]":
            return out, i + 1
        while True:
            val, i = self.value(self.skip(i))
            out.append(val)
            i = self.skip(i)
            if i < len(s) and s[i] == "]":
                return out, i + 1
            if i >= len(s) or s[i] != ",":
                self.fail("Expecting ',' delimiter", i)
            i = self.skip(i + 1)
            if i < len(s) and s[i] == "]":
                self.fail("Illegal trailing comma before end of array", i - 1)

    def object(self, i):
        s = self.s
        out = {}
        i = self.skip(i)
        if i < len(s) and s[i] == "}":
            return self.finish_object(out), i + 1
        while True:
            if i >= len(s) or s[i] != '"':
                self.fail("Expecting property name enclosed in double quotes", i)
            key, i = self.string(i + 1)
            i = self.skip(i)
            if i >= len(s) or s[i] != ":":
                self.fail("Expecting ':' delimiter", i)
            val, i = self.value(self.skip(i + 1))
            out[key] = val
            i = self.skip(i)
            if i < len(s) and s[i] == "}":
                return self.finish_object(out), i + 1
            if i >= len(s) or s[i] != ",":
                self.fail("Expecting ',' delimiter", i)
            comma = i
            i = self.skip(i + 1)
            if i < len(s) and s[i] == "}":
                self.fail("Illegal trailing comma before end of object", comma)

    def finish_object(self, d):
        return d if self.object_hook is None else self.object_hook(d)


def loads(s, *, cls=None, object_hook=None, **kw):
    """Deserialize s (a str, bytes or bytearray holding a JSON document)."""
    if isinstance(s, (bytes, bytearray)):
        s = s.decode("utf-8")
    elif not isinstance(s, str):
        raise TypeError(f"the JSON object must be str, bytes or bytearray, not {type(s).__name__}")
    if s.startswith("\ufeff"):
        raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    p = _Parser(s, object_hook)
    val, end = p.value(p.skip(0))
    end = p.skip(end)
    if end != len(s):
        p.fail("Extra data", end)
    return val


def load(fp, **kw):
    """Deserialize fp (a .read()-supporting file holding a JSON document)."""
    return loads(fp.read(), **kw)

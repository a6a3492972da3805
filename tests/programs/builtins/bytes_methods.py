tests = [
 'b"a".split(b",", 1, 2)', 'b"a".split(foo=1)', 'b"a".split(sep=b"x", sep2=1)', 'b"a".center()', 'b"a".center(1,2,3)',
 'b"a".center(3, "x")', 'b"a".center(3, b"xy")', 'b"a".find("a")', 'b"a".find()', 'b"a".split("a")', 'b"a".replace("a", b"b")',
 'b"a".startswith("a")', 'b"a".strip("a")', 'b"a".join([1])', 'b"a".zfill("x")', 'b"a".expandtabs(tabsize="x")',
 'b"a".splitlines(1, 2)', 'b"a".count(b"a", "x")', 'b"a".index(b"z")', 'b"a".rindex(b"z")', 'bytes.fromhex("zz")', 'bytes.fromhex(1)',
 'b"a".translate(b"x")', 'bytes.maketrans(b"ab", b"a")', 'b"a".partition(b"")', 'b"a".split(b"")', 'b"a".removeprefix("a")',
 'bytearray(b"a").pop()', 'bytearray().pop()', 'bytearray(b"a").remove(5)', 'bytearray(b"a").insert(0, 300)', 'bytearray(b"a").extend(1)',
 'b"a".decode("latin-1")', 'b"\\xff".decode("ascii")', 'b"\\xff".decode("utf-8", "replace")', 'b"a".hex(":")', 'b"abcd".hex(":", 2)', 'b"abc".hex("-", -2)',
 'b"a".find(300)', 'b"abc".find(98)', 'b"a".split(maxsplit=1)', 'b" a b ".split(None, 1)', 'b"a\\x85b\\x1cc".split()', 'b"a\\rb\\nc\\r\\n".splitlines(True)',
 'b"hello world".title()', 'b"\\xe9a".upper()', 'b"ab".isalpha()', 'b"".isalpha()', 'b"Ab Cd".istitle()', 'b"a\\tb".expandtabs(4)',
 'bytearray(b"abc").upper()', 'bytearray(b"abc").split(b"b")', 'b"abc".endswith((b"c", b"x"), 1)', 'b"abc".endswith(("c",))',
 'b"abc"[::-1].capitalize()', 'b"x".ljust(4, bytearray(b"*"))', 'b"%d" % 5', 'b"abc".replace(b"", b"-")', 'b"aaa".replace(b"a", b"b", 2)',
 'b"abc".count(b"")', 'b"ab".translate(None, b"a")', 'b"ab".translate(bytes.maketrans(b"a", b"z"))', 'bytes.fromhex("41 42\\n43")',
 'b"a,b,,c".rsplit(b",", 1)', 'b"  x  ".rstrip()', 'b"xxaxx".strip(b"x")', 'b"abc".rpartition(b"b")', 'b"-5".zfill(4)',
 'bytearray(b"ab").copy()', 'b"abc".index(b"c", 0, 2)', 'b"abc".rfind(b"")', 'bytes.maketrans("a", b"b")', 'b"a".swapcase()',
]
for t in tests:
    try:
        print(t, '->', repr(eval(t)))
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
print(b'%d-%s-%b %5.2f' % (5, b'ab', b'cd', 3.14159), b'%%' % ())
try:
    b'%s' % 'x'
except TypeError as e:
    print(e)
print(b'abc'.decode(errors='strict'), 'é€'.encode('utf-8'), 'é'.encode('latin-1'), 'aé'.encode('ascii', 'replace'))
print('aé€'.encode('ascii', 'backslashreplace'), 'a€'.encode('ascii', 'xmlcharrefreplace'), 'aé'.encode('ascii', 'ignore'))
for bad in [b'\xe2\x28\xa1', b'\xe2\x82', b'ab\xc0', b'\xed\xa0\x80']:
    try:
        bad.decode()
    except UnicodeDecodeError as e:
        print(e, e.start, e.end)
try:
    'é€'.encode('ascii')
except UnicodeEncodeError as e:
    print(e, e.start, e.end, e.object)
print(repr(b''.decode('nope')))
try:
    b'a'.decode('nope')
except LookupError as e:
    print(e)
print(b'\xff\xfeab'.decode('utf-8', 'replace'), b'\xffa'.decode('utf-8', 'backslashreplace'), b'\xe9'.decode('latin-1'))
print(bytes.fromhex('00ff'), bytearray.fromhex('41'), type(bytearray.fromhex('41')).__name__)

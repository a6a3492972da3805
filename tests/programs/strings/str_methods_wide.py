s = "  Hello, World!  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip(" !")))
print("a,b,,c".split(","), "a b  c".split(), "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1))
print("line1\nline2\r\nline3".splitlines(), "x\ny\n".splitlines(True))
print("hello".center(11, "*"), "hi".ljust(5, "-"), "hi".rjust(5), "42".zfill(5), "-42".zfill(6))
print("Hello".swapcase(), "hello world".title(), "HELLO".casefold(), "hello".capitalize())
print("abcabc".find("c"), "abcabc".rfind("c"), "abc".find("z"), "abcabc".count("ab"), "aaa".count(""))
print("abc".index("b"))
try:
    "abc".index("z")
except ValueError as e:
    print(e)
print("a-b-c".replace("-", "+"), "a-b-c".replace("-", "", 1), "tEsT".lower(), "tEsT".upper())
print("abc".startswith(("x", "a")), "abc".endswith("bc", 1), "abc".startswith("b", 1))
print("x".join(["1", "2", "3"]), ",".join([]))
try:
    ",".join([1, 2])
except TypeError as e:
    print(e)
print("123".isdigit(), "abc".isalpha(), "abc123".isalnum(), "   ".isspace(), "Title Case".istitle(), "".isdigit())
print("a\tb".expandtabs(4), "ß".upper(), "İ".lower().encode())
print("hello world".partition(" "), "hello".partition("z"), "a.b.c".rpartition("."))
print("%s is %d years, %.2f%%" % ("Bob", 30, 99.5), "%5s|%-5s|" % ("a", "b"), "%x %o %e" % (255, 8, 12345.678))
print("{0}{1}{0}".format("a", "b"), "{name:>8}".format(name="x"), "{:,}".format(1234567), "{:08.3f}".format(3.14159))
print("abc"[::-1], "abcdef"[1:5:2], "abc" * 3, "b" in "abc")
print("prefix_body".removeprefix("prefix_"), "body.txt".removesuffix(".txt"))
t = str.maketrans("abc", "xyz", "d")
print("abcd".translate(t))
print(str(b"bytes", "ascii"), "é".encode("utf-8"), b"\xc3\xa9".decode())
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(e)
print(f"{'nested'!r:>12} {3+4=} {1/3:.3} {255:#x} {'a'!a}")

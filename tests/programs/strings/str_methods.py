# Common str methods.
s = "  Hello, World  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip(" d")), s.split(), s.split(","), "a,b,,c".split(","))
print("a b  c".split(" "), "a-b-c".rsplit("-", 1), "a-b-c".split("-", 1), "line1\nline2\r\nline3".splitlines())
print("hello".upper(), "HeLLo".lower(), "hello world".title(), "hello".capitalize(), "Hello".swapcase())
print("abcabc".find("c"), "abcabc".rfind("c"), "abc".find("z"), "abcabc".count("ab"), "abc".index("b"))
print("hello".replace("l", "L"), "hello".replace("l", "L", 1), "x".join(["a", "b", "c"]), "-".join("xyz"))
print("abc".startswith("ab"), "abc".endswith(("x", "c")), "123".isdigit(), "abc".isalpha(), " ".isspace())
print("42".zfill(5), "-7".zfill(4), "ab".center(6, "*"), "ab".ljust(4, "."), "ab".rjust(4))
print("key=value=x".partition("="), "key=value=x".rpartition("="), "nope".partition("="))
print("Hello"[1:4], "Hello"[::-1], "Hello"[-1], "tab\there".expandtabs(4), "prefix_name".removeprefix("prefix_"))
print("ß".casefold(), "ǅ".istitle(), "Straße".upper(), len("héllo"), "héllo"[1], "日本語"[::-1])
try:
    "abc".index("z")
except ValueError as e:
    print("ValueError:", e)

# str methods and small built-ins called the way loops call them (the
# interpreter's shortcut) next to the forms the shortcut leaves to the
# full method: keywords, maxsplit, None, subclasses, bad arguments.


class S(str):
    pass


for _ in range(2):
    s = "  Hello, World  "
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip(" Hd")))
    print(s.upper(), s.lower(), "ǅungla ß".upper(), "ÀÉ".lower())
    print("a,b,,c".split(","), " a  b\tc\n".split(), "a--b--c".split("--"), "".split(), "".split(","))
    print("-".join(["a", "b", "c"]), "".join(("x", "y")), ", ".join([]), "=".join(["only"]))
    print("aaa".replace("a", "b"), "abc".replace("x", "y"), "abc".replace("", "-"))
    print(ord("a"), ord("€"), chr(65), chr(0x1F600), max(3, 7), min(3, 7), max(2.5, 1.5), min(-1, -1))

unchanged = "plain"
print(unchanged.strip() is unchanged, unchanged.replace("z", "y") is unchanged)
print(type(S(" x ").strip()), type(S("a").upper()), type("-".join([S("a"), S("b")])))
print("a b c".split(maxsplit=1), "a,b,c".split(",", 1), "a b".split(None), "a b".split(sep=" "))
print("abcabc".replace("b", "", 1), "xx".strip(None), "--x--".strip("-"))
print(max(1, True), max(True, 1), min(1.0, 1), max(float("nan"), 1.0), max(1.0, float("nan")))
print(max(0.0, -0.0), min(0.0, -0.0), max([1, 5, 2]), min(3, 1, 2), max("ab", "b"))
for bad in (lambda: "a".split(""), lambda: "-".join([1, 2]), lambda: "-".join(5),
            lambda: "a".replace(1, 2), lambda: "a".strip(5), lambda: ord("ab"),
            lambda: ord(""), lambda: chr(-1), lambda: chr(0x110000), lambda: chr("a"),
            lambda: max(1), lambda: min(), lambda: "a".upper(1), lambda: str.upper(5)):
    try:
        print(bad())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
t = "hello"
print([t[i] for i in range(-5, 5)], t[0] is t[-5], "héllo"[1], S("sub")[0], type(S("sub")[0]))
for bad in (lambda: t[5], lambda: t[-6], lambda: t[2 ** 70], lambda: t["x"]):
    try:
        print(bad())
    except (IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)

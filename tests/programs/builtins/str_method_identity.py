class S(str):
    pass
a = "abc"
for r in (a.center(2), a.zfill(2), a.ljust(1), a.rjust(3), a.strip(), a.replace("z", "y")):
    print(repr(r), r is a)
b = S("abc")
for r in (b.center(2), b.zfill(2), b.ljust(1), b.strip(), b.upper(), b.partition("q"), b.rpartition("q")):
    print(repr(r), type(r).__name__ if not isinstance(r, tuple) else [type(x).__name__ for x in r])
print("a,b,,c".split(","), " x  y ".split(), "a b c".rsplit(None, 1), "k=v".partition("="))
print("abc".__getnewargs__(), "%s-%d" % ("x", 3), ",".join(["p", "q"]))
print("a=b".partition(S("=")), type("a=b".partition(S("="))[1]).__name__)
print("abc".replace("", "-"), "abc".replace("b", "x", 0) is not None, "aXbXc".replace("X", "", 1))
print("  pad ".strip() , "xxhixx".strip("x"), "".strip(), "é ".rstrip(), " é".lstrip())

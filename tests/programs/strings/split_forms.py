print("a,b,,c".split(","), "a--b--".split("--"), "ééxé".split("x"), "abc".split("abc"), "".split(","))
print("a b  c".split(), "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1), "a,b".rsplit(","), "x".split(sep=","))
try:
    "a".split("")
except ValueError as e:
    print(e)
try:
    "a".split(1)
except TypeError as e:
    print(e)

# int() and float() read any Unicode decimal digit and Unicode spaces, as
# CPython does; other numeric characters are still errors.
print(int("١٢٣"), int("\u2003 12\u2003"), float("١.٥"), int("１２"), int("-०७"), float("\u3000-٢e٣"))
print(int("𝟙𝟚"), int("᠑᠐"), int("12", 16) if False else int("١٢", 8))
for bad in ["½", "²", "Ⅻ", "١٢x", "٫٥"]:
    try:
        print(int(bad))
    except ValueError as e:
        print(e)
    try:
        print(float(bad))
    except ValueError as e:
        print(e)

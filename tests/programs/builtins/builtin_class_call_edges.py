# Calling built-in classes the way loops do (the interpreter's shortcut
# for type(x), int(x), float(x), str(x), bool(x)) next to the calls the
# shortcut leaves to the full constructor.


class S(str):
    pass


class I(int):
    pass


class Empty:
    def __len__(self):
        return 0


for _ in range(2):
    print(type(3), type("s"), type(None), type(type), type(S("x")), type(True))
    print([int(v) for v in (7, True, False, 2.9, -2.9, -0.0, "12", "+5", "-0", "007",
                            "  12 ", "1_000", "\u0663", I(4), 10.0 ** 17)])
    print([float(v) for v in (1, True, 2 ** 60 + 1, -3, 2.5, "1e3", " 4 ")])
    print([str(v) for v in (5, -5, 0, "x", S("sub"), True, None, 2.5)])
    print(type(str(S("sub"))), type(int(I(4))))
    print([bool(v) for v in (0, 1, 0.0, "", "a", [], [0], {}, (), None, Empty(), object())])

print(type("Dyn", (), {"a": 1}).a)
for bad in ("", "12a", "1 2", "0x10", "inf", None, [], 1e400, float("nan")):
    try:
        print(int(bad))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print(int("ff", 16), int("12", base=10), int(-2 ** 63), int("-9223372036854775808"))
print(int("99999999999999999999"), float(10 ** 20))
try:
    type(1, 2)
except TypeError as e:
    print("TypeError:", e)

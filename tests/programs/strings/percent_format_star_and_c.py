# %-formatting: widths and precisions given by *, and %c, with CPython's
# errors for values that do not fit.
cases = [("%*d", (2**80, 1)), ("%.*f", (2**80, 1.0)), ("%c", (2**80,)), ("%c", (-1,)),
         ("%c", (0x110000,)), ("%*d", ("x", 1)), ("%.*f", (1.5, 2.0)), ("%c", ("ab",)),
         ("%c", (1.5,)), ("%c", ("",)), ("%*d|", (-5, 1)), ("%-*d|", (4, 2)),
         ("%.*f", (-3, 1.25)), ("%c%c", ("é", 233)), ("%*.*f|", (8, 2, 3.14159)), ("%c", (True,))]
for f, a in cases:
    try:
        print(repr(f % a))
    except Exception as e:
        print(type(e).__name__, e)

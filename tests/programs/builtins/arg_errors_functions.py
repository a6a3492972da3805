# Argument-count and keyword errors of builtins functions, as CPython words them.
import math
calls = {
    "len()": lambda: len(),
    "len(1, 2)": lambda: len(1, 2),
    "abs()": lambda: abs(),
    "abs(x=1)": lambda: abs(x=1),
    "all()": lambda: all(),
    "any(1, 2)": lambda: any(1, 2),
    "ascii()": lambda: ascii(),
    "bin()": lambda: bin(),
    "callable()": lambda: callable(),
    "chr()": lambda: chr(),
    "chr('a')": lambda: chr("a"),
    "delattr(1)": lambda: delattr(1),
    "divmod(1)": lambda: divmod(1),
    "getattr(1)": lambda: getattr(1),
    "hasattr()": lambda: hasattr(),
    "hash()": lambda: hash(),
    "hex(1.5)": lambda: hex(1.5),
    "id()": lambda: id(),
    "isinstance(1)": lambda: isinstance(1),
    "isinstance(1, 2)": lambda: isinstance(1, 2),
    "issubclass(1, int)": lambda: issubclass(1, int),
    "iter()": lambda: iter(),
    "next()": lambda: next(),
    "oct()": lambda: oct(),
    "ord()": lambda: ord(),
    "ord('')": lambda: ord(""),
    "repr()": lambda: repr(),
    "setattr(1, 2)": lambda: setattr(1, 2),
    "sorted()": lambda: sorted(),
    "sorted(foo=1)": lambda: sorted([], foo=1),
    "sum()": lambda: sum(),
    "max()": lambda: max(),
    "min([])": lambda: min([]),
    "pow(1)": lambda: pow(1),
    "format()": lambda: format(),
    "vars(1, 2)": lambda: vars(1, 2),
    "dir(1, 2)": lambda: dir(1, 2),
    "globals(1)": lambda: globals(1),
    "round()": lambda: round(),
    "print(sep=1)": lambda: print(sep=1),
    "math.sqrt()": lambda: math.sqrt(),
    "math.pow(1)": lambda: math.pow(1),
    "math.floor('x')": lambda: math.floor("x"),
}
for label, fn in calls.items():
    try:
        fn()
        print(label, "-> no error")
    except (TypeError, ValueError) as e:
        print(label, "->", type(e).__name__, e)

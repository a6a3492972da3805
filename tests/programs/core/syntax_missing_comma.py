# CPython's 'Perhaps you forgot a comma?' for two expressions in a row
# inside brackets, and where it does not apply (names before strings,
# comprehension iterables, keyword values), with its range.
cases = ["[1, 2 3]", "foo(a b)", "(x y)", "{1: 2 3: 4}", "[x 'a']", "f(1 'a')", "[a.b c]", "x = 1 2", "[f(x) y]", "[1 +]", "[match x]", "print(a b)", "[x\n y]", "(a, b c, d)"]
cases += ["[x for x in y z]", "f(a=1 b=2)", "[lambda: x y]", "{a b: c}", "print(f'{x}' y)", "f(*a b)", "[not x y]", "foo(x)(y z)", "[1.5 2]", "[x.y() z.w]", "d[a b]", "f(a, b=c d)", "[x, y z for z in w]", "((a b))", "[a\n# comment\n b]", "[b'x' y]", "[None x]", "[True False]", "f(-x y)", "[x if y else z w]", "[await x y]"]
for c in cases:
    try:
        compile(c, "<c>", "exec")
    except SyntaxError as e:
        print(repr(c), "|", e.msg, "|", e.offset, e.end_offset)

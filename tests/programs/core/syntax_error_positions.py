# Where CPython 3.13 places common syntax errors (offset and end offset):
# indentation errors, '=' in a condition (name or other target), argument
# order, leading zeros, unmatched brackets.
cases = ["  x = 1\n", "if 1:\n    a\n  b\n", "if 1:\n    a\n  bb = 1\n", "    foo()\n",
         "f(a=1, 2)\n", "0777\n", "if x = 1: pass\n", "while y.z = 10: pass\n",
         "if a[0] = 1: pass\n", "if f() = 1: pass\n", "if x.y.z = 3: pass\n",
         "print(1))\n", "x = (1]\n", "[1, 2 3]\n", "x = (\n",
         "[1 if x]\n", "y = 1 if x\n", "f(a if b)\n", "x = (1 if 2 3)\n",
         "a, b += 1\n", "[a] += 1\n", "(a, b) += 1\n", "a.b, c -= 2\n", "f(a, b) += 1\n"]
for src in cases:
    try:
        compile(src, "<c>", "exec")
    except SyntaxError as e:
        print(repr(src), "|", type(e).__name__, "|", e.msg, "|", e.lineno, e.offset, e.end_lineno, e.end_offset)

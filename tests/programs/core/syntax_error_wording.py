# CPython 3.13's wording for frequent syntax mistakes: missing colons, Python 2
# print, glued number/name, argument order, bare *, leading zeros, try
# without a handler, = in a condition, and more.
cases = ["if x\n  pass\n", "print 'x'\n", "1 = x\n", "f() = 1\n", "x = 1abc\n", "  x = 1\n", "if 1:\n    a\n  b\n", "return 1\n", "def f():\n  await x\n", "f(a=1, 2)\n", "x = 1 \\ 2\n", "for x in range(3)\n  pass\n", "class A\n  pass\n", "while True print(1)\n", "def f(x, x): pass\n", "nonlocal x\n", "def f():\n  global x\n  x = 1\n  global x\n", "x += 1 = 2\n", "del f()\n", "import a.b as\n", "lambda x: (yield)\n", "break\n", "continue\n", "try:\n  pass\n", "f(**k, *a)\n", "x = [i for i in]\n", "def f(*): pass\n", "x: int = 1 = 2\n", "async with x: pass\n", "yield x\n", "0777\n", "x = 'a' 'b\n", "else:\n  pass\n", "f(x for x in y, 1)\n", "(a, b) = = 3\n", "x = {**}\n", "@\ndef f(): pass\n", "x === y\n", "if x = 1: pass\n"]
for c in cases:
    try:
        compile(c, "<c>", "exec")
        print(repr(c), "compiled")
    except SyntaxError as e:
        print(repr(c)[:30], "|", type(e).__name__, "|", e.msg, "|", e.lineno)

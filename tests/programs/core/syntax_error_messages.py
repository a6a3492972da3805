# Syntax errors worded as CPython 3.13's tokenizer and parser word them:
# brackets never closed, unmatched or mismatched, unterminated strings,
# and missing indented blocks naming the statement they follow.
cases = [
    "x = (\n",
    "f([1,\n",
    "x = [1, 2\ny = 3\n",
    "print(1))\n",
    "x = (1]\n",
    "x = (1,\n2]\n",
    "d = {1: 2\n\n\n",
    'x = """abc\n',
    'x = "abc\n',
    "def f(\n    a,\n",
    "x = = 1\n",
    "def f(:\n  pass\n",
    "foo(a b\n",
    "if x:\npass\n",
    "def f():\nreturn 1\n",
    "class A:\n\n# c\nx = 1\n",
    "async def f():\nawait x\n",
    "while 1:\n  pass\nelse:\nx\n",
    "with a:\nb\n",
    "try:\nx\n",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print("compiled?!", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "|", e.lineno, e.offset, "|", str(e))

# Syntax errors of async code and of yield/nonlocal misuse, with CPython's
# messages and locations.
cases = [
    "async def f():\n    yield from x\n",
    "async def f():\n    yield 1\n    return 2\n",
    "def f():\n    await x\n",
    "await x\n",
    "def f():\n    async for x in y: pass\n",
    "def f():\n    async with x: pass\n",
    "def f():\n    return [x async for x in y]\n",
    "async def f():\n    def g():\n        await x\n",
    "async def f():\n    lambda: await x\n",
    "class A:\n    await x\n",
    "async def f():\n    x = [await y for y in z]\n",
    "def f():\n    x = [await y for y in z]\n",
    "async def f():\n    yield\n    return\n",
    "async def f(): return (yield)\n",
    "def g():\n    yield from (x async for x in y)\n",
    "async def f():\n    nonlocal x\n",
    "def f():\n    x = 1\n    def g():\n        nonlocal y\n",
    "yield 1\n",
    "return\n",
    "def f():\n    x = yield = 1\n",
    "async lambda: 1\n",
]
for c in cases:
    try:
        compile(c, "<c>", "exec")
        print(repr(c)[:40], "compiled")
    except SyntaxError as e:
        print(repr(c)[:40], "|", type(e).__name__, "|", e.msg, "|", e.lineno, e.offset)

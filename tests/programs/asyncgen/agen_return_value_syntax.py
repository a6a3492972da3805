# "return value" in an async generator is a SyntaxError; bare return is
# fine; yield from is forbidden too.
for src in ("async def f():\n    yield 1\n    return 2\n",
            "async def f():\n    yield from []\n",
            "async def f():\n    yield 1\n    return\n"):
    try:
        compile(src, "<src>", "exec")
        print("compiles")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)

# Invalid assignment targets are SyntaxErrors with CPython's wording (compiled at run time).
for src in ("f() = 1", "1 = x", "a + 1 = 2", "True = 1", "(a := 1) = 2", "f() += 1", "del f()",
            "for f() in x: pass", "[a, f()] = 1, 2", "x: int = 1; (yield) = 2", "def f(:\n  pass",
            "return 5", "break", "nonlocal q", "async def f():\n    yield from []"):
    try:
        compile(src, "<src>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), "->", e.msg)

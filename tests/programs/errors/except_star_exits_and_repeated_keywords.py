# except* bodies cannot be left by break/continue/return; loops and functions inside them can.
try:
    raise ExceptionGroup("g", [ValueError()])
except* ValueError:
    for i in range(3):
        if i:
            break
        continue
    print("ok", i)
    def g():
        return 5
    print(g())
src = "for i in range(2):\n    try:\n        pass\n    except* ValueError:\n        continue\n"
for s in [src, "def f():\n    try:\n        pass\n    except* E:\n        return 1\n", "try:\n    pass\nexcept* E:\n    break\n", "f(x=1, x=2)", "class A(m=1, m=2): pass"]:
    try:
        compile(s, "<s>", "exec")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_offset)

# Reports of exception groups: boxes, width and depth limits, chains inside and around groups.
import traceback, asyncio
def raiser(i):
    raise ValueError(f"v{i}")
def collect(n):
    errs = []
    for i in range(n):
        try:
            raiser(i)
        except ValueError as e:
            errs.append(e)
    return errs
def show(e):
    print("".join(traceback.format_exception(e)).replace(__file__, "F"))
show(ExceptionGroup("wide", collect(17)))
g = ExceptionGroup("leaf", [KeyError(0)])
for d in range(12):
    g = ExceptionGroup(f"d{d}", [g])
show(g)
try:
    try:
        raise TypeError("first")
    except TypeError as t:
        raise ExceptionGroup("ctx", [ValueError("in group")]) from t
except ExceptionGroup as e:
    show(e)
try:
    try:
        raise OSError("inner ctx")
    except OSError:
        raise ExceptionGroup("eg", [RuntimeError("r")])
except ExceptionGroup as e:
    show(e)
def member_with_cause():
    try:
        raise KeyError("k")
    except KeyError as k:
        raise IndexError("idx") from k
try:
    member_with_cause()
except IndexError as e:
    show(BaseExceptionGroup("caused", [e, BaseExceptionGroup("base", [KeyboardInterrupt()])]))
raise ExceptionGroup("uncaught", [ValueError("x"), TypeError("y")])

# Exception chaining, groups (split/subgroup by type and by predicate, the
# sequence kept in args), except*, notes, OSError subclasses, custom
# exception classes.
import traceback, sys
def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e
try:
    f()
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
    print("".join(traceback.format_exception_only(type(e), e)).strip())
try:
    try:
        raise KeyError("k")
    except KeyError:
        raise RuntimeError("ctx")
except RuntimeError as e:
    print(repr(e.__context__))
eg = ExceptionGroup("grp", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3)])])
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(eg.subgroup(lambda e: isinstance(e, TypeError)))
try:
    raise eg
except* TypeError as t:
    print("T", t.exceptions)
except* ValueError as v:
    print("V", len(v.exceptions))
e = Exception("a", "b")
e.add_note("note1")
print(e.args, e.__notes__, str(e))
print(str(KeyError("x")), str(KeyError()), repr(OSError(2, "nf")), OSError(2, "nf").errno, str(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad")))
def gen():
    try:
        yield 1
    except GeneratorExit:
        print("closing")
        raise
g = gen(); next(g); g.close()
def deep(n):
    return deep(n + 1)
try:
    deep(0)
except RecursionError as e:
    print(type(e).__name__, str(e)[:40])
print(sys.exc_info())
try:
    raise StopIteration(5)
except StopIteration as s:
    print(s.value)
class MyErr(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise MyErr(7)
except MyErr as m:
    print(m, m.code, m.args)
try:
    assert 1 == 2, "math broke"
except AssertionError as a:
    print(a)
try:
    {}["missing"]
except LookupError as l:
    print(type(l).__name__, l)
eg2 = ExceptionGroup("g", (ValueError("a"), KeyError("b")))
print(repr(eg2), eg2.exceptions, eg2.split(lambda e: isinstance(e, KeyError)))
print(eg2.subgroup((KeyError, TypeError)), eg2.subgroup(lambda e: False))

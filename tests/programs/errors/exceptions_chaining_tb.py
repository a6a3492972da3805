import sys, traceback

def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("bad value") from e

try:
    f()
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)

try:
    try:
        {}["k"]
    except KeyError:
        raise TypeError("during")
except TypeError as e:
    print(repr(e.__context__), e.__cause__)

try:
    raise ValueError("x") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))

e = Exception("a", "b")
print(e.args, str(e), repr(e))
print(str(Exception()), repr(Exception("one")), str(KeyError("k")))
e.add_note("note 1")
print(e.__notes__)
try:
    raise e
except Exception as ex:
    print(ex.__traceback__.tb_lineno > 0, type(ex.__traceback__).__name__)

def handled():
    try:
        raise KeyError(1)
    except KeyError:
        return sys.exc_info()[0].__name__
print(handled(), sys.exc_info())

try:
    raise ExceptionGroup("grp", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as eg:
    print("values", eg.exceptions)
except* TypeError as eg:
    print("types", eg.exceptions)

class MyErr(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise MyErr(7)
except MyErr as m:
    print(m, m.code, m.args)

print(issubclass(KeyError, LookupError), KeyError.__mro__)
try:
    raise 5
except TypeError as t:
    print(t)
def outer():
    try:
        raise ValueError("inner")
    finally:
        print("finally runs")
try:
    outer()
except ValueError:
    print("".join(traceback.format_exception_only(*sys.exc_info()[:2])).strip())
raise MyErr(3) from KeyError("root")

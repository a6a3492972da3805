# Traceback entries underline the failing expression as CPython 3.13 does:
# operators, subscripts and calls are anchored; whole-line ranges are not.
import traceback


def report(fn):
    try:
        fn()
    except Exception:
        text = traceback.format_exc().replace(__file__, "FILE")
        print(text)


def binop():
    a, b = 1, 0
    return a / b + 1


def power():
    x = 2.0 ** 10000


def subscript():
    d = {"a": {"b": 1}}
    return d["a"]["missing"]


def nested_call():
    return int(str("x") + "y")


def whole_value_call():
    return int("z")


def assigned_call():
    v = int("w")


def attribute():
    return (1).nope


def plain_raise():
    raise ValueError("plain")


def failed_assert():
    assert 1 > 2, "not greater"


def method_call():
    return "s".index("q", 0)


for f in [binop, power, subscript, nested_call, whole_value_call, assigned_call,
          attribute, plain_raise, failed_assert, method_call]:
    report(f)

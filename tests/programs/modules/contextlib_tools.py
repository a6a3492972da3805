# contextlib: contextmanager, suppress, nullcontext, ExitStack, closing.
from contextlib import contextmanager, suppress, nullcontext, ExitStack, closing
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name
    finally:
        print(f"</{name}>")
with tag("a") as n:
    print("inside", n)
with suppress(KeyError):
    {}["k"]
print("suppressed")
with nullcontext(5) as v:
    print(v)
with ExitStack() as stack:
    for x in "xy":
        stack.enter_context(tag(x))
    stack.callback(print, "callback ran")
class R:
    def close(self): print("closed R")
with closing(R()):
    pass
try:
    with tag("err"):
        raise ValueError("inside tag")
except ValueError as e:
    print("ValueError:", e)

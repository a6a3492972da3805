# throw() with a class, an instance, a subclass caught by a base except,
# and an exception with a traceback kept.
def catcher():
    while True:
        try:
            yield
        except LookupError as e:
            print("caught", type(e).__name__, e.args)

g = catcher()
next(g)
g.throw(KeyError)
g.throw(IndexError("idx"))
g.throw(LookupError("base"))
try:
    g.throw(ValueError("not caught"))
except ValueError as e:
    print("escaped", e, e.__traceback__ is not None)
print(g.gi_frame)

def unstarted():
    print("never runs")
    yield
u = unstarted()
try:
    u.throw(RuntimeError("before start"))
except RuntimeError as e:
    print("thrown into unstarted:", e)
print(u.gi_frame)

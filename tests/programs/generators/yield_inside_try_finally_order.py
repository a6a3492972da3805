# The order of finally blocks and with-exits when a generator is closed
# from several nested levels.
class Ctx:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)

def inner():
    with Ctx("inner"):
        try:
            yield 1
        finally:
            print("inner finally")

def outer():
    with Ctx("outer"):
        try:
            yield from inner()
        finally:
            print("outer finally")

g = outer()
print(next(g))
g.close()
print("---")
g = outer()
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated", e)

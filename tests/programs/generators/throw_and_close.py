# throw() raises inside the generator at its yield; close() runs finally blocks.
def worker():
    try:
        while True:
            try:
                yield "ready"
            except ValueError as e:
                print("handled", e)
    finally:
        print("cleanup")

g = worker()
print(next(g))
print(g.throw(ValueError("bad")))
g.close()
print("closed", g.gi_frame is None)
g2 = worker()
next(g2)
try:
    g2.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
def fresh():
    yield 1
g3 = fresh()
try:
    g3.throw(RuntimeError("before start"))
except RuntimeError as e:
    print("unstarted:", e)
print(next(g3, "exhausted"))

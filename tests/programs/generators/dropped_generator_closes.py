# A suspended generator dropped by its last reference is closed at once: its finally runs.
def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        print("finally", tag)
for x in gen("loop"):
    print("got", x)
    break
print("after loop")
g = gen("del")
next(g)
del g
print("after del")
def f():
    h = gen("local")
    next(h)
    return "returned"
print(f())
g2 = gen("rebind")
next(g2)
g2 = None
print("end")

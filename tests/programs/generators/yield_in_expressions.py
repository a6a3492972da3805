# yield as an expression in various positions: arguments, conditions,
# augmented assignment, comprehension-free contexts.
def g():
    x = yield
    print("x", x)
    y = (yield x) + 1
    print("y", y)
    z = [(yield), (yield)]
    print("z", z)
    total = 0
    total += yield "add"
    print("total", total)
    if (yield "cond"):
        print("truthy")
    print(max((yield "a"), (yield "b")))

it = g()
next(it)
print(it.send(5))
print(it.send(10))
it.send("first"); it.send("second")
print(it.send(None) if False else "skip")

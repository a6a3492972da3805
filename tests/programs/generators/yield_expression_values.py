# yield as an expression in different positions.
def g():
    a = yield
    b = (yield a) + 1
    c = [(yield b), (yield "x")]
    yield c
it = g()
print(next(it), it.send(10), it.send(20), it.send("p"), it.send("q"))

# The first send must be None; sending to a finished generator raises
# StopIteration; next() after an exception inside is StopIteration.
def echo():
    while True:
        got = yield
        print("got", got)

e = echo()
try:
    e.send(1)
except TypeError as ex:
    print("TypeError:", ex)
e.send(None)
e.send("a")
e.send("b")
e.close()
try:
    e.send("after close")
except StopIteration:
    print("StopIteration after close")

def boom():
    yield 1
    raise KeyError("inside")
b = boom()
next(b)
try:
    next(b)
except KeyError as ex:
    print("KeyError", ex)
try:
    next(b)
except StopIteration:
    print("then StopIteration")

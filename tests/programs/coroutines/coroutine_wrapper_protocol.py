# coroutine.__await__() wrappers: iterating by hand, send/throw/close
# through the wrapper, and the wrapper's type.
class Pause:
    def __await__(self):
        got = yield "pause"
        return got

async def co():
    a = await Pause()
    b = await Pause()
    return (a, b)

c = co()
w = c.__await__()
print(type(w).__name__, iter(w) is w)
print(next(w))
print(w.send("first"))
try:
    w.send("second")
except StopIteration as e:
    print("result", e.value)

c2 = co()
w2 = c2.__await__()
next(w2)
try:
    w2.throw(ValueError("thrown through the wrapper"))
except ValueError as e:
    print("ValueError:", e)
c3 = co()
w3 = c3.__await__()
next(w3)
w3.close()
print(c3.cr_frame)
try:
    next(co().__await__().__next__.__self__)
except TypeError as e:
    print("TypeError", e)

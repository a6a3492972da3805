# Driving asend() awaitables by hand: the value sent in arrives at the
# yield, values yielded out come back through StopIteration.value, and an
# awaitable inside passes its own yields through.
class Pause:
    def __await__(self):
        r = yield "paused"
        return r

async def acc():
    total = 0
    while True:
        x = yield total
        extra = await Pause()
        total += x + (extra or 0)

g = acc()
try:
    g.asend(None).send(None)
except StopIteration as e:
    print("first yield", e.value)
aw = g.asend(5)
print(aw.send(None))
try:
    aw.send(100)
except StopIteration as e:
    print("after asend(5) + 100:", e.value)
aw = g.asend(1)
print(next(aw))
try:
    aw.send(None)
except StopIteration as e:
    print("after asend(1):", e.value)
print(type(aw).__name__, aw.__await__() is aw if hasattr(aw, "__await__") else None)

# A finished asend/athrow awaitable cannot be reused.
async def agen():
    yield 1

g = agen()
aw = g.__anext__()
try:
    aw.send(None)
except StopIteration:
    pass
try:
    aw.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
c = g.aclose()
try:
    c.send(None)
except StopIteration:
    pass
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

# Async generators are not sync iterables.
async def agen():
    yield 1
g = agen()
for f in (lambda: list(g), lambda: next(g)):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
g.aclose().close()

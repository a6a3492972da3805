# Driving an async generator by hand: __anext__() awaitables and StopIteration values.
async def agen():
    yield 1
    yield 2

g = agen()
for _ in range(3):
    aw = g.__anext__()
    try:
        aw.send(None)
    except StopIteration as e:
        print("value", e.value)
    except StopAsyncIteration:
        print("exhausted")
print(type(g.__anext__()).__name__, type(g.aclose()).__name__)

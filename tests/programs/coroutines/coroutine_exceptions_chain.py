# Exceptions through chains of awaits keep __context__ and __cause__, and
# tracebacks name every coroutine.
import traceback

class Pause:
    def __await__(self):
        yield

async def low():
    await Pause()
    raise KeyError("low")

async def mid():
    try:
        await low()
    except KeyError as e:
        raise RuntimeError("mid") from e

async def top():
    await mid()

c = top()
c.send(None)
try:
    c.send(None)
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
    print([f.name for f in traceback.extract_tb(e.__traceback__)])

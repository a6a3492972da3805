# athrow into an async generator: handled and yielding again, handled
# and returning, re-raised; aclose with await in finally.
def step(aw):
    try:
        return ("yield", aw.send(None))
    except StopIteration as e:
        return ("stop", e.value)
    except BaseException as e:
        return ("raise", type(e).__name__)

class Nap:
    def __await__(self):
        yield "nap"

async def agen():
    while True:
        try:
            yield "value"
        except ValueError:
            yield "handled ValueError"
        except KeyError:
            return
        finally:
            await Nap()

g = agen()
print(step(g.__anext__()))
aw = g.athrow(ValueError)
print(step(aw))
print(step(aw))
print(step(g.__anext__()))
aw = g.athrow(KeyError)
print(step(aw), step(aw))
print(step(g.__anext__()))

h = agen()
print(step(h.__anext__()))
c = h.aclose()
print(step(c), step(c))
print(h.ag_frame)

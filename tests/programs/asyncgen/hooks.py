# sys.set_asyncgen_hooks: firstiter runs on first iteration.
import sys
seen = []
def firstiter(agen):
    seen.append(agen.__name__)
async def agen():
    yield 1
old = sys.get_asyncgen_hooks()
sys.set_asyncgen_hooks(firstiter=firstiter)
g = agen()
print(seen)
try:
    g.__anext__().send(None)
except StopIteration as e:
    print("first value", e.value)
print(seen)
sys.set_asyncgen_hooks(*old)
print(sys.get_asyncgen_hooks().firstiter is None)
g.aclose().close()

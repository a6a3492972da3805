# sys.set_asyncgen_hooks: firstiter sees each async generator on its first
# iteration; the finalizer hook gets generators dropped unfinished.
import sys, gc

seen = []
def firstiter(agen):
    seen.append(("first", agen.__name__))
def finalizer(agen):
    seen.append(("finalize", agen.__name__))
    try:
        agen.aclose().send(None)
    except StopIteration:
        pass

old = sys.get_asyncgen_hooks()
sys.set_asyncgen_hooks(firstiter=firstiter, finalizer=finalizer)

async def numbers():
    try:
        yield 1
        yield 2
    finally:
        seen.append(("finally", "numbers"))

g = numbers()
try:
    g.__anext__().send(None)
except StopIteration as e:
    print("got", e.value)
del g
gc.collect()
print(seen)
sys.set_asyncgen_hooks(*old)
print(sys.get_asyncgen_hooks() == old)
try:
    sys.set_asyncgen_hooks(firstiter=42)
except TypeError as e:
    print("TypeError:", e)

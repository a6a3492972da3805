import sys, asyncio

async def ticker():
    try:
        for i in range(10):
            yield i
    finally:
        print("ticker finally")

calls = []
def firstiter(agen):
    calls.append(("first", agen.__name__))
def finalizer(agen):
    calls.append(("final", agen.__name__))
    try:
        agen.aclose().send(None)
    except StopIteration:
        calls.append(("closed", agen.__name__))

old = sys.get_asyncgen_hooks()
sys.set_asyncgen_hooks(firstiter=firstiter, finalizer=finalizer)
g = ticker()
try:
    g.__anext__().send(None)
except StopIteration as e:
    print("value", e.value)
del g
print(calls)
sys.set_asyncgen_hooks(*old)

async def main():
    async def agen():
        try:
            yield 1
            yield 2
        finally:
            await asyncio.sleep(0)
            print("agen cleanup ran on the loop")
    async for v in agen():
        break
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("main done")

asyncio.run(main())

# PEP 479 in its forms: StopIteration raised directly, leaking from
# next() on an exhausted iterator, inside yield from, in async generators.
import asyncio

def direct():
    yield 1
    raise StopIteration("direct")

def leaky():
    it = iter([])
    yield next(it)

def via_yield_from():
    yield from direct()

for f in (direct, leaky, via_yield_from):
    try:
        print(list(f()))
    except RuntimeError as e:
        print(f.__name__, "RuntimeError:", e, "| cause:", repr(e.__cause__))

async def agen():
    yield 1
    raise StopIteration("in agen")

async def main():
    try:
        async for x in agen():
            print("agen item", x)
    except RuntimeError as e:
        print("agen RuntimeError:", e)

asyncio.run(main())

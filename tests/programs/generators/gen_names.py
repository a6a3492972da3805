# Generator, coroutine and async generator names: from the function (even
# renamed), assignable, shown in reprs and in the never-awaited warning.
import asyncio, gc

def gen():
    yield 1

g = gen()
print(g.__name__, g.__qualname__, repr(g).split(" at ")[0])
gen.__name__ = "renamed"
gen.__qualname__ = "Outer.renamed"
g2 = gen()
print(g2.__name__, g2.__qualname__, repr(g2).split(" at ")[0], g2.gi_code.co_name)
g2.__name__ = "assigned"
print(g2.__name__, g2.__qualname__)
try:
    g2.__name__ = 5
except TypeError as e:
    print("TypeError:", e)

class K:
    async def coro(self):
        return 1
    async def agen(self):
        yield 1

c = K().coro()
print(c.__name__, c.__qualname__)
c.close()
a = K().agen()
print(a.__name__, a.__qualname__, repr(a).split(" at ")[0])

async def main():
    async def inner():
        try:
            yield 1
            yield 2
        finally:
            print("inner finalized")
    it = inner()
    print(await anext(it))
    del it
    gc.collect()
    await asyncio.sleep(0)

asyncio.run(main())

async def never():
    pass

never.__qualname__ = "custom_never"
x = never()
del x
gc.collect()
print("end")

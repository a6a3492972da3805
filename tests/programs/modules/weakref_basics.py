import weakref, gc
class C: pass
c = C()
r = weakref.ref(c)
print(r() is c)
del c
print(r())
try:
    weakref.ref(5)
except TypeError as e:
    print(e)
s = weakref.WeakSet()
a, b = C(), C()
s.add(a); s.add(b)
print(len(s), a in s)
del a
print(len(s))
import asyncio
async def many():
    async def ag():
        try:
            yield 1
        finally:
            pass
    for i in range(20000):
        async for v in ag():
            break
    await asyncio.sleep(0)
    print(len(asyncio.get_running_loop()._asyncgens) < 200)
asyncio.run(many())

# Reprs and type names of generator machinery objects.
import types
def g(): yield
async def c(): pass
async def a(): yield
gi, co, ag = g(), c(), a()
for obj in (gi, co, ag):
    r = repr(obj)
    print(type(obj).__name__, r.split(" at ")[0])
print(repr(co.__await__()).split(" at ")[0])
print(repr(ag.__anext__()).split(" at ")[0], repr(ag.athrow(ValueError)).split(" at ")[0])
print(type(gi) is types.GeneratorType, type(co) is types.CoroutineType, type(ag) is types.AsyncGeneratorType)
print(g.__code__.co_flags & 0x20 != 0, c.__code__.co_flags & 0x80 != 0, a.__code__.co_flags & 0x200 != 0)
co.close()

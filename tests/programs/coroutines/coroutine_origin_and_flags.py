# Code flags and inspect predicates across function kinds.
import inspect

def f(): pass
def g(): yield
async def c(): pass
async def a(): yield

for fn in (f, g, c, a):
    print(fn.__name__, inspect.isgeneratorfunction(fn), inspect.iscoroutinefunction(fn),
          inspect.isasyncgenfunction(fn))
objs = [g(), c(), a()]
for o in objs:
    print(type(o).__name__, inspect.isgenerator(o), inspect.iscoroutine(o), inspect.isasyncgen(o),
          inspect.isawaitable(o))
objs[1].close()
print(inspect.getgeneratorstate(g()), inspect.getcoroutinestate(c()) if False else "")
gen = g()
next(gen)
print(inspect.getgeneratorstate(gen))
gen.close()
print(inspect.getgeneratorstate(gen))
co = c()
print(inspect.getcoroutinestate(co))
co.close()
print(inspect.getcoroutinestate(co))

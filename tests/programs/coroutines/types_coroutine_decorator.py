# @types.coroutine generator-based coroutines awaited from async code;
# iterable coroutines and their flags.
import types, inspect

@types.coroutine
def legacy(x):
    v = yield ("legacy yields", x)
    return v * 2

async def modern():
    r = await legacy(21)
    return r + 1

m = modern()
print(m.send(None))
try:
    m.send(10)
except StopIteration as e:
    print("result", e.value)

print(inspect.isgeneratorfunction(legacy), inspect.iscoroutinefunction(legacy))
print(inspect.isawaitable(legacy(1)))

def plain():
    yield
try:
    async def bad():
        await plain()
    bad().send(None)
except TypeError as e:
    print("TypeError:", e)

@types.coroutine
def not_generator():
    return 5
print(not_generator())

async def nested():
    async def leaf():
        return "leaf"
    return await leaf()
n = nested()
try:
    n.send(None)
except StopIteration as e:
    print(e.value)

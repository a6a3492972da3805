# Generators, coroutines, async generators, their awaitables, futures,
# tasks, loops and asyncio primitives, each method called with odd
# arguments (exception types and instances, wrong counts) outside a
# running loop. Whatever each call raises is fine; the interpreter must
# never panic, abort or hang.
from calling import call_attributes
import asyncio, types, contextvars, sys, gc
argsets = [(), (0,), (None,), (ValueError,), (ValueError("x"),), (ValueError, ValueError("y"), None), ("a", 1), (StopIteration,), (GeneratorExit,), (KeyboardInterrupt,), (1, 2, 3, 4)]
def gen():
    yield 1
    yield 2
async def coro():
    await asyncio.sleep(0)
    return 5
async def agen():
    yield 1
    await asyncio.sleep(0)
    yield 2
@types.coroutine
def gcoro():
    yield
def makers():
    loop = asyncio.new_event_loop()
    yield gen()
    g = gen(); next(g); yield g
    c = coro(); yield c
    a = agen(); yield a
    yield agen().asend(None)
    yield agen().athrow(ValueError)
    yield agen().aclose()
    yield gcoro()
    yield loop.create_future()
    f = loop.create_future(); f.set_result(1); yield f
    yield asyncio.Event()
    yield asyncio.Lock()
    yield asyncio.Queue()
    yield asyncio.Semaphore(1)
    yield asyncio.Condition()
    yield loop
    try:
        t = loop.create_task(coro())
    except RuntimeError:
        t = None
    yield t
    yield asyncio.Runner()
    yield contextvars.ContextVar("v")
    yield contextvars.copy_context()
    loop.close()
SKIP = ("__del__", "__init__", "__new__", "__init_subclass__", "__class__", "__setattr__", "__delattr__", "run_forever", "run_until_complete", "run", "__enter__", "__exit__", "__aenter__", "__aexit__")


def close_coroutine(r):
    if isinstance(r, types.CoroutineType):
        r.close()


n = 0
for o in makers():
    n += call_attributes(o, [(a, {}) for a in argsets], lambda name: (not name.startswith("_") or name.endswith("__")) and name not in SKIP, after=close_coroutine)
gc.collect()
print("done", n > 100)

# What a Task does with what its coroutine yields: a bare value, a future
# yielded without "yield from", itself; early cancellation, a Task subclass
# through set_task_factory, an explicit context, exceptions never retrieved.
import asyncio, contextvars, types

var = contextvars.ContextVar("var", default="unset")

class CountingLoop(asyncio.SelectorEventLoop if hasattr(asyncio, "SelectorEventLoop") else object):
    pass

async def child(n):
    var.set(f"child{n}")
    await asyncio.sleep(0)
    return var.get()

class MyTask(asyncio.Task):
    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(coro, loop=loop, name="my-" + (name or "x"))
        self.extra = 1

@types.coroutine
def bad_yield():
    yield 42

@types.coroutine
def plain_yield_future(f):
    yield f

async def main():
    loop = asyncio.get_running_loop()
    var.set("main")
    r = await asyncio.gather(child(1), child(2))
    print(r, var.get())
    def boom(fut):
        raise ValueError("in callback")
    loop.set_exception_handler(lambda l, ctx: print("handler:", ctx["message"][:40], type(ctx.get("exception")).__name__))
    f = loop.create_future()
    f.add_done_callback(boom)
    f.set_result(1)
    await asyncio.sleep(0)
    t = asyncio.ensure_future(bad_yield())
    try:
        await t
    except RuntimeError as e:
        print("RuntimeError:", e)
    g = loop.create_future()
    t = asyncio.ensure_future(plain_yield_future(g))
    try:
        await t
    except RuntimeError as e:
        print("RuntimeError:", str(e)[:60])
    async def selfawait():
        await asyncio.sleep(0)
        await me
    me = asyncio.ensure_future(selfawait())
    try:
        await me
    except RuntimeError as e:
        print("RuntimeError:", str(e)[:40])
    t = asyncio.create_task(child(3))
    t.cancel("early")
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancelled early", e.args)
    mt = MyTask(child(4), loop=loop)
    print(await mt, mt.get_name(), mt.extra, type(mt).__mro__[1].__name__)
    loop.set_task_factory(lambda loop, coro, **kw: MyTask(coro, loop=loop, **kw)) if hasattr(loop, "set_task_factory") else None
    ctx = contextvars.copy_context()
    t = asyncio.create_task(child(5), context=ctx)
    print(await t, ctx[var])
    print(asyncio.current_task() is not None, asyncio.current_task().get_name())
    async def raiser():
        raise KeyError("kk")
    t = asyncio.create_task(raiser())
    await asyncio.sleep(0)
    print(t.done(), repr(t.exception()))
    t2 = asyncio.create_task(raiser())
    await asyncio.sleep(0)
    del t2

asyncio.run(main())
print("done")

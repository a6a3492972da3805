# Callbacks from call_soon, call_later and add_done_callback run in a copy
# of the context current when they were scheduled (a task's own), or in
# the context given.
import asyncio, contextvars
var = contextvars.ContextVar("var", default="default")
seen = []
def cb(tag):
    seen.append((tag, var.get()))
def done(fut):
    seen.append(("done", var.get()))
async def worker(name):
    var.set(name)
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, "soon-" + name)
    loop.call_later(0.001, cb, "later-" + name)
    f = loop.create_future()
    f.add_done_callback(done)
    f.set_result(None)
    ctx = contextvars.Context()
    loop.call_soon(cb, "explicit-" + name, context=ctx)
    await asyncio.sleep(0.01)
async def main():
    var.set("main")
    await asyncio.gather(worker("a"), worker("b"))
    print(seen)
    print(var.get())
    h = asyncio.get_running_loop().call_soon(cb, "x")
    print(h.get_context()[var])
    await asyncio.sleep(0)
asyncio.run(main())

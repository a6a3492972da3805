# contextvars: each task runs in a copy of the context current when it
# was created; changes inside a task stay there; Context.run.
import asyncio, contextvars

request = contextvars.ContextVar("request", default="none")

async def handler(name):
    print(name, "sees", request.get())
    request.set(name)
    await asyncio.sleep(0)
    print(name, "after sleep sees", request.get())

async def main():
    request.set("main")
    t1 = asyncio.create_task(handler("t1"))
    request.set("changed")
    t2 = asyncio.create_task(handler("t2"))
    await asyncio.gather(t1, t2)
    print("main still sees", request.get())
    ctx = contextvars.copy_context()
    print(ctx[request], request in ctx)
    def in_ctx():
        request.set("inside run")
        return request.get()
    print(ctx.run(in_ctx), request.get(), ctx[request])
    token = request.set("temp")
    request.reset(token)
    print(request.get())
    loop = asyncio.get_running_loop()
    seen = []
    ctx2 = contextvars.copy_context()
    ctx2.run(request.set, "for callback")
    loop.call_soon(lambda: seen.append(request.get()), context=ctx2)
    await asyncio.sleep(0)
    print(seen)
    t3 = asyncio.create_task(handler("t3"), context=ctx2)
    await t3

asyncio.run(main())

# A pending task that nothing references any more (it waits on a future
# nobody will complete) is collected and reported as CPython does; tasks
# leave all_tasks() when they die.
import asyncio, gc, weakref

async def forever():
    await asyncio.get_running_loop().create_future()

async def main():
    loop = asyncio.get_running_loop()
    reports = []
    loop.set_exception_handler(lambda lp, ctx: reports.append(
        (ctx["message"], type(ctx.get("task")).__name__, ctx["task"].get_name())))
    t = asyncio.create_task(forever(), name="abandoned")
    await asyncio.sleep(0)
    print(len(asyncio.all_tasks()))
    w = weakref.ref(t)
    del t
    gc.collect()
    await asyncio.sleep(0)
    print(w() is None, reports)
    print(len(asyncio.all_tasks()))

asyncio.run(main())

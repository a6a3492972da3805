# Done callbacks on tasks run after the task finishes, before awaiters
# resume? The order of callbacks and awaiting coroutines, as CPython.
import asyncio

async def work():
    await asyncio.sleep(0)
    return "w"

async def main():
    log = []
    t = asyncio.create_task(work())
    t.add_done_callback(lambda f: log.append(("cb1", f.result())))
    async def waiter():
        r = await t
        log.append(("waiter", r))
    w = asyncio.create_task(waiter())
    t.add_done_callback(lambda f: log.append(("cb2", f.result())))
    await w
    print(log)
    print(t.remove_done_callback(print))
    c = asyncio.create_task(work())
    c.add_done_callback(lambda f: log.append(("cancelled cb", f.cancelled())))
    c.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(log[-1])

asyncio.run(main())

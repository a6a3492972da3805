# Task._log_destroy_pending: set to False, a task collected while pending
# is not reported; by default it is.
import asyncio, gc
async def forever():
    await asyncio.get_running_loop().create_future()
async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(lambda l, c: print("reported:", c["message"]))
    t = asyncio.create_task(forever())
    print(t._log_destroy_pending)
    t._log_destroy_pending = False
    await asyncio.sleep(0)
    del t
    gc.collect()
    await asyncio.sleep(0)
    t2 = asyncio.create_task(forever())
    await asyncio.sleep(0)
    del t2
    gc.collect()
    await asyncio.sleep(0)
    print("done")
asyncio.run(main())

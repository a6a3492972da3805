# Awaiting futures: results arrive through the loop, in order; a future
# resolved by call_soon/call_later wakes its awaiters.
import asyncio

async def waiter(name, fut):
    print(name, "waiting")
    v = await fut
    print(name, "got", v)
    return v

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t1 = asyncio.create_task(waiter("w1", fut))
    t2 = asyncio.create_task(waiter("w2", fut))
    await asyncio.sleep(0)
    loop.call_soon(fut.set_result, "hello")
    print(await asyncio.gather(t1, t2))

    late = loop.create_future()
    loop.call_later(0.01, late.set_result, "late")
    print(await late)

    bad = loop.create_future()
    loop.call_soon(bad.set_exception, RuntimeError("boom"))
    try:
        await bad
    except RuntimeError as e:
        print("caught", e)

    done = loop.create_future()
    done.set_result(7)
    print(await done, await done)
    print(list(iter(done.__await__())) if False else "ok")

asyncio.run(main())

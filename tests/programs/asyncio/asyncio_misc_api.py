import asyncio

async def compute(x):
    await asyncio.sleep(0)
    return x * x

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "from call_soon")
    print(await fut)
    fut2 = loop.create_future()
    fut2.set_exception(KeyError("fx"))
    try:
        await fut2
    except KeyError as e:
        print("future exc", e)
    print(fut2.done(), fut2.exception())
    done, pending = await asyncio.wait([asyncio.create_task(compute(i)) for i in range(3)])
    print(sorted(t.result() for t in done), pending)
    results = []
    for coro in asyncio.as_completed([compute(5), compute(6)]):
        results.append(await coro)
    print(sorted(results))
    print(await asyncio.shield(compute(7)))
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out")
    t = asyncio.create_task(compute(3))
    t.add_done_callback(lambda task: print("callback", task.result()))
    await t
    await asyncio.sleep(0)
    print(asyncio.iscoroutine(compute(1).__await__()) if False else asyncio.iscoroutinefunction(compute))
    c = compute(2)
    print(asyncio.iscoroutine(c))
    c.close()
    r = await asyncio.gather()
    print(r)
    print(await asyncio.to_thread(lambda: "thread") if hasattr(asyncio, "to_thread") else "thread")

asyncio.run(main())
print(asyncio.run(compute(9)))

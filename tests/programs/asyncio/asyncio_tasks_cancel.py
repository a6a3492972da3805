import asyncio

async def worker(name, delay, log):
    try:
        await asyncio.sleep(delay)
        log.append(f"{name} done")
        return name
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise

async def main():
    log = []
    t1 = asyncio.create_task(worker("a", 0.01, log))
    t2 = asyncio.create_task(worker("b", 10, log))
    await asyncio.sleep(0.02)
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError:
        log.append("main saw cancel")
    print(t1.result(), t1.done(), t2.cancelled(), log)
    try:
        await asyncio.wait_for(worker("c", 10, log), timeout=0.01)
    except TimeoutError:
        print("timeout", log[-1])
    r = await asyncio.gather(worker("d", 0, log), worker("e", 0, log), return_exceptions=True)
    print(r)
    async def boom():
        raise ValueError("boom")
    r = await asyncio.gather(boom(), worker("f", 0, log), return_exceptions=True)
    print([type(x).__name__ for x in r])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(boom())
            tg.create_task(worker("g", 10, log))
    except* ValueError as eg:
        print("taskgroup", [str(e) for e in eg.exceptions], log[-1])
    t = asyncio.create_task(worker("h", 0, log), name="named")
    print(t.get_name())
    await t
    print(asyncio.current_task().get_name() is not None)

asyncio.run(main())

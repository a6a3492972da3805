# Nested TaskGroups, a TaskGroup whose parent task is cancelled from
# outside, and tasks added while the group is running.
import asyncio

async def leaf(name, delay, log):
    try:
        await asyncio.sleep(delay)
        log.append(f"{name} done")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise

async def group(log):
    async with asyncio.TaskGroup() as outer:
        outer.create_task(leaf("o1", 0.06, log))
        async with asyncio.TaskGroup() as inner:
            inner.create_task(leaf("i1", 0.02, log))
            t = inner.create_task(leaf("i2", 0.0, log))
        log.append(f"inner finished, i2 done: {t.done()}")
        outer.create_task(leaf("o2", 0.0, log))

async def long_group(log):
    async with asyncio.TaskGroup() as tg:
        tg.create_task(leaf("a", 1, log))
        tg.create_task(leaf("b", 1, log))

async def main():
    log = []
    await group(log)
    print(log)
    log = []
    t = asyncio.create_task(long_group(log))
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("group task cancelled:", sorted(log))

asyncio.run(main())

# TaskGroup collects failures into an ExceptionGroup and cancels siblings.
import asyncio
async def ok():
    await asyncio.sleep(0.01)
    return 1
async def bad(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)
async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(ok())
        t2 = tg.create_task(ok())
    print(t1.result() + t2.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad("one"))
            tg.create_task(ok())
    except* ValueError as eg:
        print("caught", [str(e) for e in eg.exceptions])
asyncio.run(main())

# Task names, coroutines, current_task/all_tasks.
import asyncio

async def child():
    await asyncio.sleep(0)
    return asyncio.current_task().get_name()

async def main():
    t = asyncio.current_task()
    print(type(t).__name__, t.get_name().startswith("Task-"))
    c = asyncio.create_task(child(), name="worker")
    print(c.get_name(), c.done())
    c.set_name("renamed")
    print(await c)
    d = asyncio.create_task(child(), name=123)
    print(repr(d.get_name()))
    await d
    print(d.get_coro().__name__ if d.get_coro() is not None else None)
    e = asyncio.create_task(child())
    tasks = asyncio.all_tasks()
    print(len(tasks) >= 2, t in tasks, e in tasks)
    await e
    print(e in asyncio.all_tasks())
    print(asyncio.current_task() is t)

asyncio.run(main())

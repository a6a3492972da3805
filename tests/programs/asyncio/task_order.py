# Tasks run in creation order; sleep(0) yields to the others.
import asyncio
async def worker(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
async def main():
    t1 = asyncio.create_task(worker("A", 3))
    t2 = asyncio.create_task(worker("B", 2))
    print("created", t1.get_name().startswith("Task-"), t1.done())
    await t1
    await t2
    print(t1.done(), t1.result())
asyncio.run(main())

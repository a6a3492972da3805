# The first ContextVar made inside a task: the task gets a context of its own
# at that moment, so the value it sets stays out of the main context.
import asyncio, contextvars
async def child(n):
    v = contextvars.ContextVar(f"v{n}") if n == 0 else None
    await asyncio.sleep(0)
    return n
async def late(var_holder):
    var = contextvars.ContextVar("late")
    var_holder.append(var)
    var.set("set in task")
    await asyncio.sleep(0)
    return var.get()
async def main():
    holder = []
    t = asyncio.create_task(late(holder))
    other = asyncio.create_task(child(1))
    print(await t, await other)
    print(holder[0].get("unset in main"))
    print(type(asyncio.current_task().get_context()).__name__)
asyncio.run(main())

# An agent-style program: a planner streams steps from an async
# generator, tools run concurrently under a semaphore with timeouts, and
# results are collected in order.
import asyncio

TOOLS = {"search": 0.004, "fetch": 0.002, "slow": 0.5, "math": 0.0}

async def call_tool(name, arg, limit):
    async with limit:
        await asyncio.sleep(TOOLS[name])
        if name == "math":
            return sum(arg)
        return f"{name}({arg})"

async def plan():
    for step in [("search", "rust"), ("fetch", "docs"), ("math", [1, 2, 3]), ("slow", "never")]:
        yield step
        await asyncio.sleep(0)

async def main():
    limit = asyncio.Semaphore(2)
    jobs = []
    async for name, arg in plan():
        jobs.append(asyncio.create_task(asyncio.wait_for(call_tool(name, arg, limit), 0.05), name=name))
    results = await asyncio.gather(*jobs, return_exceptions=True)
    for job, r in zip(jobs, results):
        print(job.get_name(), "->", type(r).__name__ if isinstance(r, BaseException) else r)

asyncio.run(main())

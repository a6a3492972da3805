# ag_running, ag_await, ag_suspended, ag_code and names of async generators.
import asyncio
import inspect
async def agen():
    await asyncio.sleep(0)
    yield 1

async def main():
    g = agen()
    print(g.__name__, g.__qualname__, g.ag_code.co_name, inspect.getasyncgenstate(g))
    print(g.ag_running, g.ag_await, g.ag_suspended)
    print(await anext(g), inspect.getasyncgenstate(g), g.ag_suspended)
    await g.aclose()
    print(inspect.getasyncgenstate(g), g.ag_frame)
    print(inspect.isasyncgen(g), inspect.isasyncgenfunction(agen), inspect.iscoroutinefunction(agen))
asyncio.run(main())

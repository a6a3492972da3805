import asyncio
async def fail():
    raise ValueError("nobody looks at me")
async def main():
    t = asyncio.create_task(fail())
    await asyncio.sleep(0.01)
    print("task done:", t.done())
    del t
    await asyncio.sleep(0)
    print("end")
asyncio.run(main())

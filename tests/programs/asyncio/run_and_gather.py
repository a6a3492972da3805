# asyncio.run, gather ordering, return_exceptions.
import asyncio
async def job(name, delay):
    await asyncio.sleep(delay)
    print("done", name)
    return name.upper()
async def fail():
    await asyncio.sleep(0)
    raise ValueError("job failed")
async def main():
    print(await asyncio.gather(job("a", 0.02), job("b", 0.01), job("c", 0)))
    print(await asyncio.gather(fail(), job("d", 0), return_exceptions=True))
    try:
        await asyncio.gather(fail(), job("e", 0.01))
    except ValueError as e:
        print("ValueError:", e)
print(asyncio.run(main()))

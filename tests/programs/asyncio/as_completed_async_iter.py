# asyncio.as_completed in 3.13: plain iteration yields awaitables in
# completion order.
import asyncio

async def job(name, delay):
    await asyncio.sleep(delay)
    return name

async def main():
    results = []
    for aw in asyncio.as_completed([job("slow", 0.2), job("fast", 0.0), job("mid", 0.1)]):
        results.append(await aw)
    print(results)
    tasks = [asyncio.create_task(job(f"t{i}", 0.05 * (3 - i))) for i in range(3)]
    print([await aw for aw in asyncio.as_completed(tasks)])
    try:
        for aw in asyncio.as_completed([]):
            pass
        print("empty ok")
    except Exception as e:
        print(type(e).__name__, e)

asyncio.run(main())

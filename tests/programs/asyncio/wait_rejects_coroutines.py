# asyncio.wait in 3.13 refuses bare coroutines and empty sets, accepts
# futures and tasks, and leaves pending ones running.
import asyncio

async def job(x):
    await asyncio.sleep(0.001 * x)
    return x

async def main():
    c = job(1)
    try:
        await asyncio.wait([c])
    except TypeError as e:
        print("TypeError:", e)
    c.close()
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_later(0.005, f.set_result, "future result")
    t = asyncio.create_task(job(1))
    done, pending = await asyncio.wait({f, t})
    print(sorted(str(d.result()) for d in done), pending)
    slow = asyncio.create_task(job(50))
    done, pending = await asyncio.wait([slow], timeout=0.001)
    print(len(done), len(pending), slow.done())
    slow.cancel()
    try:
        await asyncio.wait(set())
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())

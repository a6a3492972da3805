# asyncio.wait in its three return_when modes and with a timeout.
import asyncio

async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise KeyError(name)
    return name

def names(tasks):
    return sorted(t.get_name() for t in tasks)

async def main():
    def make():
        return [asyncio.create_task(job("fast", 0.05), name="fast"),
                asyncio.create_task(job("bad", 0.15, True), name="bad"),
                asyncio.create_task(job("slow", 0.4), name="slow")]
    ts = make()
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print("FIRST_COMPLETED", names(done), names(pending))
    done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_EXCEPTION)
    print("FIRST_EXCEPTION", names(done), names(pending))
    done, pending = await asyncio.wait(pending)
    print("ALL_COMPLETED", names(done), names(pending))
    ts = make()
    done, pending = await asyncio.wait(ts, timeout=0.1)
    print("timeout", names(done), names(pending))
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)
    for t in ts:
        if not t.cancelled() and t.exception() is not None:
            print("exception:", repr(t.exception()))
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.wait(ts, return_when="sometimes")
    except ValueError as e:
        print("ValueError:", e)
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)

asyncio.run(main())

# wait_for and asyncio.timeout: expiry raises TimeoutError and cancels
# the work; in time, the result comes through; reschedule and expired().
import asyncio

async def work(delay, log):
    try:
        await asyncio.sleep(delay)
        return "done"
    except asyncio.CancelledError:
        log.append("work cancelled")
        raise

async def main():
    log = []
    print(await asyncio.wait_for(work(0.01, log), timeout=1))
    try:
        await asyncio.wait_for(work(1, log), timeout=0.01)
    except TimeoutError as e:
        print("TimeoutError", type(e).__name__, isinstance(e, asyncio.TimeoutError))
    print(log)
    print(await asyncio.wait_for(work(0, log), timeout=None))
    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout expired:", cm.expired())
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.01)
    print("in time, expired:", cm.expired())
    async with asyncio.timeout(None) as cm:
        print("when:", cm.when())
        cm.reschedule(asyncio.get_running_loop().time() + 0.01)
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("cancelled inside, will become TimeoutError")
            raise
    print("unreachable")

try:
    asyncio.run(main())
except TimeoutError:
    print("TimeoutError escaped asyncio.run")

# timeout_at with absolute deadlines, reschedule before and after
# expiry, nested timeouts (the inner one fires), when().
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout_at fired")
    async with asyncio.timeout(0.01) as cm:
        cm.reschedule(None)
        await asyncio.sleep(0.02)
    print("rescheduled to never:", cm.when(), cm.expired())
    try:
        async with asyncio.timeout(1):
            async with asyncio.timeout(0.01) as inner:
                await asyncio.sleep(1)
    except TimeoutError:
        print("outer caught the inner timeout, inner expired:", inner.expired())
    async with asyncio.timeout(1) as outer:
        try:
            async with asyncio.timeout(0.01):
                await asyncio.sleep(1)
        except TimeoutError:
            print("inner handled; outer expired:", outer.expired())
    try:
        async with asyncio.timeout(-1):
            await asyncio.sleep(0)
    except TimeoutError:
        print("negative delay expires at once")
    print(repr(asyncio.timeout(None)).startswith("<Timeout [created]"))

asyncio.run(main())

async def states():
    cm = asyncio.timeout(10)
    print(repr(cm))
    async with cm:
        print(repr(cm).startswith("<Timeout [active] when="))
    print(repr(cm))
    cm2 = asyncio.timeout(0)
    try:
        async with cm2:
            await asyncio.sleep(1)
    except TimeoutError:
        print(repr(cm2))
    try:
        async with cm:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(states())

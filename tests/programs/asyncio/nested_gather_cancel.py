# Cancelling an outer gather cancels nested gathers and their children;
# exceptions returned as values stay values.
import asyncio

async def leaf(name, log):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append(name)
        raise

async def returns_error():
    return ValueError("I am a value")

async def main():
    log = []
    inner1 = asyncio.gather(leaf("a", log), leaf("b", log))
    inner2 = asyncio.gather(leaf("c", log))
    outer = asyncio.gather(inner1, inner2)
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled", sorted(log), inner1.cancelled(), inner2.cancelled())
    r = await asyncio.gather(returns_error())
    print(type(r[0]).__name__, r[0])

asyncio.run(main())

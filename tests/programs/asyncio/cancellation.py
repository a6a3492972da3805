# Task cancellation and CancelledError handling.
import asyncio
async def sleeper():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("cancelled inside")
        raise
async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print("cancel ->", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("awaiting cancelled task raises CancelledError")
    print(t.cancelled(), t.done())
asyncio.run(main())

# wait_for and timeout raise TimeoutError after the deadline.
import asyncio
async def slow():
    await asyncio.sleep(1)
    return "slow"
async def main():
    try:
        await asyncio.wait_for(slow(), timeout=0.01)
    except TimeoutError:
        print("wait_for timed out")
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout block expired")
    print(await asyncio.wait_for(asyncio.sleep(0, result="quick"), timeout=1))
asyncio.run(main())

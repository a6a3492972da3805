# asyncio.run: leftover tasks are cancelled at the end; an exception in
# main propagates after cleanup.
import asyncio

async def background(log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append("background cancelled at shutdown")
        raise

async def main(log):
    asyncio.create_task(background(log))
    await asyncio.sleep(0)
    return "main result"

log = []
print(asyncio.run(main(log)))
print(log)

async def failing():
    asyncio.create_task(background(log))
    await asyncio.sleep(0)
    raise ValueError("main failed")

try:
    asyncio.run(failing())
except ValueError as e:
    print("caught:", e)
print(log)
with asyncio.Runner() as runner:
    print(runner.run(main([])))
    print(runner.get_loop().is_running())

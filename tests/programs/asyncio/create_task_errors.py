# Errors from creating and running tasks with the wrong arguments.
import asyncio

async def ok():
    return 1

def not_async():
    return 2

async def main():
    try:
        asyncio.create_task(not_async())
    except TypeError as e:
        print("TypeError:", e)
    try:
        asyncio.ensure_future("nope")
    except TypeError as e:
        print("TypeError:", e)
    try:
        await asyncio.sleep(-1)
        print("negative sleep returns at once")
    except ValueError as e:
        print("ValueError:", e)
    c = ok()
    t = asyncio.create_task(c)
    print(await t)
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await asyncio.wait_for(ok(), timeout=-1)
    except TimeoutError:
        print("wait_for with negative timeout: TimeoutError")

try:
    asyncio.run(not_async)  # the message names the function by its repr
except ValueError as e:
    print("ValueError:", str(e).split(" at 0x")[0])
asyncio.run(main())
try:
    asyncio.create_task(ok())
except RuntimeError as e:
    print("RuntimeError:", e)

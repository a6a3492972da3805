# A task cancelled by the CancelledError raised inside it: awaiting it
# raises that exception (message and traceback) once, later result() calls
# a new one without the message; an uncaught cancellation ends the program.
import asyncio
async def inner():
    await asyncio.sleep(10)
async def main():
    t = asyncio.create_task(inner())
    await asyncio.sleep(0)
    t.cancel("stop")
    try:
        await t
    except asyncio.CancelledError as e:
        print("caught", e.args, type(e.__context__).__name__, e.__traceback__ is not None)
    print(t.cancelled(), t.cancelling())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result", e.args)
    t2 = asyncio.create_task(inner())
    await asyncio.sleep(0)
    t2.cancel()
    await asyncio.sleep(0)
    await t2
asyncio.run(main())

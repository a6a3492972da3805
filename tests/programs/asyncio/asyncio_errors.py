import asyncio

async def boom():
    await asyncio.sleep(0)
    raise ValueError("boom")

async def main():
    t = asyncio.create_task(boom())
    await asyncio.sleep(0.01)
    print(t.done(), type(t.exception()).__name__)
    try:
        t.result()
    except ValueError as e:
        print("result raised", e)
    try:
        await asyncio.gather(boom(), asyncio.sleep(0.01, "ok"))
    except ValueError as e:
        print("gather raised", e)
    f = asyncio.get_running_loop().create_future()
    try:
        f.result()
    except asyncio.InvalidStateError as e:
        print("invalid state:", e)
    f.cancel()
    try:
        f.result()
    except asyncio.CancelledError:
        print("cancelled future")
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.001)
    except asyncio.TimeoutError as e:
        print("wait_for timeout", type(e).__name__)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(boom())
            tg.create_task(boom())
    except ExceptionGroup as eg:
        print(eg.message, len(eg.exceptions), [str(e) for e in eg.exceptions])
    try:
        asyncio.run(boom())
    except RuntimeError as e:
        print(e)
    c = boom()
    try:
        await asyncio.wait([c])
    except TypeError as e:
        print(e)
        c.close()

asyncio.run(main())
try:
    asyncio.run(boom())
except ValueError as e:
    print("top-level", e)
try:
    asyncio.run(5)
except ValueError as e:
    print(e)

# Futures: results, exceptions, done callbacks and invalid states.
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("callback sees", f.result()))
    loop.call_soon(fut.set_result, 42)
    print(await fut)
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    f2 = loop.create_future()
    try:
        f2.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    f2.set_exception(KeyError("k"))
    print(repr(f2.exception()))
    await asyncio.sleep(0)
asyncio.run(main())

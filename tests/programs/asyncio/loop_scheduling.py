# call_soon, call_later and call_at ordering; Handle.cancel; loop.time.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    log = []
    loop.call_later(0.02, log.append, "later 20ms")
    loop.call_later(0.01, log.append, "later 10ms")
    loop.call_at(loop.time() + 0.015, log.append, "at 15ms")
    for i in range(3):
        loop.call_soon(log.append, f"soon {i}")
    h = loop.call_soon(log.append, "cancelled soon")
    h.cancel()
    t = loop.call_later(0.005, log.append, "cancelled timer")
    print(t.cancelled())
    t.cancel()
    print(t.cancelled(), h.cancelled())
    await asyncio.sleep(0.05)
    for entry in log:
        print(entry)
    t0 = loop.time()
    await asyncio.sleep(0.03)
    print("slept at least 30ms:", loop.time() - t0 >= 0.029)
    print(isinstance(loop.time(), float))

asyncio.run(main())

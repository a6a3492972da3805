# TimerHandle objects from call_later/call_at: when(), cancel(), and
# ordering of timers scheduled for the same moment (FIFO).
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    now = loop.time()
    log = []
    hs = [loop.call_at(now + 0.01, log.append, i) for i in range(4)]
    print(all(abs(h.when() - (now + 0.01)) < 1e-9 for h in hs), type(hs[0]).__name__)
    hs[2].cancel()
    print([h.cancelled() for h in hs])
    await asyncio.sleep(0.03)
    print(log)
    h = loop.call_later(-5, log.append, "past")
    await asyncio.sleep(0)
    print(log[-1])
    print(isinstance(loop.call_soon(print), asyncio.Handle))

asyncio.run(main())

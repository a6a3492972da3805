# asyncio.sleep's timer: ordering against call_later handles, cancelled
# and abandoned sleeps (the loop must not wait for their deadlines), a
# result value, and a loop whose call_later is overridden.
import asyncio
import time


async def order():
    loop = asyncio.get_running_loop()
    seen = []

    async def sleeper(name, d):
        await asyncio.sleep(d)
        seen.append(name)

    t1 = asyncio.create_task(sleeper("s1", 0.02))
    loop.call_later(0.02, seen.append, "h1")
    t2 = asyncio.create_task(sleeper("s2", 0.02))
    loop.call_later(0.01, seen.append, "h0")
    await asyncio.gather(t1, t2)
    await asyncio.sleep(0)
    print("order:", seen)


async def cancelled_sleep_does_not_hold_loop():
    t = asyncio.create_task(asyncio.sleep(30))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("sleep task cancelled")


async def abandoned_sleep():
    c = asyncio.sleep(30)
    t = asyncio.ensure_future(c)
    await asyncio.sleep(0)
    try:
        await asyncio.wait_for(t, 0.01)
    except TimeoutError:
        print("wait_for timed out; task cancelled:", t.cancelled())


async def sleep_result():
    print("result:", await asyncio.sleep(0.001, "done"))
    print("none:", await asyncio.sleep(0.001))


async def timeout_block():
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(30)
    except TimeoutError:
        print("timeout block expired")


async def closed_sleep():
    c = asyncio.sleep(30)
    fut = c.send(None)
    c.close()
    await asyncio.sleep(0.001)
    print("closed sleep's future still pending:", not fut.done())


class CountingLoop(asyncio.SelectorEventLoop):
    calls = 0

    def call_later(self, delay, callback, *args, context=None):
        CountingLoop.calls += 1
        return super().call_later(delay, callback, *args, context=context)


async def overridden():
    await asyncio.sleep(0.001)
    await asyncio.sleep(0.001)


start = time.monotonic()
asyncio.run(order())
asyncio.run(cancelled_sleep_does_not_hold_loop())
asyncio.run(abandoned_sleep())
asyncio.run(sleep_result())
asyncio.run(timeout_block())
asyncio.run(closed_sleep())
asyncio.run(overridden(), loop_factory=CountingLoop)
print("overridden call_later used:", CountingLoop.calls)
print("quick:", time.monotonic() - start < 5)

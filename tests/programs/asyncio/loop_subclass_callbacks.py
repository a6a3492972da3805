# A loop subclass that overrides call_soon still drives tasks and futures
# (they schedule through it); errors in done callbacks reach the exception
# handler; SystemExit and KeyboardInterrupt leave asyncio.run unreported.
import asyncio, sys

class Loop(type(asyncio.new_event_loop())):
    calls = 0
    def call_soon(self, cb, *args, context=None):
        Loop.calls += 1
        return super().call_soon(cb, *args, context=context)

async def step(n):
    for _ in range(n):
        await asyncio.sleep(0)
    return n

async def main():
    f = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_soon(f.set_result, "x")
    r = await asyncio.gather(step(2), step(3), f)
    return r

loop = Loop()
print(loop.run_until_complete(main()), Loop.calls > 5)
loop.close()

def handler(loop, ctx):
    print("ctx keys", sorted(ctx), repr(ctx.get("handle")).split(" at ")[0])
async def m2():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    f = loop.create_future()
    f.add_done_callback(lambda fut: 1 / 0)
    f.set_result(None)
    await asyncio.sleep(0)
    loop.set_exception_handler(None)
    g = loop.create_future()
    g.add_done_callback(lambda fut: 1 / 0)
    g.set_result(None)
    await asyncio.sleep(0)
asyncio.run(m2())

async def exiting():
    await asyncio.sleep(0)
    sys.exit(3)
try:
    asyncio.run(exiting())
except SystemExit as e:
    print("SystemExit", e.code)
async def interrupt():
    raise KeyboardInterrupt
try:
    asyncio.run(interrupt())
except KeyboardInterrupt:
    print("KeyboardInterrupt")

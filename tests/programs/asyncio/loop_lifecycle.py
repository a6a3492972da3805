# Event loops made by hand: run_until_complete, run_forever/stop, close,
# is_running/is_closed and their errors.
import asyncio

async def answer():
    await asyncio.sleep(0)
    return 42

loop = asyncio.new_event_loop()
print(loop.is_running(), loop.is_closed())
print(loop.run_until_complete(answer()))
fut = loop.create_future()
loop.call_soon(fut.set_result, "via future")
print(loop.run_until_complete(fut))

def stopper():
    print("stopping, running:", loop.is_running())
    loop.stop()
loop.call_soon(stopper)
loop.run_forever()
print("run_forever returned")

async def nested():
    try:
        loop.run_until_complete(answer())
    except RuntimeError as e:
        print("RuntimeError:", e)
loop.run_until_complete(nested())

loop.close()
print(loop.is_closed())
try:
    loop.run_until_complete(answer())
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)

async def inside():
    return asyncio.get_running_loop() is asyncio.get_event_loop()
print(asyncio.run(inside()))

coro = answer()
try:
    asyncio.run(coro, debug=False) if False else None
    async def outer():
        asyncio.run(answer())
    asyncio.run(outer())
except RuntimeError as e:
    print("RuntimeError:", e)
coro.close()
try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError:", e)

# get_event_loop outside a running loop: a new loop with a DeprecationWarning
# before any is set, an error once asyncio.run has set (and cleared) one.
import asyncio
l = asyncio.get_event_loop()
print(type(l).__name__)
print(asyncio.get_event_loop() is l)
async def m(): pass
asyncio.run(m())
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print(e)
asyncio.set_event_loop(asyncio.new_event_loop())
print(type(asyncio.get_event_loop()).__name__)
f = asyncio.Future()
print(f)

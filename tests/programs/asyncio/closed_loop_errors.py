# Using a closed loop: scheduling and running raise RuntimeError.
import asyncio

loop = asyncio.new_event_loop()
loop.close()
for name, call in (("call_soon", lambda: loop.call_soon(print)),
                   ("call_later", lambda: loop.call_later(1, print)),
                   ("run_forever", lambda: loop.run_forever())):
    try:
        call()
        print(name, "no error")
    except RuntimeError as e:
        print(name, "RuntimeError:", e)
loop.close()
print("closing twice is fine", loop.is_closed())
loop2 = asyncio.new_event_loop()
asyncio.set_event_loop(loop2)
print(asyncio.get_event_loop() is loop2)
async def running():
    try:
        loop2.close()
    except RuntimeError as e:
        print("RuntimeError:", e)
loop2.run_until_complete(running())
loop2.close()
asyncio.set_event_loop(None)

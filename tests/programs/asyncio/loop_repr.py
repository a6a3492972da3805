# The event loop's class and repr.
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    print(repr(loop), type(loop).__name__, isinstance(loop, asyncio.AbstractEventLoop))
    print(asyncio.EventLoop is asyncio.SelectorEventLoop)
asyncio.run(main())
loop = asyncio.new_event_loop()
print(loop)
loop.close()
print(loop)

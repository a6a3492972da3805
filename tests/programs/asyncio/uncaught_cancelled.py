# A main task cancelled from inside ends asyncio.run with CancelledError,
# shown under CPython's module path.
import asyncio
print(asyncio.CancelledError, asyncio.InvalidStateError, asyncio.QueueEmpty)
print(asyncio.Future, asyncio.Task, asyncio.TaskGroup, asyncio.Timeout, asyncio.Handle)
async def main():
    asyncio.current_task().cancel()
    await asyncio.sleep(0)
    print("not reached")
asyncio.run(main())

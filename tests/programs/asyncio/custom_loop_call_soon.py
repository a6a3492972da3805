# A user's event loop subclass sees every call_soon, including the ones a
# task makes for itself after a bare yield (sleep(0)).
import asyncio

class CountingLoop(asyncio.SelectorEventLoop):
    calls = 0
    def call_soon(self, callback, *args, context=None):
        CountingLoop.calls += 1
        return super().call_soon(callback, *args, context=context)

async def worker(n):
    for _ in range(n):
        await asyncio.sleep(0)
    return n

async def main():
    print(await asyncio.gather(worker(2), worker(3)))
    print(asyncio.current_task().get_name().startswith("Task-"))

loop = CountingLoop()
print(loop.run_until_complete(main()))
print(CountingLoop.calls > 5)
loop.close()
try:
    asyncio.sleep(0).send(None)
except StopIteration:
    print("sleep(0) outside a task finishes at once")

# A Future subclass written in Python: extra state and overridden methods
# work with await and callbacks.
import asyncio

class Tracked(asyncio.Future):
    def __init__(self, label, **kwargs):
        super().__init__(**kwargs)
        self.label = label
        self.calls = []
    def set_result(self, result):
        self.calls.append(("set_result", result))
        super().set_result(result)

async def main():
    loop = asyncio.get_running_loop()
    f = Tracked("mine", loop=loop)
    print(asyncio.isfuture(f), f.label, f.get_loop() is loop)
    loop.call_soon(f.set_result, 99)
    print(await f, f.calls)
    g = Tracked("other")
    g.add_done_callback(lambda fut: print("callback sees", fut.label, fut.result()))
    g.set_result("x")
    await asyncio.sleep(0)
    print(isinstance(g, asyncio.Future), type(g).__mro__[1].__name__)

asyncio.run(main())

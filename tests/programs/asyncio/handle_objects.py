# Handle and TimerHandle (native): types, when(), cancel() dropping the
# callback, running one by hand, a failing callback reaching the exception
# handler, and argument errors worded as for a Python __init__.
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(print, "x")
    t = loop.call_later(10, print, "y")
    print(type(h), type(t), isinstance(t, asyncio.Handle), asyncio.TimerHandle.__mro__)
    print(h.cancelled(), t.when() > loop.time(), h.get_context() is None)
    print(repr(h), repr(t).split(" when=")[0])
    t.cancel(); t.cancel()
    print(t.cancelled(), repr(t).split(" when=")[0], t._callback, t._args)
    h2 = asyncio.Handle(print, ("direct",), loop)
    h2._run()
    def bad():
        raise ValueError("boom")
    loop.set_exception_handler(lambda l, c: print("handler", c["message"].split(" at ")[0], repr(c["handle"]).split(" at ")[0]))
    loop.call_soon(bad)
    await asyncio.sleep(0.01)
    try:
        asyncio.Handle(print)
    except TypeError as e:
        print("TypeError", e)
    try:
        asyncio.TimerHandle(1.0, print, ())
    except TypeError as e:
        print("TypeError", e)
asyncio.run(main())

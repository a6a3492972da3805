# The loop's exception handler: default output for failing callbacks,
# custom handlers, call_exception_handler, get_exception_handler.
import asyncio

def bad_callback():
    raise ZeroDivisionError("in a callback")

async def main():
    loop = asyncio.get_running_loop()
    seen = []
    def handler(lp, context):
        message = context["message"].replace(__file__, "FILE")
        seen.append((lp is loop, message, type(context.get("exception")).__name__))
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_soon(bad_callback)
    await asyncio.sleep(0)
    loop.call_exception_handler({"message": "custom report"})
    for s in seen:
        print(s)
    loop.set_exception_handler(None)
    loop.call_soon(bad_callback)          # default handler: stderr
    await asyncio.sleep(0)
    print("loop still running")

asyncio.run(main())

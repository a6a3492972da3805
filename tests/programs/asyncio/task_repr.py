import asyncio
async def child():
    await asyncio.sleep(0)
    return 5
async def main():
    t = asyncio.create_task(child(), name="c")
    r = repr(t)
    print(r[:r.index(" coro=")], "pending" in r)
    await t
    print(repr(t).replace(__file__, "FILE"))
    u = asyncio.create_task(child(), name="u")
    u.cancel()
    try:
        await u
    except asyncio.CancelledError:
        pass
    print(repr(u).replace(__file__, "FILE"))
    me = repr(asyncio.current_task()).replace(__file__, "FILE")
asyncio.run(main())

import asyncio

async def agen():
    try:
        yield 1
        yield 2
    except ValueError as e:
        yield f"handled {e}"
    finally:
        print("agen finally")

def run(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value

async def main():
    g = agen()
    print(await g.__anext__())
    print(await g.athrow(ValueError("v")))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("done")
    g2 = agen()
    try:
        await g2.athrow(KeyError("early"))
    except KeyError as e:
        print("early throw propagates", e)
    print(g2.ag_frame)
    g3 = agen()
    await g3.asend(None)
    r = await g3.aclose()
    print("aclose returned", r)
    aw = g3.athrow(ValueError)
    try:
        await aw
    except ValueError:
        print("after close athrow raises original")
    except StopAsyncIteration:
        print("stop")

    async def ignore_exit():
        try:
            yield 1
        finally:
            await asyncio.sleep(0)
            print("cleanup awaited")
    ie = ignore_exit()
    await ie.__anext__()
    await ie.aclose()

asyncio.run(main())

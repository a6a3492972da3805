# athrow() raises inside the generator; a handled exception yields the next value.
import asyncio
async def agen():
    while True:
        try:
            yield "ok"
        except ValueError as e:
            yield f"recovered from {e}"

async def main():
    g = agen()
    print(await anext(g))
    print(await g.athrow(ValueError("boom")))
    print(await anext(g))
    try:
        await g.athrow(KeyError("k"))
    except KeyError as e:
        print("propagated", repr(e))
    print(g.ag_frame is None)
asyncio.run(main())

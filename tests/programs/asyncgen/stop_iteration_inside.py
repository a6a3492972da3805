# StopAsyncIteration or StopIteration raised inside an async generator become RuntimeError.
import asyncio
async def raises_sai():
    yield 1
    raise StopAsyncIteration
async def raises_si():
    yield 1
    raise StopIteration

async def main():
    for make in (raises_sai, raises_si):
        g = make()
        await anext(g)
        try:
            await anext(g)
        except RuntimeError as e:
            print("RuntimeError:", e)
asyncio.run(main())

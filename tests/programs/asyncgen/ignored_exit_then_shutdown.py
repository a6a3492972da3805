import asyncio
async def main():
    async def bad_close():
        try:
            yield 1
        except GeneratorExit:
            yield 2
    b = bad_close()
    await b.__anext__()
    try:
        await b.aclose()
    except RuntimeError as e:
        print(e)
asyncio.run(main())
print("end")

import asyncio
async def arange(n):
    for i in range(n):
        yield i
        await asyncio.sleep(0)
async def main():
    nested = [[j async for j in arange(i)] for i in range(3)]
    print(nested)
asyncio.run(main())

import asyncio
async def m():
    try:
        async for x in [1]: pass
    except TypeError as e: print(e)
    try:
        async for x in {1}: pass
    except TypeError as e: print(e)
    try:
        [x async for x in {1, 2}]
    except TypeError as e: print(e)
asyncio.run(m())
for x in {3, 1, 2, "a"}: pass

import asyncio

async def arange(n):
    for i in range(n):
        yield i
        await asyncio.sleep(0)

async def main():
    print([x async for x in arange(5) if x % 2])
    print({x: x * x async for x in arange(3)})
    print({x % 2 async for x in arange(6)})
    g = (x * 10 async for x in arange(3))
    print(type(g).__name__)
    print([y async for y in g])
    print([await asyncio.sleep(0, result=i) for i in range(3)])
    nested = [[j async for j in arange(i)] for i in range(3)]
    print(nested)
    async def agen_with_return():
        yield 1
        return
    print([v async for v in agen_with_return()])
    total = 0
    async for a in arange(3):
        async for b in arange(2):
            total += a * b
    print(total)
    try:
        [x async for x in [1, 2]]
    except TypeError as e:
        print(e)
    try:
        async for x in arange(2):
            raise KeyError("in loop")
    except KeyError as e:
        print("loop raised", e)
    else_hit = []
    async for x in arange(0):
        pass
    else:
        else_hit.append(True)
    print(else_hit)

asyncio.run(main())

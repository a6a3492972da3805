# Async comprehensions of every kind, with await in the element and the
# condition, nested async for, and the errors outside async functions.
import asyncio

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def double(x):
    await asyncio.sleep(0)
    return 2 * x

async def main():
    print([x async for x in agen(4)])
    print({x % 2 async for x in agen(5)})
    print({x: await double(x) async for x in agen(3)})
    print([await double(x) for x in range(3)])
    print([x async for x in agen(6) if await double(x) > 4])
    print([(a, b) async for a in agen(2) async for b in agen(2)])
    g = (x * 10 async for x in agen(3))
    print(type(g).__name__, [v async for v in g])

asyncio.run(main())
try:
    compile("[x async for x in y]", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    compile("def f():\n    return [await x for x in y]\n", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)

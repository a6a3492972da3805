# Many live suspended generators and a long async pipeline run in
# constant Rust stack.
import asyncio

def counter(i):
    yield i
    yield i * 2

gens = [counter(i) for i in range(100000)]
first = [next(g) for g in gens]
second = [next(g) for g in gens]
print(sum(first), sum(second), len(gens))

async def source(n):
    for i in range(n):
        yield i

async def double(src):
    async for x in src:
        yield x * 2

async def main():
    total = 0
    async for v in double(double(source(200000))):
        total += v
    print(total)

asyncio.run(main())

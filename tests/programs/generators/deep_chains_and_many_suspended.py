# Await and yield-from chains deeper than the recursion limit raise RecursionError; 100,000 suspended generators and a 10**6-item async pipeline run fine.
import sys
async def chain(n):
    if n == 0:
        return 0
    return 1 + await chain(n - 1)
c = chain(5000)
try:
    c.send(None)
except StopIteration as e:
    print("value", e.value)
except RecursionError as e:
    print("RecursionError:", e)
def yf(n):
    if n == 0:
        yield "bottom"
        return
    yield from yf(n - 1)
try:
    print(next(yf(5000)))
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(20000)
c = chain(15000)
try:
    c.send(None)
except StopIteration as e:
    print("value", e.value)
gens = []
def g(i):
    a, b = i, i * 2
    yield a + b
for i in range(100000):
    x = g(i)
    next(x)
    gens.append(x)
print(len(gens))
async def src(n):
    for i in range(n):
        yield i
async def sq(it):
    async for v in it:
        yield v * v
async def main():
    t = 0
    async for v in sq(src(1000000)):
        t += v
    return t
m = main()
try:
    m.send(None)
except StopIteration as e:
    print("pipeline", e.value)

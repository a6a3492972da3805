# Deep chains: await and yield from deeper than the recursion limit raise
# RecursionError (never a crash); deep but allowed chains work.
import sys

def nest(n):
    if n == 0:
        yield "bottom"
        return "done"
    r = yield from nest(n - 1)
    return r

g = nest(200)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("returned", e.value)

try:
    list(nest(100000))
except RecursionError as e:
    print("RecursionError:", e)

async def chain(n):
    if n == 0:
        return 0
    return 1 + await chain(n - 1)

c = chain(300)
try:
    c.send(None)
except StopIteration as e:
    print("await chain", e.value)
c = chain(100000)
try:
    c.send(None)
except RecursionError as e:
    print("RecursionError:", e)
print(sys.getrecursionlimit())

import types

@types.coroutine
def suspend(v):
    got = yield v
    return got

async def worker():
    total = 0
    try:
        for i in range(3):
            total += await suspend(i)
    except ValueError as e:
        return f"aborted at {total}: {e}"
    finally:
        print("worker finally")
    return total

c = worker()
print(c.send(None))
print(c.send(10))
print(c.send(20))
try:
    c.send(30)
except StopIteration as e:
    print("result", e.value)

c = worker()
c.send(None)
try:
    c.throw(ValueError("bad"))
except StopIteration as e:
    print(e.value)

c = worker()
c.send(None)
c.close()
print(c.cr_frame, c.cr_await)

async def awaits_other():
    inner = worker()
    return await inner
c = awaits_other()
print(c.send(None), type(c.cr_await).__name__)
c.close()

async def never():
    pass
n = never()
print(n.cr_code.co_name, n.__qualname__)
n.close()
try:
    n.send(None)
except RuntimeError as e:
    print(e)

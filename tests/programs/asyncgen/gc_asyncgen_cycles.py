# Async generators caught in reference cycles: without an event loop the
# collector closes them like generators; under asyncio the loop's
# finalizer hook receives them and schedules aclose().
import asyncio, gc, weakref

async def ticker(log, box):
    try:
        i = 0
        while True:
            i += 1
            yield i
    finally:
        log.append("ticker finally")

def drive(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value

log = []
box = []
ag = ticker(log, box)
box.append(ag)
print(drive(ag.__anext__()))
del ag, box
gc.collect()
print("no loop:", log)

async def main():
    log = []
    box = []
    ag = ticker(log, box)
    box.append(ag)
    print("first:", await ag.__anext__())
    del ag, box
    gc.collect()
    print("right after collect:", log)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("after the loop ran:", log)

asyncio.run(main())

# A task whose coroutine holds a reference to itself through a cycle
# finishes normally; cycles left behind are collected afterwards.
class Holder:
    pass

async def worker(h):
    h.self_ref = h
    h.coro_box = [h]
    await asyncio.sleep(0)
    return "done"

async def main2():
    h = Holder()
    wh = weakref.ref(h)
    r = await asyncio.create_task(worker(h))
    del h
    gc.collect()
    print(r, "holder gone:", wh() is None)

asyncio.run(main2())

# asyncio.Queue beyond the common path: subclasses overriding the hooks
# (qsize/full/_put/_get), a woken putter cancelled before it runs passing
# its wakeup on, getters and putters released by shutdown, reprs, the
# loop a queue is bound to, and the three queue kinds' orders.
import asyncio


class CountingQueue(asyncio.Queue):
    puts = 0

    def _put(self, item):
        CountingQueue.puts += 1
        super()._put(item * 10)


class TinyQueue(asyncio.Queue):
    def full(self):
        return self.qsize() >= 1


class ReportedSize(asyncio.Queue):
    def qsize(self):
        return 0


async def hooks():
    q = CountingQueue()
    await q.put(1)
    q.put_nowait(2)
    print("counting:", await q.get(), q.get_nowait(), CountingQueue.puts)

    t = TinyQueue(maxsize=5)
    t.put_nowait("a")
    try:
        t.put_nowait("b")
    except asyncio.QueueFull:
        print("tiny queue full after one item")

    r = ReportedSize(maxsize=1)
    r.put_nowait(1)
    r.put_nowait(2)
    print("reported size 0, holds", len(r._queue), "full:", r.full())


async def cancelled_putter_passes_wakeup():
    q = asyncio.Queue(maxsize=1)
    q.put_nowait("x")
    order = []

    async def putter(name):
        await q.put(name)
        order.append(name)

    p1 = asyncio.create_task(putter("p1"))
    p2 = asyncio.create_task(putter("p2"))
    await asyncio.sleep(0)
    print("item:", q.get_nowait())  # wakes p1
    p1.cancel()                    # before p1 runs: p2 must get the slot
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("p1 cancelled:", p1.cancelled(), "order:", order, "queue:", list(q._queue))
    await p2


async def cancelled_getter_passes_wakeup():
    q = asyncio.Queue()
    got = []

    async def getter(name):
        got.append((name, await q.get()))

    g1 = asyncio.create_task(getter("g1"))
    g2 = asyncio.create_task(getter("g2"))
    await asyncio.sleep(0)
    q.put_nowait("item")  # wakes g1
    g1.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("g1 cancelled:", g1.cancelled(), "got:", got)
    await g2


async def shutdowns():
    q = asyncio.Queue(maxsize=1)
    q.put_nowait(1)
    waiting = asyncio.create_task(q.put(2))
    await asyncio.sleep(0)
    print(repr(q).split(" at ")[0], str(q))
    q.shutdown()
    try:
        await waiting
    except asyncio.QueueShutDown:
        print("blocked put released by shutdown")
    print("get after shutdown:", await q.get())
    try:
        await q.get()
    except asyncio.QueueShutDown:
        print("empty and shut down")

    q2 = asyncio.Queue()
    for i in range(3):
        q2.put_nowait(i)
    q2.shutdown(immediate=True)
    print("immediate:", q2.qsize(), q2._unfinished_tasks, str(q2))
    await q2.join()
    try:
        q2.put_nowait(9)
    except asyncio.QueueShutDown:
        print("put_nowait refused")


async def kinds():
    for cls in (asyncio.Queue, asyncio.LifoQueue, asyncio.PriorityQueue):
        q = cls()
        for x in (3, 1, 2):
            await q.put(x)
        print(cls.__name__, [await q.get() for _ in range(3)], q.empty())
    q = asyncio.Queue()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)


q_global = asyncio.Queue(maxsize=1)


async def fill():
    q_global.put_nowait(1)
    try:
        await asyncio.wait_for(q_global.put(2), 0.01)
    except TimeoutError:
        print("put timed out")


async def other_loop():
    try:
        await q_global.put(3)
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(" at ")[0], "...", str(e).split("> ")[-1])


asyncio.run(hooks())
asyncio.run(cancelled_putter_passes_wakeup())
asyncio.run(cancelled_getter_passes_wakeup())
asyncio.run(shutdowns())
asyncio.run(kinds())
asyncio.run(fill())
asyncio.run(other_loop())

# Done callbacks run through the loop, in registration order, after the
# future completes; removal counts; a callback added late is scheduled.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    log = []
    def cb(tag):
        def inner(fut):
            log.append((tag, fut.result()))
        return inner
    a, b, c = cb("a"), cb("b"), cb("c")
    f.add_done_callback(a)
    f.add_done_callback(b)
    f.add_done_callback(a)
    f.add_done_callback(c)
    print("removed", f.remove_done_callback(a))
    f.set_result(1)
    print("right after set_result:", log)
    await asyncio.sleep(0)
    print("after one loop turn:", log)
    f.add_done_callback(cb("late"))
    print("late not yet:", log[-1])
    await asyncio.sleep(0)
    print("late ran:", log[-1])
    print("remove from done future:", f.remove_done_callback(b))

    g = loop.create_future()
    order = []
    for i in range(5):
        g.add_done_callback(lambda fut, i=i: order.append(i))
    g.cancel()
    await asyncio.sleep(0)
    print("cancel runs callbacks:", order)

asyncio.run(main())

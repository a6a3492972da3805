# A future's done callbacks as the list grows from none to one to many
# and shrinks again: removal counts, order of the survivors, and the
# result/exception accessors on each kind of finished future.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    log = []

    def a(f):
        log.append("a")

    def b(f):
        log.append("b")

    def c(f):
        log.append("c")

    f = loop.create_future()
    print(f.remove_done_callback(a))
    f.add_done_callback(a)
    print(f.remove_done_callback(a), f.remove_done_callback(a))
    f.add_done_callback(a)
    f.add_done_callback(b)
    f.add_done_callback(a)
    f.add_done_callback(c)
    print(f.remove_done_callback(a))
    f.add_done_callback(a)
    f.set_result(41)
    await asyncio.sleep(0)
    print(log, f.result(), f.exception())

    g = loop.create_future()
    g.add_done_callback(c)
    print(g.remove_done_callback(b))
    g.set_exception(KeyError("k"))
    await asyncio.sleep(0)
    print(log, repr(g.exception()))
    try:
        g.result()
    except KeyError as e:
        print("result raised", repr(e))

    h = loop.create_future()
    h.set_result(None)
    print(h.result(), h.exception())
    h.add_done_callback(b)
    await asyncio.sleep(0)
    print(log)


asyncio.run(main())

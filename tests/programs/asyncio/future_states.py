# Future states, results, exceptions and their InvalidStateError messages.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f.done(), f.cancelled())
    for meth in (f.result, f.exception):
        try:
            meth()
        except asyncio.InvalidStateError as e:
            print("InvalidStateError:", e)
    f.set_result(42)
    print(f.done(), f.result(), f.exception())
    try:
        f.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    try:
        f.set_exception(ValueError("x"))
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    print(f.cancel(), f.cancelled())

    g = loop.create_future()
    g.set_exception(KeyError("k"))
    print(type(g.exception()).__name__, g.exception())
    try:
        g.result()
    except KeyError as e:
        print("result raised KeyError", e)

    h = loop.create_future()
    h.set_exception(ValueError)          # a class is instantiated
    print(repr(h.exception()))

    s = loop.create_future()
    try:
        s.set_exception(StopIteration())
    except TypeError as e:
        print("TypeError:", e)

    c = loop.create_future()
    print(c.cancel("stop now"), c.cancelled(), c.done())
    try:
        c.result()
    except asyncio.CancelledError as e:
        print("CancelledError", e.args)
    try:
        c.exception()
    except asyncio.CancelledError as e:
        print("CancelledError from exception()", e.args)
    print(c.cancel())
    print(f.get_loop() is loop)
    print(asyncio.isfuture(f), asyncio.isfuture(42))

asyncio.run(main())

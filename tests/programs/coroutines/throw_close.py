# throw() and close() on a suspended coroutine, cr_* attributes.
import types
@types.coroutine
def suspend():
    yield "suspended"
async def worker():
    try:
        await suspend()
    except ValueError as e:
        print("caught", e)
        await suspend()
    finally:
        print("finally")
c = worker()
print(c.send(None), c.cr_running, c.cr_suspended, type(c.cr_await).__name__)
print(c.throw(ValueError("bad")))
c.close()
print(c.cr_frame, c.cr_await)

# Awaiting a coroutine twice, and re-entering a running coroutine.
class Pause:
    def __await__(self):
        yield

async def once():
    return "value"

async def twice(c):
    first = await c
    try:
        await c
    except RuntimeError as e:
        return first, str(e)

co = twice(once())
try:
    co.send(None)
except StopIteration as e:
    print(e.value)

async def reenter():
    try:
        me.send(None)
    except ValueError as e:
        print("ValueError:", e)
    await Pause()

me = reenter()
me.send(None)
print(me.cr_running, me.cr_suspended)
me.close()

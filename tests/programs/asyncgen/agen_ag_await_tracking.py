# ag_await shows what a suspended async generator is awaiting; ag_running
# during an await; ag_suspended.
class Pause:
    def __await__(self):
        yield "p"

async def agen():
    await Pause()
    yield "v"

g = agen()
print(g.ag_await, g.ag_running, g.ag_suspended)
aw = g.__anext__()
print(aw.send(None))
print(type(g.ag_await).__name__, g.ag_running, g.ag_suspended)
try:
    aw.send(None)
except StopIteration as e:
    print("yielded", e.value)
print(g.ag_await, g.ag_running, g.ag_suspended)

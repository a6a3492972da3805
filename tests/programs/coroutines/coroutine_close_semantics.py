# close() on coroutines: unstarted, suspended (finally runs), finished;
# a coroutine that awaits in finally during close.
class Pause:
    def __await__(self):
        yield "pause"

async def body(log):
    try:
        await Pause()
        await Pause()
    finally:
        log.append("finally")

log = []
c = body(log)
c.close()
print("unstarted:", log, c.cr_frame)
c = body(log)
c.send(None)
c.close()
print("suspended:", log)
c.close()

async def awaits_in_finally():
    try:
        await Pause()
    finally:
        await Pause()

d = awaits_in_finally()
d.send(None)
try:
    d.close()
except RuntimeError as e:
    print("RuntimeError:", e)

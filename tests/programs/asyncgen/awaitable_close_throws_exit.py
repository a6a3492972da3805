# close() on an asend/athrow awaitable throws GeneratorExit into the
# generator (CPython 3.13), in every state of the awaitable.
class Tick:
    def __await__(self):
        yield "tick"
async def slow(log):
    try:
        await Tick()
        yield 1
        await Tick()
        yield 2
    finally:
        log.append("finally")
log=[]
ag = slow(log)
aw = ag.__anext__()
print(aw.send(None))
print(aw.close(), ag.ag_running, ag.ag_frame, log)
aw.close()
# close on Init state asend
ag2 = slow(log)
aw2 = ag2.__anext__()
print(aw2.close(), ag2.ag_running, ag2.ag_frame is None)
try: aw2.send(None)
except RuntimeError as e: print(e)
# athrow close mid-step
ag3 = slow(log)
aw3 = ag3.__anext__(); aw3.send(None)
try: aw3.send(None)
except StopIteration as e: print("value", e.value)
at = ag3.aclose()
print(at.send(None) if False else "")
at = ag3.athrow(ValueError)
try: at.send(None)
except ValueError: print("VE")
print(log)
# ignoring GeneratorExit
async def stubborn():
    while True:
        try:
            await Tick()
            yield 1
        except GeneratorExit:
            await Tick()
ag4 = stubborn()
aw4 = ag4.__anext__(); aw4.send(None)
try: print(aw4.close())
except RuntimeError as e: print("RE", e)

# TaskGroup: waits for all children; a failure cancels the siblings and
# surfaces as an ExceptionGroup; results through the task objects.
import asyncio

async def child(name, delay, fail=None):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
    if fail:
        raise fail
    print(name, "done")
    return name.upper()

async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(child("a", 0.01))
        b = tg.create_task(child("b", 0.0))
    print(a.result(), b.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("ok", 0.05))
            tg.create_task(child("bad1", 0, ValueError("v")))
            tg.create_task(child("bad2", 0, KeyError("k")))
    except* ValueError as eg:
        print("ValueError group:", [str(e) for e in eg.exceptions])
    except* KeyError as eg:
        print("KeyError group:", [repr(e) for e in eg.exceptions])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("x", 0.01, RuntimeError("one")))
    except ExceptionGroup as eg:
        print(type(eg).__name__, eg.message, len(eg.exceptions))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("y", 0.05))
            raise LookupError("body failed")
    except* LookupError as eg:
        print("body error:", eg.exceptions)
    tg = asyncio.TaskGroup()
    try:
        tg.create_task(child("z", 0))
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())

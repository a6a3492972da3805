# Cancellation: messages, cancelling()/uncancel(), catching
# CancelledError inside, cancelling a finished task, a task that
# suppresses its cancellation.
import asyncio

async def sleeper(log):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        log.append(("cancelled with", e.args))
        raise

async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        return "refused"

async def main():
    log = []
    t = asyncio.create_task(sleeper(log))
    await asyncio.sleep(0)
    print(t.cancel("shutting down"), t.cancelling())
    print(t.cancel("again"), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiter sees", e.args)
    print(log, t.cancelled(), t.cancel())
    s = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    s.cancel()
    print(await s, s.cancelled(), s.cancelling())
    u = asyncio.create_task(asyncio.sleep(0.01))
    u.cancel()
    print(u.uncancel(), u.cancelling())
    await u
    print("uncancelled task finished:", u.done(), u.cancelled())
    before = asyncio.create_task(asyncio.sleep(1))
    before.cancel()
    try:
        await before
    except asyncio.CancelledError:
        print("cancelled before it started")
    print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))

asyncio.run(main())

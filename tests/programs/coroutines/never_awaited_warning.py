# A coroutine that is never awaited warns on stderr when dropped; the program still exits 0.
async def coro():
    print("never runs")
coro()
print("done")

# run_in_executor and to_thread: Anext runs the function on the loop's
# thread (no threads), with the same results and exceptions as CPython.
import asyncio

def compute(a, b):
    return a * b

def explode():
    raise ArithmeticError("in executor")

async def main():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, compute, 6, 7))
    try:
        await loop.run_in_executor(None, explode)
    except ArithmeticError as e:
        print("ArithmeticError:", e)
    print(await asyncio.to_thread(compute, 2, 3))
    print(await asyncio.to_thread(sorted, [3, 1, 2], reverse=True))

asyncio.run(main())

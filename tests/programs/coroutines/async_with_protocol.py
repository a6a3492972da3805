# async with: __aenter__/__aexit__ order, exception suppression, errors
# for objects lacking the protocol, awaiting inside both methods.
import asyncio

class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        await asyncio.sleep(0)
        print("enter", self.name)
        return self.name.upper()
    async def __aexit__(self, et, e, tb):
        await asyncio.sleep(0)
        print("exit", self.name, et.__name__ if et else None)
        return self.suppress

class NoAexit:
    async def __aenter__(self):
        return self

async def main():
    async with Resource("a") as a, Resource("b") as b:
        print("body", a, b)
    async with Resource("quiet", suppress=True):
        raise KeyError("swallowed")
    print("after suppressed")
    try:
        async with Resource("loud"):
            raise KeyError("propagates")
    except KeyError as e:
        print("caught", e)
    try:
        async with NoAexit():
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        async with Resource:
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        with Resource("sync"):
            pass
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())

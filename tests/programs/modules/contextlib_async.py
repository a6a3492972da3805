import asyncio, contextlib
@contextlib.asynccontextmanager
async def resource(name):
    print('open', name)
    try:
        yield name.upper()
    finally:
        print('close', name)
class Agen:
    def __init__(self): self.closed = False
    async def aclose(self): self.closed = True; print('aclosed')
async def main():
    async with resource('db') as r:
        print('using', r)
    try:
        async with resource('file'):
            raise RuntimeError('fail')
    except RuntimeError as e:
        print('caught', e)
    async with contextlib.AsyncExitStack() as stack:
        a = await stack.enter_async_context(resource('a'))
        b = stack.enter_context(contextlib.nullcontext('b'))
        stack.push_async_callback(asyncio.sleep, 0)
        async def cb(x): print('async callback', x)
        stack.push_async_callback(cb, 1)
        print(a, b)
    g = Agen()
    async with contextlib.aclosing(g):
        pass
    print(g.closed)
    async with contextlib.nullcontext('n') as n:
        print(n)
    @resource('decorated')
    async def f():
        print('in f')
    await f()
asyncio.run(main())
@contextlib.contextmanager
def cm():
    print('before')
    yield
    print('after')
@cm()
def decorated():
    print('body')
decorated()
@contextlib.contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print('RuntimeError', e)

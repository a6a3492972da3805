"""Small helpers of built-in functions that are easiest to state in Python."""


async def anext_default(awaitable, default):
    """Await `awaitable`; if the iterator is exhausted, return `default`."""
    try:
        return await awaitable
    except StopAsyncIteration:
        return default

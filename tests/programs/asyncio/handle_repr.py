# Handle reprs: arguments are not shown outside debug mode; a cancelled
# handle drops its callback.
import asyncio, functools
loop = asyncio.new_event_loop()
h = loop.call_soon(print, 1, "abc")
print(repr(h))
h2 = loop.call_soon(functools.partial(print, 5), 2)
print(repr(h2))
h.cancel()
print(repr(h))
loop.close()

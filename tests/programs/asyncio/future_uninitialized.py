# Futures and tasks made by __new__ alone: what works (done, cancelled),
# and CPython's errors for what needs __init__ to have run.
import asyncio
f = asyncio.Future.__new__(asyncio.Future)
for op, args in (("result", ()), ("exception", ()), ("get_loop", ()), ("cancel", ()), ("__await__", ()),
                 ("set_result", (1,)), ("set_exception", (ValueError(),)), ("add_done_callback", (print,)),
                 ("remove_done_callback", (print,)), ("done", ()), ("cancelled", ()), ("_make_cancelled_error", ())):
    try:
        r = getattr(f, op)(*args)
        print(op, "->", type(r).__name__)
    except Exception as e:
        print(op, type(e).__name__, e)
for attr in ("_state", "_loop", "_result", "_exception", "_callbacks", "_asyncio_future_blocking", "_log_traceback"):
    try:
        print(attr, repr(getattr(f, attr)))
    except Exception as e:
        print(attr, type(e).__name__, e)
print(repr(f))

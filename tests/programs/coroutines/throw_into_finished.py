# throw(), send() and close() on finished coroutines and generators.
async def f(): return 1
def g():
    yield 1
def attempt(label, obj, how):
    try:
        r = how(obj)
        print(label, "->", r)
    except BaseException as e:
        print(label, "raised", type(e).__name__, e)
x = f(); x.close(); attempt("coro created+closed throw", x, lambda o: o.throw(ValueError("v")))
x = f(); x.close(); attempt("coro created+closed send", x, lambda o: o.send(None))
x = f(); x.close(); attempt("coro created+closed close", x, lambda o: o.close())
x = f()
try: x.send(None)
except StopIteration: pass
attempt("coro finished throw", x, lambda o: o.throw(ValueError("v")))
attempt("coro finished close", x, lambda o: o.close())
attempt("coro finished send", x, lambda o: o.send(None))
y = g(); y.close(); attempt("gen created+closed throw", y, lambda o: o.throw(ValueError("v")))
attempt("gen closed send", y, lambda o: o.send(None))
attempt("gen closed next", y, lambda o: next(o))
y = g(); next(y); y.close(); attempt("gen suspended+closed throw", y, lambda o: o.throw(ValueError("v")))
async def h():
    import types
    await types.coroutine(lambda: (yield))()
z = h(); z.send(None); z.close(); attempt("coro suspended+closed throw", z, lambda o: o.throw(ValueError("v")))
attempt("coro suspended+closed send", z, lambda o: o.send(None))
z = h(); attempt("coro created throw", z, lambda o: o.throw(ValueError("v")))
attempt("coro after created-throw send", z, lambda o: o.send(None))

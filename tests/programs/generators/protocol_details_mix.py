# Generator, coroutine and async generator protocol details: send/throw/
# close values, gi_yieldfrom, reuse errors, and the line an unstarted
# frame reports.
import inspect, types, sys
def t(name, f):
    try:
        print(name, repr(f())[:110])
    except BaseException as e:
        print(name, type(e).__name__, str(e)[:100])
def g():
    x = yield 1
    y = yield x * 2
    return x + y
gen = g()
t("send_seq", lambda: (next(gen), gen.send(3), inspect.getgeneratorstate(gen)))
t("stop_value", lambda: gen.send(4))
t("after_stop", lambda: next(gen))
def delegating():
    r = yield from g()
    yield ("ret", r)
d = delegating()
t("yf", lambda: (next(d), d.send(1), d.send(2), d.gi_yieldfrom))
def thrower():
    try:
        yield 1
    except ValueError as e:
        yield "caught " + str(e)
th = thrower(); next(th)
t("throw", lambda: th.throw(ValueError("v")))
t("throw_after", lambda: th.throw(KeyError("k")))
def closer():
    try:
        yield 1
    finally:
        print("cleanup")
c = closer(); next(c)
t("close_ret", lambda: c.close())
def retclose():
    try:
        yield 1
    except GeneratorExit:
        return "value on close"
rc = retclose(); next(rc)
t("close_value", lambda: rc.close())
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
bc = bad_close(); next(bc)
t("ignored_exit", lambda: bc.close())
def running():
    yield r.send(None)
r = running()
t("already_exec", lambda: next(r))
t("genexpr", lambda: (list(x * 2 for x in range(3)), (x for x in []).__name__, (x for x in []).__qualname__.split(".")[-1]))
def pep479():
    raise StopIteration("x")
    yield
t("pep479", lambda: next(pep479()))
async def co():
    return 5
cc = co()
t("coro_send", lambda: cc.send(None))
t("coro_reuse", lambda: cc.send(None))
async def ag():
    yield 1
    yield 2
a = ag()
t("ag_flags", lambda: (inspect.isasyncgen(a), inspect.getasyncgenstate(a), a.ag_running, type(a).__name__))
t("ag_anext", lambda: a.__anext__().send(None))
t("ag_asend_nonnone", lambda: ag().asend(1).send(None))
async def ag_ret():
    yield 1
t("ag_aclose_unstarted", lambda: ag_ret().aclose().send(None))
aw = a.__anext__()
try:
    aw.send(None)
except StopIteration as s:
    print("second value", s.value)
t("aw_reuse", lambda: aw.send(None))
t("types_coroutine", lambda: inspect.isawaitable(types.coroutine(lambda: (yield))()))
def frames():
    yield sys._getframe().f_code.co_name
t("gi_frame", lambda: (next(frames()), g().gi_code.co_name, g().gi_frame.f_lineno, g().gi_running, g().gi_suspended))
t("cr_attrs", lambda: (lambda c: (c.cr_running, c.cr_suspended, c.cr_await, c.cr_code.co_name, c.close()))(co()))

def g1():
    x = 1
    yield x
def g2():
    """doc"""

    # comment
    yield 5
def g3(a,
       b):
    yield a
async def c1():

    await x
async def a1():
    yield 1
print(g1().gi_frame.f_lineno, g2().gi_frame.f_lineno, g3(1, 2).gi_frame.f_lineno, a1().ag_frame.f_lineno)
c = c1(); print(c.cr_frame.f_lineno); c.close()
def deco(f):
    return f
@deco
def g4():
    yield 1
@deco
async def a2(): yield 1
def g5(): yield 1
print(g4().gi_frame.f_lineno, a2().ag_frame.f_lineno, g5().gi_frame.f_lineno)

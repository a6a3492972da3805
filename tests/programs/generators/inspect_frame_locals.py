# inspect: the locals of suspended generators, coroutines and async
# generators; markcoroutinefunction; frame, code and traceback predicates;
# unwrap, getmro, getmembers and currentframe.
import functools
import inspect


def gen(a):
    b = a * 2
    yield b
    c = b + 1
    yield c


g = gen(5)
print(inspect.getgeneratorlocals(g))
next(g)
print(inspect.getgeneratorlocals(g))
next(g)
print(inspect.getgeneratorlocals(g))
g.close()
print(inspect.getgeneratorlocals(g))
try:
    inspect.getgeneratorlocals([1])
except TypeError as e:
    print("TypeError:", e)


async def coro(x):
    y = x + 1
    return y


c = coro(1)
print(inspect.getcoroutinelocals(c))
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)
print(inspect.getcoroutinelocals(c), inspect.getcoroutinelocals(42))


async def agen(n):
    total = 0
    for i in range(n):
        total += i
        yield total


a = agen(3)
print(inspect.getasyncgenlocals(a))
try:
    a.__anext__().send(None)
except StopIteration as e:
    print("yielded", e.value)
print(sorted(inspect.getasyncgenlocals(a).items()))
try:
    inspect.getasyncgenlocals(g)
except TypeError as e:
    print("TypeError:", str(e).split(" is ")[1])


# markcoroutinefunction: a plain function that returns an awaitable.
def returns_awaitable():
    return coro(2)


print(inspect.iscoroutinefunction(returns_awaitable))
marked = inspect.markcoroutinefunction(returns_awaitable)
print(marked is returns_awaitable, inspect.iscoroutinefunction(returns_awaitable))
print(inspect.iscoroutinefunction(functools.partial(returns_awaitable)))
print(inspect.iscoroutinefunction(coro), inspect.iscoroutinefunction(gen))
returns_awaitable().close()


class K:
    def m(self):
        return 1

    inspect.markcoroutinefunction(m)


print(inspect.iscoroutinefunction(K().m))

try:
    raise ValueError
except ValueError as e:
    tb = e.__traceback__
here = inspect.currentframe()
print(inspect.iscode(gen.__code__), inspect.isframe(here), inspect.istraceback(tb))
print(inspect.iscode(gen), inspect.isframe(tb), inspect.istraceback(here))
print(here.f_code.co_name)


def deco(f):
    @functools.wraps(f)
    def wrapper(*args):
        return f(*args)

    return wrapper


@deco
@deco
def base(x):
    return x


print(inspect.unwrap(base) is base.__wrapped__.__wrapped__)
print(inspect.unwrap(base, stop=lambda f: f is base.__wrapped__) is base.__wrapped__)


class Loop:
    pass


loop = Loop()
loop.__wrapped__ = loop
try:
    inspect.unwrap(loop)
except ValueError as e:
    print("ValueError:", str(e).split(" when ")[0])


class A:
    x = 1

    def f(self):
        pass


class B(A):
    y = 2


print([c.__name__ for c in inspect.getmro(B)])
print([n for n, v in inspect.getmembers(B) if not n.startswith("__")])
print(inspect.getmembers(B(), inspect.ismethod)[0][0])
print([n for n, _ in inspect.getmembers(B, lambda v: isinstance(v, int))
       if not n.startswith("__")])

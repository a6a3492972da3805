# Code objects report their local count and a positive stack size (the
# value itself belongs to the implementation's bytecode).
def f(a, b=1, *c, d, **e):
    x = a
    return x


async def ag(i):
    a = i
    b = i + 1
    yield a


for fn in (f, ag, lambda: 0):
    co = fn.__code__
    print(co.co_name, co.co_nlocals, co.co_nlocals == len(co.co_varnames))
    print(type(co.co_stacksize).__name__, co.co_stacksize > 0)

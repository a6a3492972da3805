import functools
@functools.lru_cache(maxsize=2)
def sq(x):
    print('compute', x)
    return x * x
print(sq(2), sq(2), sq(3), sq(4), sq(2), sq.cache_info())
sq.cache_clear(); print(sq.cache_info(), sq.__wrapped__(5))
@functools.cache
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info().hits > 0)
class Data:
    def __init__(self): self.calls = 0
    @functools.cached_property
    def value(self):
        self.calls += 1
        return 42
d = Data(); print(d.value, d.value, d.calls, 'value' in d.__dict__)
@functools.singledispatch
def show(x): return f'object {x}'
@show.register
def _(x: int): return f'int {x}'
@show.register(list)
def _(x): return f'list of {len(x)}'
print(show(1), show([1, 2]), show('s'), show(True), show.registry.keys() >= {object, int, list})
print(sorted(['b', 'A', 'c'], key=functools.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
def deco(f):
    @functools.wraps(f)
    def inner(*a, **k): return f(*a, **k)
    return inner
@deco
def documented(x):
    """Doc here."""
    return x
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented(3))
p = functools.partial(int, base=2); print(p('101'), p.func, p.args, p.keywords, repr(p))
pm = functools.partialmethod
class K:
    def set(self, k, v): return (k, v)
    set_a = pm(set, 'a')
print(K().set_a(1), functools.reduce(lambda a, b: a * b, [1, 2, 3, 4], 10))
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as e:
    print('TypeError', e)
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(1))

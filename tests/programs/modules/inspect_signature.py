import inspect, functools
def f(a, b: int = 2, /, c=3, *args, d, e: str = 'x', **kw) -> bool: pass
sig = inspect.signature(f)
print(sig, list(sig.parameters), sig.return_annotation)
for name, p in sig.parameters.items():
    print(name, p.kind.name if hasattr(p.kind, 'name') else p.kind, p.default is inspect.Parameter.empty, p.annotation)
print(inspect.signature(lambda x, *, y=1: 0), inspect.signature(functools.partial(f, 1, 2, 3, d=4)))
b = sig.bind(1, d=5); b.apply_defaults(); print(b.arguments, b.args, b.kwargs)
try:
    sig.bind()
except TypeError as e:
    print('TypeError', e)
class C:
    def m(self, x): pass
    @property
    def p(self): return 1
print(inspect.signature(C().m), inspect.signature(C.m), inspect.getattr_static(C(), 'p').__class__.__name__)
async def coro(): pass
print(inspect.iscoroutinefunction(functools.partial(coro)), inspect.iscoroutinefunction(f), inspect.isfunction(f), inspect.ismethod(C().m))
print(inspect.getdoc(C), inspect.getmodule(f).__name__, inspect.isclass(C), inspect.isabstract(C))

# gi_running, gi_suspended, gi_frame, gi_code, gi_yieldfrom and names through the lifecycle.
import inspect
def sub():
    yield 1
def gen():
    yield from sub()
g = gen()
print(g.__name__, g.__qualname__, g.gi_code.co_name, inspect.getgeneratorstate(g))
print(g.gi_running, g.gi_suspended, g.gi_frame is not None, g.gi_yieldfrom)
next(g)
print(inspect.getgeneratorstate(g), g.gi_suspended, type(g.gi_yieldfrom).__name__)
for _ in g:
    pass
print(inspect.getgeneratorstate(g), g.gi_frame, g.gi_yieldfrom)

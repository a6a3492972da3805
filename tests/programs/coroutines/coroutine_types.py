# types and inspect predicates for coroutines.
import inspect, types
async def f():
    pass
c = f()
print(type(c).__name__, isinstance(c, types.CoroutineType), inspect.iscoroutine(c), inspect.iscoroutinefunction(f))
print(inspect.getcoroutinestate(c), c.__name__, c.__qualname__, c.cr_code is f.__code__)
c.close()
print(inspect.getcoroutinestate(c), inspect.isawaitable(c))

# A generator takes its function's __name__/__qualname__, including ones
# assigned after the function was made.
import functools
def g(): yield
print(g().__name__, g().__qualname__)
g.__name__ = "renamed"
print(g().__name__, g().__qualname__)
g.__qualname__ = "Q.q"
print(g().__name__, g().__qualname__)
class C:
    def m(self): yield
print(C().m().__qualname__)
def deco(f):
    @functools.wraps(f)
    def w(*a): 
        yield from f(*a)
    return w
@deco
def h(): yield 1
print(h().__name__, h().__qualname__)
async def co(): pass
c = co(); print(c.__name__, c.__qualname__); c.close()

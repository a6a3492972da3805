# sys.set_coroutine_origin_tracking_depth and cr_origin; the never-awaited warning then names where the coroutine was made.
import sys
async def co():
    return 1
def make():
    return co()
def outer():
    return make()
print(sys.get_coroutine_origin_tracking_depth(), co().cr_origin)
sys.set_coroutine_origin_tracking_depth(2)
print(sys.get_coroutine_origin_tracking_depth())
c = outer()
print([(f.rsplit("/", 1)[-1], l, n) for f, l, n in c.cr_origin])
c.close()
sys.set_coroutine_origin_tracking_depth(10)
c = outer()
print([(f.rsplit("/", 1)[-1], l, n) for f, l, n in c.cr_origin])
c.close()
async def awaiter():
    inner = co()
    print([(n, l) for f, l, n in inner.cr_origin])
    return await inner
try:
    awaiter().send(None)
except StopIteration as e:
    print("result", e.value)
sys.set_coroutine_origin_tracking_depth(0)
print(outer().cr_origin)
try:
    sys.set_coroutine_origin_tracking_depth(-1)
except ValueError as e:
    print(e)
try:
    sys.set_coroutine_origin_tracking_depth("x")
except TypeError as e:
    print(e)
print(sys.set_coroutine_origin_tracking_depth.__doc__.splitlines()[0], sys.get_coroutine_origin_tracking_depth.__text_signature__)
import warnings, gc
sys.set_coroutine_origin_tracking_depth(3)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    c = outer()
    del c
    gc.collect()
sys.set_coroutine_origin_tracking_depth(0)
for w in caught:
    print(w.category.__name__, str(w.message).replace(__file__, "THIS_FILE"))

# Positional-only, keyword-only, defaults, *args/**kwargs and their errors.
def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    return (a, b, c, args, d, e, kw)

print(f(1, d=4))
print(f(1, 2, 3, 4, 5, d=6, z=7))
def g(x, y):
    return x - y
print(g(y=1, x=5))
for call in (lambda: g(1), lambda: g(1, 2, 3), lambda: g(1, x=2), lambda: g(1, 2, z=3),
             lambda: f(1), lambda: f(a=1, d=2)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
def h(*, key):
    return key
try:
    h(1)
except TypeError as e:
    print("TypeError:", e)
def k(a, b, c):
    pass
try:
    k(1)
except TypeError as e:
    print("TypeError:", e)

def counter():
    count = 0
    def inc(by=1):
        nonlocal count
        count += by
        return count
    return inc
c = counter()
print(c(), c(), c(5), c.__closure__[0].cell_contents)

fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])

x = "global"
def outer():
    x = "enclosing"
    def inner():
        return x
    return inner()
print(outer())

def g():
    global y
    y = 10
g()
print(y)

def shadow():
    try:
        print(z)
        z = 1
    except UnboundLocalError as e:
        print(e)
shadow()

def free_unbound():
    def inner():
        return v
    try:
        inner()
    except NameError as e:
        print(e)
    v = 1
free_unbound()

class K:
    attr = 1
    vals = [attr * i for i in range(3)] if False else None
    def method(self):
        return attr_missing
try:
    K().method()
except NameError as e:
    print(e)

def make_adders():
    return {n: (lambda x, n=n: x + n) for n in range(3)}
print({k: f(10) for k, f in make_adders().items()})

def deco(fn):
    def wrapper(*a, **k):
        return ("wrapped", fn(*a, **k))
    return wrapper
@deco
def h(a, b=2):
    return a + b
print(h(1), h(1, b=5))
print(h.__name__, h.__qualname__)
def walrus():
    data = [1, 5, 3]
    if (n := len(data)) > 2:
        return n, [y for x in data if (y := x * 2) > 4]
print(walrus())

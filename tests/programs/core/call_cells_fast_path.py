# Functions whose parameters or locals are captured by inner functions
# (cell variables), called positionally, with defaults and with keywords:
# each call gets fresh cells, arguments land in them, nonlocal writes show.
def make_counter(start, step=1):
    def bump():
        nonlocal start
        start += step
        return start
    return bump

a, b = make_counter(10), make_counter(0, step=5)
print(a(), a(), b(), b(), a())
c = make_counter(start=100, step=-1)
print(c(), c())

def adder(x):
    return lambda y: x + y

print([adder(i)(10) for i in range(4)])

def gen_with_cell(n):
    total = 0
    def add(v):
        nonlocal total
        total += v
    for i in range(n):
        add(i)
        yield total

print(list(gen_with_cell(5)))

def late(x, *, y=2):
    fs = [lambda: x * y for _ in range(2)]
    x = x + 1
    return [f() for f in fs]

print(late(3), late(3, y=10))

def unbound_cell():
    def get():
        return v
    try:
        get()
    except NameError as e:
        print(type(e).__name__, e)
    v = 1
    return get()

print(unbound_cell())

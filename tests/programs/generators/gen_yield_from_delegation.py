def inner():
    try:
        v = yield "i1"
        print("inner got", v)
        v = yield "i2"
        print("inner got", v)
    except KeyError as e:
        print("inner caught", repr(e))
        return "handled"
    return "done"

def outer():
    r = yield from inner()
    print("result", r)
    yield "after"

o = outer()
print(next(o))
print(o.send(1))
print(o.send(2))

o = outer()
next(o)
print(o.throw(KeyError("k")))

def sub():
    yield 1
    yield 2
def chain():
    yield from sub()
    yield from [3, 4]
    yield from range(5, 7)
    yield from "ab"
print(list(chain()))

class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
def wrap():
    x = yield from It()
    print("x is", x)
print(list(wrap()))

def closer():
    try:
        yield 1
    finally:
        print("inner closed")
def deleg():
    yield from closer()
d = deleg()
next(d)
d.close()

def gen_throw_non_gen():
    yield from iter([1, 2])
t = gen_throw_non_gen()
next(t)
try:
    t.throw(ValueError("x"))
except ValueError as e:
    print("propagated", e)

def self_ref():
    yield from g
g = self_ref()
try:
    next(g)
except ValueError as e:
    print(e)

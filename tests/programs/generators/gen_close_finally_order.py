log = []
def g(name):
    try:
        log.append(f"{name} start")
        yield 1
        yield 2
    except GeneratorExit:
        log.append(f"{name} exit")
        raise
    finally:
        log.append(f"{name} finally")

a = g("a")
next(a)
a.close()
a.close()
b = g("b")
b.close()
c = g("c")
next(c)
del c
print(log)

def catcher():
    while True:
        try:
            yield
        except ValueError as e:
            print("caught", e)
cc = catcher()
next(cc)
cc.throw(ValueError("one"))
cc.throw(ValueError("two"))
try:
    cc.throw(KeyError("k"))
except KeyError as e:
    print("escaped", e)
print(cc.gi_frame is None, cc.gi_running)

def returns_in_finally():
    try:
        yield 1
    finally:
        return "from finally"
r = returns_in_finally()
next(r)
print(r.close())

def gen_throw_type():
    try:
        yield
    except TypeError as e:
        yield repr(e)
t = gen_throw_type()
next(t)
print(t.throw(TypeError))
print(t.throw(TypeError, TypeError("inst")) if False else "skip")

import inspect
def states():
    yield
s = states()
print(inspect.getgeneratorstate(s))
next(s)
print(inspect.getgeneratorstate(s))
s.close()
print(inspect.getgeneratorstate(s))

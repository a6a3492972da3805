import inspect

def g():
    try:
        x = yield 1
        print("got", x)
        y = yield 2
        print("got", y)
    except ValueError as e:
        print("caught", e)
        yield "recovered"
    finally:
        print("finally")

it = g()
print(inspect.getgeneratorstate(it))
print(next(it))
print(inspect.getgeneratorstate(it))
print(it.send("a"))
print(it.throw(ValueError("boom")))
try:
    next(it)
except StopIteration as e:
    print("stop", e.value)
print(inspect.getgeneratorstate(it))

it = g()
try:
    it.send(5)
except TypeError as e:
    print(e)
it = g()
next(it)
it.close()
print(it.gi_frame)
print(it.close())

def ret():
    yield
    return 42
r = ret()
next(r)
try:
    r.send(None)
except StopIteration as e:
    print(e.value, e.args)

def bad_close():
    try:
        yield
    except GeneratorExit:
        yield "nope"
b = bad_close()
next(b)
try:
    b.close()
except RuntimeError as e:
    print(e)

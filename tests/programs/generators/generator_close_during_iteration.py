# close() and throw() on a generator from inside its own body or while it
# runs raise "generator already executing"; closing a finished one is a
# no-op; GeneratorExit raised by user code.
def selfish():
    me = yield
    try:
        me.close()
    except ValueError as e:
        yield f"ValueError: {e}"
    try:
        me.throw(KeyError)
    except ValueError as e:
        yield f"ValueError: {e}"
    try:
        next(me)
    except ValueError as e:
        yield f"ValueError: {e}"

g = selfish()
next(g)
print(g.send(g))
print(next(g))
print(next(g))
print(g.gi_running)
g.close()
g.close()
print(g.gi_frame)

def raises_exit():
    yield 1
    raise GeneratorExit("by hand")
r = raises_exit()
next(r)
try:
    next(r)
except GeneratorExit as e:
    print("GeneratorExit escaped:", e)

def catches_and_raises_other():
    try:
        yield
    except GeneratorExit:
        raise ValueError("during close")
c = catches_and_raises_other()
next(c)
try:
    c.close()
except ValueError as e:
    print("close raised", e)

# A generator cannot be resumed while it is running.
def gen():
    yield me.send(None)

me = gen()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

# atexit: callbacks run last-registered first after the program, with
# their arguments; unregister leaves counted slots; a failing callback is
# reported and skipped.
import atexit
def a(x, y=1):
    print("a", x, y)
def b():
    raise ValueError("bad")
def c():
    print("c")
atexit.register(a, 1, y=2)
atexit.register(b)
atexit.register(c)
atexit.register(c)
atexit.unregister(c)
print(atexit._ncallbacks())
print(atexit.register(a, 5) is a)
try:
    atexit.register(5)
except TypeError as e:
    print(e)
print("main done")

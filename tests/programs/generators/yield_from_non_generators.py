# yield from over plain iterators and iterables, and delegation of send
# to an iterator without send().
def over(it):
    result = yield from it
    return result

print(list(over([1, 2, 3])))
print(list(over(range(3))))
print(list(over("ab")))
print(list(over({"k": 1})))
g = over(iter([10, 20]))
print(next(g))
try:
    g.send("x")
except AttributeError as e:
    print("AttributeError:", e)

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration("liftoff")
        self.n -= 1
        return self.n

def relay():
    r = yield from Countdown(3)
    yield r

print(list(relay()))
try:
    list(over(5))
except TypeError as e:
    print("TypeError:", e)
def inner():
    x = yield "first"
    print("inner got", x)
    return "inner result"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield "done"
o = outer()
print(next(o))
print(o.send("hello"))

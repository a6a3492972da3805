# Generator expressions are lazy; their first iterable is evaluated immediately.
def source():
    print("source evaluated")
    return [1, 2, 3]
def noisy(x):
    print("computing", x)
    return x * 10
g = (noisy(x) for x in source())
print("created")
print(next(g))
print(list(g))
print(sum(x * x for x in range(5)), max((len(w), w) for w in ["a", "abc", "ab"]))
try:
    (1 / x for x in [1, 0])
    print("no error yet")
    list(1 / x for x in [1, 0])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

xs = [1, 2, 3]
g = (x * 2 for x in xs)
xs = [10]
print(list(g))
print(list(g))

def f():
    n = 3
    return (i * n for i in range(4))
print(list(f()))

g = (x for x in range(3))
print(g.__name__, g.__qualname__.endswith("<genexpr>"))
print(sum(x * x for x in range(10)))
print(max((len(w), w) for w in "the quick brown fox".split()))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
try:
    list(1 / x for x in [1, 0])
except ZeroDivisionError as e:
    print("zde", e)
try:
    (x for x in 5)
except TypeError as e:
    print(e)
g = (y for y in [1, 2])
print(next(g), next(g), next(g, "end"))
print(type(g).__name__)

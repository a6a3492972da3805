# Generator expressions: the first iterable is evaluated at once, the rest
# lazily; class-scope names; nested loops; errors surface on iteration.
x = 10
g = (x + i for i in range(3))
x = 20
print(list(g))
class C:
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
    gen = list(v for v in values)
print(C.doubled, C.gen)
try:
    (1 / 0 for _ in range(2))
    print("not evaluated yet")
    g = (1 / v for v in [1, 0])
    print(next(g))
    next(g)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    (v for v in 5)
except TypeError as e:
    print("TypeError:", e)
pairs = ((a, b) for a in range(3) for b in range(a))
print(list(pairs))
g = (i for i in range(3))
print(type(g).__name__, g.__name__, g.__qualname__)
print(sum(i * i for i in range(10)))
nested = (sum(j for j in range(i)) for i in range(5))
print(list(nested))
g = (i for i in [1, 2])
print(list(g), list(g))
print(list((yield_ for yield_ in "ab")))

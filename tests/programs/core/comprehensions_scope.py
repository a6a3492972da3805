# Comprehensions have their own scope; the first iterable is evaluated outside.
x = 10
print([x for x in range(3)], x)
print({k: v for k, v in zip("ab", (1, 2))})
print({n % 3 for n in range(10)})
print([(i, j) for i in range(3) if i for j in range(i)])
g = (n * n for n in range(4))
print(next(g), list(g))
class C:
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
print(C.doubled)
print([y := 5, y ** 2])

# Generators consumed by every kind of consumer: unpacking, star
# unpacking, builtins that take iterables, zip stopping early, in.
def numbers(n):
    for i in range(n):
        yield i

a, b, c = numbers(3)
print(a, b, c)
first, *rest = numbers(5)
print(first, rest)
print(sum(numbers(10)), max(numbers(4)), sorted(numbers(3), reverse=True))
print(list(zip(numbers(10), "abc")))
print(dict(zip("xy", numbers(2))), set(numbers(3)), tuple(numbers(2)))
print(3 in numbers(5), 9 in numbers(5))
print(any(x > 2 for x in numbers(5)), all(x < 2 for x in numbers(5)))
print("-".join(str(x) for x in numbers(4)))
try:
    a, b = numbers(3)
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = numbers(2)
except ValueError as e:
    print("ValueError:", e)
g = numbers(3)
print(list(g), list(g))
print(list(enumerate(numbers(3), start=1)))
print(list(map(lambda x: x * x, numbers(4))), list(filter(None, numbers(4))))
print(next(numbers(0), "empty"))

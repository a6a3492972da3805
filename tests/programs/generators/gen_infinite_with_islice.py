# Infinite generators consumed lazily with itertools and early break.
import itertools

def naturals():
    n = 0
    while True:
        yield n
        n += 1

def primes():
    found = []
    for n in naturals():
        if n > 1 and all(n % p for p in found):
            found.append(n)
            yield n

print(list(itertools.islice(primes(), 10)))
print(list(itertools.takewhile(lambda x: x < 5, naturals())))
evens = (n for n in naturals() if n % 2 == 0)
print([next(evens) for _ in range(4)])
for i, p in enumerate(primes()):
    if i == 4:
        print("fifth prime", p)
        break
print(list(zip(naturals(), "abc")))

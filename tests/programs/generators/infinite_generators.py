# Infinite generators combined with itertools, stateful generator pipelines.
import itertools
def naturals():
    n = 0
    while True:
        yield n
        n += 1
evens = (n for n in naturals() if n % 2 == 0)
print(list(itertools.islice(evens, 5)))
def running_total(it):
    total = 0
    for x in it:
        total += x
        yield total
print(list(running_total(range(6))))
print(list(itertools.takewhile(lambda x: x < 10, (x * x for x in naturals()))))
print(list(zip("abc", naturals())))

import itertools as it
c = it.count(10, 2); print(next(c), next(c), next(c), c)
print(list(it.islice(it.count(1.5, 0.5), 3)), list(it.islice(it.cycle('ab'), 5)), list(it.repeat('x', 3)), it.repeat(1, 2))
print(list(it.islice(range(10), 2, 8, 3)), list(it.islice('abcdef', 3)), list(it.islice('abc', None)), list(it.islice('abcde', 1, None)))
for bad in [lambda: it.islice('a', -1), lambda: it.islice('a', 1, 2, 0), lambda: it.islice('a', 'x')]:
    try:
        bad()
    except ValueError as e:
        print('ValueError', e)
print(list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.chain('ab', [1, 2], ())), list(it.chain.from_iterable(['xy', 'z'])))
for k, g in it.groupby('aaabccaa'):
    print(k, list(g), end='; ')
print()
print([(k, list(g)) for k, g in it.groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
a, b = it.tee([1, 2, 3]); print(list(a), list(b), len(it.tee('xy', 3)))
t1, t2 = it.tee(iter(range(5))); print(next(t1), next(t1), next(t2), list(t1), list(t2))
r = it.repeat(7); print(next(r), next(r))
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1
        return self.n
print(list(it.chain(Countdown(3), Countdown(2))), sum(it.starmap(lambda x, y: x * y, zip([1, 2], [3, 4]))))

import random
random.seed(42)
print(random.random(), random.randint(1, 100), random.randrange(0, 100, 5), random.choice('abcdef'))
print(random.uniform(1, 2), random.getrandbits(16), random.randrange(10))
items = list(range(10)); random.shuffle(items); print(items)
print(random.sample(range(100), 5), random.choices('abc', k=5), random.choices([1, 2, 3], weights=[10, 1, 1], k=4))
print(round(random.gauss(0, 1), 10), round(random.normalvariate(5, 2), 10), round(random.expovariate(1.5), 10))
print(round(random.triangular(0, 10, 3), 10), round(random.betavariate(2, 3), 10), round(random.lognormvariate(0, 1), 10))
print(round(random.gammavariate(2, 1), 10), round(random.vonmisesvariate(1, 2), 10), round(random.paretovariate(3), 10), round(random.weibullvariate(1, 2), 10))
print(random.randbytes(4), random.binomialvariate(10, 0.5))
st = random.getstate(); a = random.random(); random.setstate(st); print(a == random.random())
r = random.Random(7); print(r.random(), r.randint(1, 6))
r2 = random.Random('seed string'); print(r2.randint(1, 1000))
for bad in [lambda: random.randint(5, 1), lambda: random.choice([]), lambda: random.sample([1, 2], 3), lambda: random.randrange(0), lambda: random.randrange(1, 2, 0)]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)

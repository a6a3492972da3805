import random

random.seed(42)
print(random.random(), random.random())
print(random.randint(1, 100), random.randrange(10), random.randrange(0, 100, 7), random.randrange(50, 0, -3))
print(random.getrandbits(8), random.getrandbits(64), random.getrandbits(100), random.getrandbits(0))
items = list(range(10))
random.shuffle(items)
print(items)
print(random.choice("abcdef"), random.choice([10, 20, 30]))
print(random.sample(range(100), 5), random.sample("abcdefgh", 3))
print(random.sample(range(1000), 8))
print(random.choices("abc", k=5), random.choices([1, 2, 3], weights=[1, 0, 5], k=4))
print(random.choices("xyz", cum_weights=[1, 2, 3], k=3))
print(random.sample(["r", "b"], counts=[2, 3], k=4))
print(round(random.uniform(1, 2), 12), round(random.gauss(0, 1), 12), round(random.expovariate(2), 12))
r = random.Random(0)
print(r.random(), r.randint(0, 10 ** 30))
r2 = random.Random(2 ** 80 + 5)
print(r2.random())
r3 = random.Random(-7)
print(r3.random() == random.Random(7).random())
state = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(state)
print(a == [r.random() for _ in range(3)])
big = random.Random(123)
print(sum(big.random() for _ in range(2000)))
for bad in [lambda: random.choice([]), lambda: random.randrange(0), lambda: random.randrange(5, 5),
            lambda: random.randrange(0, 10, 0), lambda: random.sample(range(3), 5),
            lambda: random.sample({1, 2}, 1), lambda: random.getrandbits(-1)]:
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
random.seed(3.5)
print(random.random())

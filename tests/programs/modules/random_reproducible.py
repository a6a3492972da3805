import random
def run(seed):
    r = random.Random(seed)
    return [r.randint(1, 6) for _ in range(10)], r.choice(['a', 'b', 'c']), round(r.uniform(0, 1), 12)
print(run(1) == run(1), run(1) != run(2))
print(run(2024))
r = random.Random(5)
deck = [f'{v}{s}' for s in 'SHDC' for v in 'A23456789TJQK']
r.shuffle(deck); print(deck[:8])
print(r.sample(deck, 3), r.sample(range(1000000), 4), r.choices(deck, k=3))
print(r.sample(['x', 'y', 'z'], counts=[1, 2, 3], k=4))

# issue 6 criterion 3: seed 12345 then 1,000 calls of each.
import random
random.seed(12345)
out = []
for _ in range(1000):
    out.append(random.random())
print(sum(out), out[-1])
ints = [random.randint(1, 10**12) for _ in range(1000)]
print(sum(ints), ints[:3], ints[-1])
seq = list(range(50))
picks = [random.choice(seq) for _ in range(1000)]
print(sum(picks), picks[:10])
for _ in range(1000):
    random.shuffle(seq)
print(seq)
g = [random.gauss(0, 1) for _ in range(1000)]
print(sum(g), g[0], g[-1])

# math.hypot and math.dist are correctly rounded as CPython's are (not a
# chain of two-argument hypot calls), from subnormals to near overflow,
# and check their arguments as CPython does.
import math
import random

random.seed(7)
mismatch_free = []
for i in range(3000):
    n = random.randint(2, 5)
    xs = [random.uniform(-1, 1) * 10.0 ** random.randint(-300, 300) for _ in range(n)]
    mismatch_free.append(math.hypot(*xs))
for i in range(3000):
    a, b = random.uniform(0, 50), random.uniform(-5, 5)
    mismatch_free.append(math.hypot(a, b))
    mismatch_free.append(math.dist((a, 1.5), (b, -2.25)))
for i in range(500):
    xs = [random.random() * 2.0 ** random.randint(-1074, -1000) for _ in range(2)]
    mismatch_free.append(math.hypot(*xs))
print(len(mismatch_free), hash(tuple(mismatch_free)))
print(mismatch_free[:4])
print(math.hypot(3, 4), math.hypot(1e308, 1e308), math.hypot(), math.hypot(-7))
print(math.hypot(5e-324, 5e-324), math.hypot(True, 2**60), math.hypot(1, 2, 3))
print(math.hypot(float("inf"), float("nan")), math.hypot(float("nan"), 1))
print(math.dist((1, 2), (4, 6)), math.dist([], []), math.dist(iter([1.5]), [2]))
for args in [("a",), (1, None), (10**400,)]:
    try:
        print(math.hypot(*args))
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
for p, q in [((1, 2), (1,)), ((1, "a"), (1, 2)), ((1,), 5)]:
    try:
        print(math.dist(p, q))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

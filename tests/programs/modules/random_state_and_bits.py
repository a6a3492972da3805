import random
random.seed(99)
s = random.getstate()
first = [random.random() for _ in range(3)]
random.setstate(s)
print(first == [random.random() for _ in range(3)], len(s), s[0])
print(random.getrandbits(1), random.getrandbits(64), random.getrandbits(100), random.getrandbits(0))
random.seed(b'bytes seed'); print(random.random())
random.seed(bytearray(b'ba')); print(random.random())
random.seed(3.5); print(random.random())
random.seed(-7); a = random.random(); random.seed(7); print(a == random.random())
for bad in [lambda: random.getrandbits(-1), lambda: random.seed([1]), lambda: random.setstate((1, 2, 3))]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

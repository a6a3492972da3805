import random
r = random.Random(12345)
print(r.getrandbits(1), r.getrandbits(31), r.getrandbits(32), r.getrandbits(33), r.getrandbits(100), r.getrandbits(200).bit_length() <= 200)
print(r.getrandbits(64 * 5) % 1000003, r.random(), r.randrange(10**30))
for k in (2**70, -1):
    try:
        r.getrandbits(k)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)

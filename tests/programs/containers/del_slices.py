# Deleting slices of lists and bytearrays: every step, negative steps,
# empty and out-of-range slices, large prefixes.
for sl in (slice(None, 3), slice(2, None), slice(None, None, 2), slice(None, None, -3),
           slice(5, 1, -1), slice(10, 20), slice(-2, None), slice(3, 3), slice(None)):
    l = list(range(10))
    b = bytearray(range(10))
    del l[sl]
    del b[sl]
    print(sl, l, list(b))
big = list(range(100000))
for _ in range(50):
    del big[:1000]
print(len(big), big[:3])

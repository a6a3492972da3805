# In-place repetition and concatenation of lists and bytearrays through
# the operators: CPython's errors, huge counts on empty lists.
for n in (2, 0, -1, 2**62, 2**70, "x", True):
    l = [1, 2]
    try:
        l *= n
        print(len(l) if len(l) < 10 else "big")
    except (TypeError, OverflowError, MemoryError) as e:
        print(type(e).__name__, e)
e = []
e *= 2**62
print(e)
b = bytearray(b"a")
for x in [[1], "x", b"y", bytearray(b"z"), memoryview(b"w"), 5]:
    try:
        b += x
        print(b)
    except TypeError as e:
        print(e)

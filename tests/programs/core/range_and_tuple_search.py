# Membership, count and index on ranges for any value; tuple.index with start and stop.
print("x" in range(5), None in range(3), 2.0 in range(3), 1.5 in range(3), [] in range(2), True in range(2))
print(range(5).count(2.0), range(5).count("x"), range(3).index(True))
print((1, 2, 1).index(1, 1), (1, 2, 1).index(1, -1), (1, 2, 1).index(2, 0, 5))
try: (1, 2).index(1, 1)
except ValueError as e: print(e)
print(range(5).index(2.0), range(0, 10, 3).index(6.0), range(3).index(True))
for v in (None, "x", 7, 2.5):
    try: range(5).index(v)
    except ValueError as e: print(e)

# An impossible allocation is a MemoryError, not a crash.
try:
    x = [0] * 10**13
except MemoryError as e:
    print("MemoryError", type(e).__name__)

# Every public method of the built-in types called with too many
# arguments raises CPython's TypeError, worded as CPython words it.
names = [n for n in dir(str) if not n.startswith("_")]
for m in names:
    try:
        getattr("abc", m)(1, 2, 3, 4, 5)
    except TypeError as e:
        print(m, e)
    except Exception as e:
        print(m, type(e).__name__, e)

import collections
samples = [b"abc", bytearray(b"abc"), [1, 2], (1, 2), {1: 2}, {1, 2}, frozenset({1}), 5, 2.5, 1j, range(3), collections.deque([1]), memoryview(b"ab")]
for obj in samples:
    for m in [n for n in dir(type(obj)) if not n.startswith("_")]:
        attr = getattr(obj, m)
        if not callable(attr):
            continue
        try:
            attr(1, 2, 3, 4, 5)
        except TypeError as e:
            print(type(obj).__name__, m, e)
        except Exception as e:
            print(type(obj).__name__, m, type(e).__name__, e)

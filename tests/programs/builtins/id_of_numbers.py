# id() of small and extreme numbers: distinct values keep distinct ids
# while alive, and nothing overflows (negative ints, huge floats, NaN).
import copy
import math

vals = [-1, -2**62, 2**62, -2**63, 0, 1, -0.5, 1e308, -1e308, math.inf, -math.inf, True, None]
ids = [id(v) for v in vals]
print(all(isinstance(i, int) for i in ids), len(vals))
print(id(-1) == id(-1), id(3) != id(4), id(1.5) == id(1.5))
print(copy.deepcopy([-1, -5, [-7.5, {"k": -9}]]))
print(hash(-1), hash(-2), hash(-1.0))

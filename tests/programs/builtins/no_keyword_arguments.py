# Built-ins that take no keyword arguments say so, named as CPython names them.
import math, heapq, operator, itertools, functools
tests = [lambda: math.gcd(a=1), lambda: divmod(a=1, b=2), lambda: operator.add(a=1, b=2),
         lambda: heapq.heappush(h=[], x=1), lambda: len(obj=1), lambda: math.sqrt(x=1),
         lambda: isinstance(obj=1, cls=int), lambda: math.pow(x=1, y=2), lambda: [].append(x=1),
         lambda: "a".startswith(prefix="a"), lambda: abs(x=1), lambda: math.hypot(x=1),
         lambda: repr(obj=1), lambda: hash(obj=1), lambda: chr(i=1), lambda: ord(c="a"),
         lambda: callable(obj=1), lambda: iter(x=1), lambda: getattr(o=1), lambda: math.floor(x=1.5)]
for t in tests:
    try:
        t()
        print("ok")
    except TypeError as e:
        print(e)
import math
for f in (lambda: math.lcm(a=1), lambda: math.gcd(1, a=2), lambda: math.hypot(3, 4, z=1)):
    try: f()
    except TypeError as e: print(e)
print(math.gcd(12, 18), math.lcm(4, 6), math.hypot(3, 4))

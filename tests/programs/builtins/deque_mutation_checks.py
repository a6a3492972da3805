from collections import deque
for op in ("rotate", "reverse", "setitem", "extend0", "clear_empty", "append_pop"):
    d = deque([1, 2, 3])
    it = iter(d)
    next(it)
    if op == "rotate": d.rotate(1)
    elif op == "reverse": d.reverse()
    elif op == "setitem": d[0] = 9
    elif op == "extend0": d.extend([])
    elif op == "clear_empty": deque().clear()
    elif op == "append_pop": d.append(4); d.pop()
    try:
        print(op, list(it))
    except RuntimeError as e:
        print(op, "RuntimeError:", e)
d = deque([1, 2, 3])
class Eq:
    def __eq__(self, other):
        d.clear()
        return False
try:
    print(Eq() in d, d)
except RuntimeError as e:
    print("RuntimeError:", e)
d = deque([1, 2, 3])
try:
    print(d.index(Eq()), d)
except (RuntimeError, ValueError) as e:
    print(type(e).__name__, e)
nan = float("nan")
n = deque([nan, 1, nan])
print(n.count(nan), n.index(nan), nan in n)
n.remove(nan); print(len(n))
d = deque([1, 2, 3])
class Grow:
    def __eq__(self, other):
        d.append(0)
        return False
for f in (lambda: d.count(Grow()), lambda: d.remove(Grow()), lambda: Grow() in d):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
d1 = deque([1]); it = iter(d1); d1.rotate(1); print(list(it))

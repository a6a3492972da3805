# heapq over tuples led by numbers (the shape of asyncio's timer entries):
# ties on the first item fall to the second, then to the rest; NaN, mixed
# int/float and non-number items keep Python's tuple ordering.
import heapq

items = [(2.5, 3, "c"), (1.0, 9, "a"), (2.5, 1, "b"), (1, 2, "x"), (1.0, 2, "w"),
         (0.5, 7), (3, 0, "z"), (2.5, 1, "a"), (float("inf"), 0, "inf")]
h = []
for it in items:
    heapq.heappush(h, it)
print([heapq.heappop(h) for _ in range(len(h))])

nan = float("nan")
h = []
for it in [(nan, 1), (1.0, 2), (nan, 0), (0.5, 5)]:
    heapq.heappush(h, it)
print(len(h), sorted(x[1] for x in h))

class Key:
    def __init__(self, k):
        self.k = k
    def __lt__(self, other):
        print("compare", self.k, other.k)
        return self.k < other.k
    def __eq__(self, other):
        return self.k == other.k
    def __repr__(self):
        return f"Key({self.k})"

h = []
for it in [(1.0, 1, Key(3)), (1.0, 1, Key(1)), (0.0, 5, Key(9))]:
    heapq.heappush(h, it)
print([heapq.heappop(h) for _ in range(3)])
big = 2 ** 60
h = [(big + 1, "a"), (float(big), "b"), (big, "c")]
heapq.heapify(h)
print([heapq.heappop(h) for _ in range(3)])
try:
    heapq.heappush(h, (1.0, 1, Key(0)))
    heapq.heappush(h, (1.0, 1, "str"))
except TypeError as e:
    print("TypeError:", e)

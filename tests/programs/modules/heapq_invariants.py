import heapq, random
random.seed(3)
h = []
for _ in range(50):
    heapq.heappush(h, random.randint(0, 100))
def ok(heap):
    return all(heap[(i - 1) // 2] <= heap[i] for i in range(1, len(heap)))
print(ok(h), len(h))
items = [heapq.heappop(h) for _ in range(len(h))]
print(items == sorted(items), items[:5])
x = [5, 4, 3, 2, 1]; heapq.heapify(x); print(ok(x), x[0])
print(heapq.heappushpop([], 1), heapq.heappushpop([0], 5), heapq.heapreplace([3, 4], 1))
try:
    heapq.heapreplace([], 1)
except IndexError as e:
    print('IndexError', e)
try:
    heapq.heapify((1, 2))
except TypeError as e:
    print('TypeError', e)

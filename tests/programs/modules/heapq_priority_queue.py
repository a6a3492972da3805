import heapq, itertools
pq = []
counter = itertools.count()
def push(task, priority):
    heapq.heappush(pq, (priority, next(counter), task))
for t, p in [('write', 3), ('read', 1), ('sleep', 5), ('eat', 1)]:
    push(t, p)
out = []
while pq:
    out.append(heapq.heappop(pq)[2])
print(out)
h = [(2, 'b'), (1, 'a')]
heapq.heapify(h); print(h[0], heapq.nsmallest(1, h))

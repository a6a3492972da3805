import heapq
a = [1, 5, 9]
b = (2, 6)
c = iter([0, 7, 10, 11])
print(list(heapq.merge(a, b, c)))
logs1 = [(1, 'a1'), (4, 'a2')]
logs2 = [(2, 'b1'), (3, 'b2'), (4, 'b3')]
print(list(heapq.merge(logs1, logs2, key=lambda e: e[0])))
print(list(heapq.merge(['x', 'y'], [], ['a', 'z'])), list(heapq.merge()))
m = heapq.merge([1, 3], [2]); print(next(m), next(m), list(m))

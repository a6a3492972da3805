import heapq
data = [15, 3, 99, 42, 8, 16, 23, 4]
print(heapq.nlargest(3, data), heapq.nsmallest(3, data), heapq.nlargest(3, data, key=lambda x: -x))
words = ['pear', 'fig', 'banana', 'kiwi', 'apple']
print(heapq.nsmallest(2, words, key=len), heapq.nlargest(2, words, key=len), heapq.nlargest(1, []), heapq.nsmallest(5, [2, 1]))
maxh = [-x for x in data]; heapq.heapify(maxh)
print([-heapq.heappop(maxh) for _ in range(3)])
print(heapq.nlargest(2, iter(data)), heapq.nsmallest(2, {3: 'a', 1: 'b'}))

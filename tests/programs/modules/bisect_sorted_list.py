import bisect
class SortedList:
    def __init__(self): self.items = []
    def add(self, x): bisect.insort(self.items, x)
    def __contains__(self, x):
        i = bisect.bisect_left(self.items, x)
        return i < len(self.items) and self.items[i] == x
    def range(self, lo, hi):
        return self.items[bisect.bisect_left(self.items, lo):bisect.bisect_right(self.items, hi)]
s = SortedList()
for x in [5, 1, 9, 3, 7, 3]:
    s.add(x)
print(s.items, 3 in s, 4 in s, s.range(3, 7), s.range(10, 20))

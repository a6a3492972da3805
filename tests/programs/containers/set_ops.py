# set algebra and iteration order for small ints.
a, b = {3, 1, 2, 5}, {4, 5, 6}
print(a, a | b, a & b, a - b, a ^ b, a <= {1, 2, 3, 5, 9}, {1} < a, a.isdisjoint({7}))
a.add(0); a.discard(99); a.remove(3)
print(a, sorted(a), len(a), 2 in a, frozenset([1, 2]) == {1, 2}, {frozenset([1])})
print(set("hello") == {"h", "e", "l", "o"}, set(), {x * x for x in range(-3, 4)})
print({10, 20, 30, 40, 50, 60, 70}, {100, 5, 37, 64})
s = set(range(20))
s -= {1, 2, 3}
print(len(s), min(s), max(s))

# list methods, slicing assignment, sort stability and key, in-place operators.
l = [3, 1, 2]
l.append(4); l.extend([5, 6]); l.insert(0, 0); l.insert(-1, 9)
print(l, l.pop(), l.pop(0), l.index(9), l.count(1))
l.remove(9); l.reverse()
print(l, l[::2], l[1:-1], l[5:1:-2])
l[1:3] = ["a", "b", "c"]
print(l)
del l[::2]
print(l)
m = [1, 2]
m += [3]; m *= 2
print(m, m * 0, [0] * 3, [[]] * 2)
people = [("bob", 25), ("al", 30), ("cy", 25)]
print(sorted(people, key=lambda p: p[1]), sorted(people, key=lambda p: -p[1]))
print(sorted([3, 1, 2], reverse=True), min([5, 3]), [1, 2, 3].index(3), list(reversed(m)))
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1][5]
except IndexError as e:
    print("IndexError:", e)

import copy, bisect, string

a = [1, [2, 3], {"k": [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
a[1].append(99)
a[2]["k"].append(5)
print(s, d)
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
loop = [1]
loop.append(loop)
lc = copy.deepcopy(loop)
print(lc[1] is lc, lc[0])

class Node:
    def __init__(self, v, children=()):
        self.v = v
        self.children = list(children)
    def __repr__(self):
        return f"Node({self.v}, {self.children})"
tree = Node(1, [Node(2), Node(3)])
t2 = copy.deepcopy(tree)
tree.children[0].v = 20
print(tree, t2, copy.copy(tree).children is tree.children)

class Custom:
    def __copy__(self):
        return "custom copy"
    def __deepcopy__(self, memo):
        return "custom deepcopy"
print(copy.copy(Custom()), copy.deepcopy([Custom()]))
t = (1, [2])
print(copy.deepcopy(t) is t, copy.deepcopy((1, 2)) == (1, 2), copy.copy(t) is t)

xs = [1, 3, 3, 5, 8]
print(bisect.bisect_left(xs, 3), bisect.bisect_right(xs, 3), bisect.bisect(xs, 4), bisect.bisect_left(xs, 0), bisect.bisect(xs, 100))
bisect.insort(xs, 4)
bisect.insort_left(xs, 3)
print(xs)
recs = [("a", 1), ("b", 5), ("c", 9)]
print(bisect.bisect_left(recs, 5, key=lambda r: r[1]))
bisect.insort(recs, ("x", 6), key=lambda r: r[1])
print(recs)
print(string.ascii_letters, string.digits, string.punctuation, repr(string.whitespace))
print(string.capwords("hello   big world"), string.capwords("a-b-c", "-"), len(string.printable))

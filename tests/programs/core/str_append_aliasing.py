# Building strings with += and s = s + t: whatever else refers to the
# string (another name, a container, a dict key, a closure, a constant)
# keeps seeing the old value.
def build(n):
    s = ""
    for i in range(n):
        s += chr(97 + i % 26)
    return s

s = build(1000)
print(len(s), s[:5], s[-5:], hash(s) == hash("".join(chr(97 + i % 26) for i in range(1000))))

def aliases():
    s = "start"
    t = s
    s += "-more"
    print(s, t)
    items = [s]
    s += "!"
    print(s, items)
    d = {s: 1}
    s += "?"
    print(s, d, d.get("start-more!"))
    k = s
    s = s + "#"
    print(s, k)
    s = s + s
    print(s)
    u = "é"
    for _ in range(3):
        u += "x"
        u = u + "ü"
    print(u, len(u))
    w = "ab"
    w += ""
    print(w, len(w), w == "ab", w is not None)
    def inner():
        return s
    s2 = s
    s += "@"
    print(inner(), s2 == s[:-1])
    n = 5
    n += 1
    print(n)
    lst = [1]
    lst += [2]
    print(lst)

aliases()

class Tag(str):
    def __add__(self, other):
        return Tag(str.__add__(self, other).upper())

t = Tag("a")
t += "b"
print(t, type(t).__name__)
x = "abc"
y = "abc"
x += "d"
print(x, y, "abc")
words = []
acc = ""
for w in ["one", "two", "three"]:
    acc += w
    words.append(acc)
print(words)
big = ""
for i in range(20000):
    big += "xy"
print(len(big), big.count("xy"), big[-3:])

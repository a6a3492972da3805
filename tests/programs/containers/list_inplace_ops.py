lst = []
for i in range(20000):
    lst += [i]
print(len(lst), sum(lst))
m = [1, 2]
m *= 3
print(m)
s = "ab"
s *= 2
t2 = (1,)
t2 += (2,)
print(s, t2)
a = [1]
b = a
a *= 2
a += [9]
print(b, a is b)
class LL(list):
    pass
c = LL([1])
d = c
c *= 2
print(d, type(c).__name__)

a = [1, 2]
b = a.__iadd__((3, 4))
print(a, b is a, list(a.__reversed__()), type(a.__reversed__()).__name__)
class L(list):
    def __iadd__(self, other):
        print("custom iadd")
        return super().__iadd__(other)
x = L([1])
x += [2]
print(x, type(x).__name__)
y = [0]
y += range(3)
print(y, list(reversed(y)))
try:
    z = [1]
    z += 5
except TypeError as e:
    print(e)

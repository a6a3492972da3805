# Assignment expressions bind in the enclosing function, even from a comprehension.
def f(data):
    if (n := len(data)) > 2:
        print("long", n)
    found = [last := v for v in data if v > 1]
    return found, last
print(f([1, 2, 3]))
values = [1, 5, 2]
while (v := values.pop()) != 5:
    print("popped", v)
print(v)

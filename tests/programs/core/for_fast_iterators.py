# Loops over ranges and lists step without a call; their edge cases.

for i in range(10, 0, -3):
    print(i, end=" ")
print()
big = 2 ** 63 - 3
print(list(range(big, big + 2)), list(range(-big, -big - 3, -2)))

items = [1, 2, 3]
for x in items:
    if x < 4:
        items.append(x + 3)  # the loop sees what is appended
print(items)

it = iter([10, 20])
for x in it:
    print("first", x)
for x in it:
    print("never", x)
print(next(it, "exhausted"))

nums = [5, 6, 7]
for n in nums:
    if n == 6:
        nums.clear()
    print("saw", n)

r = iter(range(3))
print(next(r), list(r), list(r))

# the loop variable held an object before: stored the long way
v = "text"
for v in range(2):
    pass
print(v)


def nested():
    total = 0
    for i in range(4):
        for j in [i, i * 2]:
            total += j
    return total


print(nested())

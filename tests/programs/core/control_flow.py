# while/for with else, break and continue, nested loops.
for i in range(5):
    if i == 3:
        break
else:
    print("no break")
print("i =", i)
for i in range(3):
    pass
else:
    print("loop finished", i)
n = 0
while n < 10:
    n += 1
    if n % 2:
        continue
    if n > 6:
        break
    print("even", n)
else:
    print("not reached")
for a in range(3):
    for b in range(3):
        if b > a:
            break
        print(a, b, end="; ")
print()

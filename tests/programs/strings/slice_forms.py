# str slicing: contiguous ASCII slices, steps, negative bounds, non-ASCII.
s = "value=456"
print(s[6:], s[:5], s[-3:], s[-100:3], s[3:100], s[5:2], s[:], s[::2], s[::-1], s[7:2:-2])
print(repr(s[9:]), repr(s[4:4]), s[-1], s[0], s[1:-1])
u = "héllo wörld"
print(u[1:4], u[-5:], u[::3], u[::-1], u[6:], u[100:])
try:
    s[::0]
except ValueError as e:
    print(e)
print("".join(s[i:i + 2] for i in range(0, len(s), 2)))

# Calling builtins with unpacking, via __call__, and through bound methods.
args = ([3, 1, 2],)
print(len(*args), sorted(*args, reverse=True), len.__call__([1, 2]))
m = [5].append
m(6)
print(m.__self__, max(*[1, 9, 3]), min(4, 2, key=lambda v: -v))
print(list(map(pow, [2, 3], [3, 2])), dict(zip("ab", range(2))), list(filter(None, [0, 1, "", "x"])))

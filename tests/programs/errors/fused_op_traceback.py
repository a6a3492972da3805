# An error inside a sequence the loop runs fused is reported at the
# operation, with its carets, as in unfused code.


def f(x, y):
    a = x * 2
    return a - y


print(f(3, 1))
print(f("ab", 1))

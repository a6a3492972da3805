# The operator module's functions are built-in functions of _operator.
import operator, functools
for n in ["add", "sub", "lt", "eq", "neg", "inv", "invert", "not_", "truth", "is_", "getitem", "setitem", "iadd", "contains", "abs"]:
    f = getattr(operator, n)
    print(n, f.__name__, f.__qualname__, f.__module__, repr(f), f.__doc__, f.__text_signature__, type(f).__name__)
print(operator.__add__ is operator.add, operator.__inv__ is operator.inv, operator.__not__)
print(operator.add(2, 3), operator.lt(1, 2), operator.neg(5), operator.inv(5), operator.not_([]), operator.truth([1]))
print(operator.getitem([1, 2], 1), operator.contains([1], 1), operator.is_(None, None), operator.pow(2, 10))
l = [1, 2, 3]; operator.setitem(l, 0, 9); operator.delitem(l, 1); print(l)
a = [1]; print(operator.iadd(a, [2]) is a, a, operator.iadd(1, 2))
print(functools.reduce(operator.add, range(10)), sorted([(1, "b"), (0, "a")], key=operator.itemgetter(1)))
for bad in [lambda: operator.add(1), lambda: operator.neg(), lambda: operator.add(1, "x"), lambda: operator.setitem([], 0), lambda: operator.lt(1, "a"), lambda: operator.add(a=1, b=2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(operator.abs(-3), operator.index(5), operator.concat([1], [2]), operator.countOf([1, 1, 2], 1))

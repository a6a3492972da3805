class Account:
    def __init__(self, balance):
        self._balance = balance
    @property
    def balance(self):
        return self._balance
    @balance.setter
    def balance(self, v):
        if v < 0:
            raise ValueError(f"negative balance: {v}")
        self._balance = v

a = Account(10)
try:
    a.balance = -5
except ValueError as e:
    print(e)
try:
    del a.balance
except AttributeError as e:
    print(e)
try:
    a.missing_method()
except AttributeError as e:
    print(e)
try:
    Account()
except TypeError as e:
    print(e)
try:
    Account(1, 2)
except TypeError as e:
    print(e)
def kw_only(*, key):
    return key
try:
    kw_only(1)
except TypeError as e:
    print(e)
try:
    kw_only(keyy=1)
except TypeError as e:
    print(e)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    {}.popitem()
except KeyError as e:
    print(e)
try:
    "x" + 1
except TypeError as e:
    print(e)
try:
    1 + "x"
except TypeError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
try:
    int(None)
except TypeError as e:
    print(e)
try:
    [1, 2].index(5)
except ValueError as e:
    print(e)
try:
    import nonexistent_mod
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    from json import nope
except ImportError as e:
    print(str(e).split(" (")[0])
try:
    x = undefined_var
except NameError as e:
    print(e)
try:
    lenn([])
except NameError as e:
    print(e)
try:
    a.balanc
except AttributeError as e:
    print(e)
try:
    (1, 2)[0] = 5
except TypeError as e:
    print(e)
try:
    None()
except TypeError as e:
    print(e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1]
except ValueError as e:
    print(e)
try:
    {"a": 1}["b"]
except KeyError as e:
    print(repr(e))
try:
    raise RuntimeError("outer") from TypeError("inner")
except RuntimeError as e:
    print(e, "<-", e.__cause__)
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
try:
    max([])
except ValueError as e:
    print(e)
try:
    "abc".split("")
except ValueError as e:
    print(e)
try:
    f"{1:q}"
except ValueError as e:
    print(e)
try:
    hash([])
except TypeError as e:
    print(e)
try:
    iter(5)
except TypeError as e:
    print(e)
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", repr(e))
import sys
try:
    sys.setrecursionlimit(100)
    def r(n): return r(n + 1)
    r(0)
except RecursionError as e:
    print(e)

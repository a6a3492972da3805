# The protocol dunders of bytearray, list, dict and set called by name and
# through super() in subclasses (in-place operators, item deletion,
# reversed dicts), and bytes/bytearray subclasses carrying their data.
def t(name, f):
    try:
        print(name, repr(f())[:90])
    except Exception as e:
        print(name, type(e).__name__, e)
b = bytearray(b"abc")
t("ba_len", lambda: bytearray.__len__(b))
t("ba_getitem", lambda: (b.__getitem__(0), b.__getitem__(slice(1, None))))
t("ba_contains", lambda: (b.__contains__(b"bc"), b.__contains__(97)))
t("ba_iter", lambda: list(b.__iter__()))
t("ba_add", lambda: b.__add__(b"d"))
t("ba_mul", lambda: (b.__mul__(2), b.__rmul__(2)))
t("ba_mod", lambda: bytearray(b"%d").__mod__(5))
class BA(bytearray):
    def __getitem__(self, i):
        return super().__getitem__(i)
    def __len__(self):
        return super().__len__() + 100
t("ba_sub", lambda: (BA(b"xyz")[1], len(BA(b"xy"))))
l = [1, 2, 3, 4]
t("l_delitem", lambda: (l.__delitem__(0), l)[1])
t("l_delitem_slice", lambda: (l.__delitem__(slice(None, None, 2)), l)[1])
t("l_delitem_err", lambda: l.__delitem__(10))
t("l_imul", lambda: (l.__imul__(3), l)[1])
t("l_imul0", lambda: [1].__imul__(0))
t("l_imul_bad", lambda: [1].__imul__("x"))
s = {1, 2}
t("s_ior", lambda: (s.__ior__({3}), s))
t("s_ior_list", lambda: s.__ior__([4]))
t("s_iand", lambda: (s.__iand__({1, 3, 9}), s))
t("s_isub", lambda: (s.__isub__(frozenset({1})), s))
t("s_ixor", lambda: (s.__ixor__({3, 7}), s))
d = {1: 2}
t("d_ior", lambda: (d.__ior__({3: 4}), d.__ior__([(5, 6)])))
t("d_ior_bad", lambda: d.__ior__(5))
t("d_rev", lambda: list(d.__reversed__()))
t("d_rev2", lambda: list(reversed({"a": 1, "b": 2})))
class MyList(list):
    def __delitem__(self, i):
        print("del", i)
        super().__delitem__(i)
    def __imul__(self, n):
        return super().__imul__(n)
m = MyList([1, 2, 3])
del m[0]
m *= 2
print(m, type(m).__name__)
class MySet(set):
    def __ior__(self, o):
        print("ior")
        return super().__ior__(o)
ms = MySet({1})
ms |= {2}
print(sorted(ms), type(ms).__name__)
class MyDict(dict):
    def __ior__(self, o):
        print("dict ior")
        return super().__ior__(o)
md = MyDict(a=1)
md |= {"b": 2}
print(md, type(md).__name__)

class BA(bytearray):
    pass
x = BA(b'xyz')
print(repr(x), len(x), x[1], x[1:], type(x[1:]).__name__, x + b'!', isinstance(x, bytearray))
class B(bytes):
    def hello(self):
        return 'hi ' + self.decode()
y = B(b'xyz')
print(repr(y), len(y), y[1], y.hello(), y == b'xyz', hash(y) == hash(b'xyz'), y.upper())
class C(bytearray):
    def __init__(self, n):
        super().__init__(b'ab' * n)
print(C(2), repr(bytearray(b"q")), bytearray(3), bytearray("é", "utf-8"))
b = bytearray(b"abc")
b.__init__(b"zz")
print(b)
class BA2(bytearray):
    def __getitem__(self, i):
        return super().__getitem__(i)
    def __len__(self):
        return super().__len__() + 100
    def __delitem__(self, i):
        print("del", i)
        super().__delitem__(i)
    def __setitem__(self, i, v):
        super().__setitem__(i, v)
z = BA2(b"xyz")
z[0] = 65
del z[1]
print(z[0], len(z), z)


class X:
    def __radd__(self, o):
        return "radd " + repr(o)

    def __rmul__(self, o):
        return "rmul"


print("a" + X(), [1] + X(), b"x" + X(), "a" * X(), "%s!".__mod__(5), b"%d".__mod__(7))
for f in (lambda: [].__imul__(2**70), lambda: [1, 2].__imul__(2), lambda: bytearray().__imul__(2**70), lambda: [1].__imul__(-3), lambda: bytearray(b"ab").__imul__(0), lambda: [].__imul__(2**62), lambda: bytearray().__imul__(2**62)):
    try:
        print(f())
    except OverflowError as e:
        print("OverflowError", e)

# Slice steps and round() digits past the i64 range are clamped as in
# CPython (no error, no overflow); bytearray slicing; CPython's messages
# for odd __len__/__index__ results and float divmod by zero.
B = 2**70
def t(name, f):
    try:
        print(name, f())
    except Exception as e:
        print(name, type(e).__name__, e)
l = [1, 2, 3, 4]
t("l1", lambda: l[::B])
t("l2", lambda: l[::-B])
t("l3", lambda: l[B::-1])
t("l4", lambda: l[-B:B])
t("s1", lambda: "abcd"[::-B])
t("s2", lambda: "héllo"[::B])
t("b1", lambda: b"abcd"[::B])
t("t1", lambda: (1, 2, 3)[::-B])
t("ba", lambda: bytearray(b"xyz")[::-B])
def dl():
    m = [1, 2, 3, 4]
    del m[::B]
    return m
t("del", dl)
def asg():
    m = [1, 2, 3, 4]
    m[::B] = [9]
    return m
t("asg", asg)
def asg2():
    m = [1, 2, 3, 4]
    m[::-B] = [9]
    return m
t("asg2", asg2)
t("round", lambda: (round(1.5, B), round(2.5, -B), round(7, B), round(1.25, 1)))
class L:
    def __len__(self):
        return 2**100
class L2:
    def __len__(self):
        return -2**100
class I:
    def __index__(self):
        return "x"
t("len_big", lambda: len(L()))
t("len_neg", lambda: len(L2()))
t("idx_str", lambda: [1][I()])
t("divmod", lambda: divmod(1.0, 0))
b = bytearray(b"xyz")
print(b[1:], b[:2], b[::-1], b[::2], b[-1], b[5:], round(123456, -2), round(123456, -10), round(-5, -1))
try:
    b[3]
except IndexError as e:
    print(e)

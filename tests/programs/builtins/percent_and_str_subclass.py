class S(str):
    def __str__(self):
        return "custom"
class I(int):
    pass
print("k%d" % 5, "%s|%s" % ("a", 7), "%d%%" % 3, "%s" % S("x"), "%d" % I(4), "%s" % True, "%d" % True)
print("%s" % (1 << 70), "%d" % -12, "%s %s" % (None, 2.5), "%(a)s=%(b)d" % {"a": "x", "b": 2})
for bad in [("%d", "x"), ("%d %d", (1,)), ("%s", (1, 2))]:
    try:
        print(bad[0] % bad[1])
    except TypeError as e:
        print("TypeError:", e)
print("%s" % ((1, 2),), "%s" % [1], "%5d|%-3s|" % (42, "a"))
print(str(S("x")), f"{S('y')}", "{}".format(S("z")), format(S("w")), f"{S('v')!s}", repr(S("r")))
print(S("x"), S("x") + "!", len(S("abc")), S("x").upper())

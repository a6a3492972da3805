# %-formatting: non-ASCII text around conversions, keys with parentheses, and
# the errors for bad conversions.
print("héllo %s wörld %d ü" % ("x", 5))
print("%(ключ)s и %(b)d" % {"ключ": "v", "b": 2})
for f in ["%é", "ab%é", "%5é", "日本%q", "%", "%(a", "%.*f", "%-5d|", "%05.1f", "%x %o %c", "%r %a"]:
    try:
        print(repr(f % (3, 4, 5) if f.count("%") > 1 or "*" in f else f % 65))
    except Exception as e:
        print(type(e).__name__, e)
print("%s" % "solo", "%d%%" % 50, "%s-%s" % ("a", "b"))
print("%((a))s|%(x(y)z)d" % {"(a)": 1, "x(y)z": 2})
try:
    print("%((a)s" % {"(a": 1})
except Exception as e:
    print(type(e).__name__, e)

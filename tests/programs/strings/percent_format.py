# printf-style formatting with %.
print("%s is %d years and %.2f m" % ("Bo", 42, 1.8))
print("%5s|%-5s|%05d|%+d|%x|%X|%o|%e|%g|%%" % ("a", "b", 42, 7, 255, 255, 8, 12345.678, 0.0001))
print("%(name)s=%(val)r" % {"name": "k", "val": [1]})
print("%c%c" % (65, "b"), "%.3s" % "abcdef", "%*d" % (5, 3))
for bad in (lambda: "%d" % "x", lambda: "%s %s" % ("a",), lambda: "%s" % ("a", "b"), lambda: "%z" % 1):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

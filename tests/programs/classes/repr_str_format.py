# __repr__/__str__/__format__ in print, f-strings, str.format and containers.
class M:
    def __repr__(self): return "M()"
    def __str__(self): return "m-str"
    def __format__(self, spec): return f"M[{spec}]"
m = M()
print(m, [m], f"{m}", f"{m!r}", f"{m:>5}", "{}|{!r}|{:x}".format(m, m, m), str(m), repr(m))
class Plain: pass
print(repr(Plain()).startswith("<__main__.Plain object at 0x"))
print(format(3.14159, ".2f"), format(42, "08b"), format("hi", "^6"))

# traceback.extract_tb/extract_stack/walk_tb/format_list, FrameSummary and
# linecache, over the frames of tracebacks.
import traceback, sys, linecache
def inner():
    raise ValueError("deep")
def outer():
    inner()
try:
    outer()
except ValueError as e:
    s = traceback.extract_tb(e.__traceback__)
    print(type(s).__name__, len(s), [(f.name, f.lineno, f.line) for f in s])
    print([tuple(f)[1:] for f in s])
    print(repr(s[0]).replace(__file__, "F"))
    fr, ln = next(traceback.walk_tb(e.__traceback__))
    print(fr.f_code.co_name, ln)
def where():
    return [f.name for f in traceback.extract_stack()]
print(where()[-2:])
print(traceback.format_list([("a.py", 1, "f", "x = 1")]))
print(linecache.getline(__file__, 2), linecache.getline("/nonexistent", 1) == "")
print(traceback.FrameSummary("f.py", 3, "g", line="pass").line)

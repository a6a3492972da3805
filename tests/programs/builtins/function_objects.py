# Built-in function objects: names, qualnames, __self__, __module__ and reprs.
import math
def strip(r):
    i = r.find(" at 0x")
    return r if i < 0 else r[:i] + ">"
for f in (len, print, math.sqrt, [].append, {}.items, dict.fromkeys):
    print(f.__name__, f.__qualname__, getattr(f.__self__, "__name__", type(f.__self__).__name__),
          f.__module__, strip(repr(f)))
print(len.__self__ is __import__("builtins"), type(len).__name__, type(list.append).__name__)
print([].append == [].append, (lambda l: l.append == l.append)([]))
print(isinstance(len.__doc__, str) and len(len.__doc__) > 0)
for d in (list.append, str.join):
    print(d.__name__, d.__qualname__, d.__objclass__.__name__, strip(repr(d)), hasattr(d, "__self__"))

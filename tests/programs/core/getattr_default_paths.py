# getattr with a default and hasattr: misses that raise nothing, misses
# answered by __getattr__, errors other than AttributeError propagating,
# and AttributeErrors raised by properties counting as misses.
class Plain:
    x = 1

class Fallback:
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:]
        raise AttributeError(name)

class Custom:
    def __getattribute__(self, name):
        if name == "boom":
            raise KeyError(name)
        return object.__getattribute__(self, name)

class Props:
    @property
    def missing(self):
        raise AttributeError("from property")
    @property
    def broken(self):
        raise ValueError("bad property")

p, f, c, pr = Plain(), Fallback(), Custom(), Props()
print(getattr(p, "x", 0), getattr(p, "y", "dflt"), hasattr(p, "x"), hasattr(p, "y"))
print(getattr(f, "dyn_abc", None), getattr(f, "other", "miss"), hasattr(f, "dyn_q"), hasattr(f, "zzz"))
print(getattr(c, "nothing", "miss"), hasattr(c, "__class__"))
try:
    getattr(c, "boom", None)
except KeyError as e:
    print("KeyError", e)
print(getattr(pr, "missing", "prop miss"), hasattr(pr, "missing"))
try:
    hasattr(pr, "broken")
except ValueError as e:
    print("ValueError", e)
print(getattr(int, "nope", "type miss"), getattr(int, "real") is int.real)
import math
print(getattr(math, "tau", None) is not None, getattr(math, "nope", "module miss"))
print(getattr(None, "_asyncio_future_blocking", "none miss"), hasattr(3, "bit_length"))
try:
    getattr(p, 1, None)
except TypeError as e:
    print("TypeError", e)
try:
    hasattr(p, None)
except TypeError as e:
    print("TypeError", e)
try:
    getattr(p, "y")
except AttributeError as e:
    print("AttributeError", e, e.name, e.obj is p)

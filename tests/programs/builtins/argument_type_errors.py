# Argument errors name None as argument clinic does ("not None"), joins of
# non-iterables, int.to_bytes/from_bytes positional limits, float.fromhex.
import sys
tests = {
    "intern": lambda: sys.intern(None),
    "cast": lambda: memoryview(b"a").cast(None),
    "find": lambda: "a".find(None),
    "startswith": lambda: "a".startswith(None),
    "maketrans": lambda: str.maketrans("a", None),
    "maketrans3": lambda: str.maketrans("a", "b", None),
    "strenc": lambda: str(b"a", None),
    "encode": lambda: "a".encode(None),
    "byteorder": lambda: (1).to_bytes(1, None),
    "bstarts": lambda: b"a".startswith(None),
    "fromhex": lambda: bytes.fromhex(None),
    "super": lambda: super(None, 1),
    "format": lambda: format(1, None),
    "type": lambda: type(None, (), {}),
    "type2": lambda: type("x", None, {}),
    "write": lambda: sys.stdout.write(None),
    "removeprefix": lambda: "a".removeprefix(None),
    "center": lambda: "a".center(3, None),
    "split": lambda: "a".split(1),
    "replace": lambda: "a".replace(None, "b"),
    "count": lambda: "a".count(None),
    "decode": lambda: b"a".decode(None),
    "partition": lambda: "a".partition(None),
    "join": lambda: ",".join(None),
    "join2": lambda: ",".join(5),
    "bjoin": lambda: b",".join(3),
    "to_bytes": lambda: (1).to_bytes(1, "big", True),
    "from_bytes": lambda: int.from_bytes(b"a", "big", True),
    "fromhex2": lambda: float.fromhex(None),
    "fromhex3": lambda: float.fromhex(1),
}
for k, f in tests.items():
    try:
        f()
    except Exception as e:
        print(k, type(e).__name__, e)

def bad_iter():
    yield "a"
    raise TypeError("inside the iterator")

try:
    ",".join(bad_iter())
except TypeError as e:
    print("passes through:", e)

class Noisy:
    def __iter__(self):
        print("__iter__ called")
        return iter(["a", "b"])

print(",".join(Noisy()), b"-".join([b"x", b"y"]))

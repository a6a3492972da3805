d = {"a": 1, "b": 2, "c": 3}
k = d.keys()
v = d.values()
it = d.items()
print(k, v, it)
d["d"] = 4
print(len(k), list(v), ("d", 4) in it)
print(k & {"a", "z"}, sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print(it & {("a", 1)})
print(d.get("zz"), d.get("zz", 0), d.setdefault("e", 5), d.pop("e"), d.pop("nope", None))
try:
    d.pop("nope")
except KeyError as e:
    print("KeyError", e)
print(d.popitem(), d)
print(dict.fromkeys("ab", 0), dict(zip("xy", [1, 2])), dict([("k", "v")], extra=1))
m = {"a": 1} | {"b": 2}
m |= {"a": 9}
print(m)
print(list(reversed(d)), list(reversed(d.items())))
print(sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
try:
    for key in d:
        d["new"] = 1
except RuntimeError as e:
    print(e)
d2 = {1: "int", 1.0: "float", True: "bool"}
print(d2)
class K:
    def __hash__(self):
        return 1
    def __eq__(self, o):
        return isinstance(o, K)
print(list({K(): 1, K(): 2}.values()))
try:
    {[]: 1}
except TypeError as e:
    print(e)
print({**{"x": 1}, "y": 2, **{"x": 3}})
print(d == dict(d), d != {}, {1: 2}.items() == {(1, 2)}, {1: 2}.keys() <= {1, 3}, {1: 2}.keys() == {1: 5}.keys(), {1: 2}.values() == {1: 2}.values())
from collections import OrderedDict, defaultdict, Counter
od = OrderedDict(a=1, b=2)
od.move_to_end("a")
print(od, list(od))
dd = defaultdict(list)
dd["x"].append(1)
print(dd, dict(dd))
print(Counter("abracadabra").most_common(3))

# dict ordering, views, updates, merging, comprehension, get/setdefault/pop.
d = {"b": 1, "a": 2}
d["c"] = 3
d["b"] = 10
print(d, list(d), list(d.values()), list(d.items()), d.keys() & {"a", "z"})
print(d.get("z"), d.get("z", 0), d.setdefault("e", 5), d.pop("a"), d.pop("zz", None), len(d))
d.update({"x": 1}, y=2)
print(d | {"b": 0}, {**d, "new": 1}, dict(a=1, b=2), dict([("k", "v")]), dict.fromkeys("ab", 0))
del d["x"]
print(d.popitem(), "b" in d, 10 in d.values(), ("b", 10) in d.items())
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)
keys = d.keys()
d["late"] = 1
print(keys, len(keys))
try:
    for k in d:
        d["boom"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)

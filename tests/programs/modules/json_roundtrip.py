import json

data = {"name": "Ada", "age": 36, "langs": ["en", "fr"], "ratio": 0.1, "ok": True,
        "none": None, "nested": {"a": [1, 2, {"b": []}], "e": {}}, "t": (1, 2)}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps([1, [2, [3]]], indent="\t"))
print(json.dumps("héllo \u2603 \U0001F600 \"q\" \\ \n\t\x01"))
print(json.dumps("héllo \u2603 \U0001F600", ensure_ascii=False))
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d"}))
print(json.dumps([float("inf"), float("-inf"), float("nan"), 1e100, -0.0, 10**30]))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print(e)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print(e)
print(json.dumps({"s": {1, 2}}, default=sorted))
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print(e)
print(json.dumps({(1, 2): 3, "k": 4}, skipkeys=True))
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print(e)
text = json.dumps(data)
back = json.loads(text)
print(back == {**data, "t": [1, 2]}, back["nested"]["a"][2])
print(json.loads('  {"a" : [1, 2.5, -3e2, true, false, null, "x\\u00e9\\ud83d\\ude00\\n"]}  '))
print(json.loads("[]"), json.loads("{}"), json.loads('"s"'), json.loads("12"), json.loads("-0.5"), json.loads("1E3"))
print(json.loads("[NaN, Infinity, -Infinity]"))
print(json.loads(b'{"bytes": 1}'))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d)))
for bad in ['{"a": 1,}', "[1, 2", '{"a" 1}', "", "nul", '"abc', "[1] x", "{'a': 1}", '"\\x"', "[1,]", "01"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, e.pos, e.lineno, e.colno)
print(issubclass(json.JSONDecodeError, ValueError))
try:
    json.loads(5)
except TypeError as e:
    print(e)
import io
buf = io.StringIO()
json.dump({"x": [1]}, buf)
print(buf.getvalue(), json.load(io.StringIO(buf.getvalue())))

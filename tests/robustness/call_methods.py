# Calls every public method of objects of many library and built-in types,
# and every public function of more modules, with odd positional arguments
# (huge, negative, wrong types) and with keyword arguments (unknown names,
# huge and ill-typed values). Whatever each call raises is fine; the
# interpreter must never panic, abort or hang (tests/cli.rs runs it).
# Left out: calls CPython itself never finishes (Random.betavariate(inf,
# 0), the private Random._randbelow(0)).
from calling import call_attributes
import collections, datetime, re, io, functools, itertools, operator, types, contextvars, struct, json, random, heapq, string, textwrap, math, sys, copy, enum, dataclasses, typing, inspect, warnings, bisect, base64, binascii, hashlib, uuid, fnmatch, keyword
positional = [(), (0,), (-1,), (2**70,), ("",), ("a", 1), ([],), ({},), (1, 2, 3), ([1, "a"], None), (b"",), (-2**63, 2**63), ((), ()), ("x" * 3, -5, 10**20)]
kwsets = [{"x": 1}, {"key": None}, {"start": -1, "end": 2**70}, {"sep": ""}, {"default": 0}, {"reverse": "no"}, {"encoding": "nope"}, {"maxsplit": -2}, {"base": 99}]
# Each call: positional arguments, then the first few with keywords too.
argsets = [(a, {}) for a in positional] + [(a, k) for a in positional[:6] for k in kwsets]
class K:
    pass
objs = [collections.OrderedDict(a=1), collections.Counter("aab"), collections.defaultdict(list), collections.deque([1, 2], maxlen=3),
        datetime.date(2020, 1, 2), datetime.datetime(2020, 1, 2, 3, 4), datetime.timedelta(days=1), re.compile("a(b)"), re.match("a", "a"),
        io.StringIO("x\ny"), io.BytesIO(b"ab"), functools.partial(max, 1), itertools.count(), itertools.chain([1]), contextvars.ContextVar("v"),
        contextvars.copy_context(), types.SimpleNamespace(a=1), K(), K, struct.Struct("i"), random.Random(1), string.Template("$a"),
        "é", "abc", b"\xff", bytearray(b"xy"), [3, 1], (1, "a"), {1: "a"}, {1, 2}, 10**30, -7, 0.1, complex(1, 2), range(-5, 5, 2), slice(1, 2, 3),
        memoryview(bytearray(b"abcd")), iter("ab"), enumerate([1]), zip([1], [2]), map(int, "12"), filter(None, [0]), reversed([1]), property(), staticmethod(len), classmethod(len), super, type, object]
skipnames = {"__del__", "__init_subclass__", "__class__", "__setattr__", "__delattr__", "__init__", "__new__", "release", "close", "sleep", "__reduce_ex__", "__reduce__", "__getstate__"}
n = 0
for o in objs:
    n += call_attributes(o, argsets, lambda name: name not in skipnames and (not name.startswith("_") or name.endswith("__")))
for mod in (collections, datetime, re, io, functools, itertools, operator, types, struct, json, random, heapq, string, textwrap, math, copy, bisect, base64, binascii, hashlib, uuid, fnmatch, keyword, inspect, typing, enum, dataclasses):
    n += call_attributes(mod, argsets, lambda name: not name.startswith("_") and name not in ("open", "sleep", "run", "exit"))
print("done", n > 1000)

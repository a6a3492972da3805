# Calls every public function of many modules and every method of the
# built-in types with odd arguments. Whatever each call raises is fine;
# the interpreter must never panic, abort or hang (tests/cli.rs runs it).
from calling import call_attributes
import builtins, math, time, gc, sys, collections, itertools, functools, operator, json, re, random, string, heapq, bisect, copy, os, struct, binascii, base64, hashlib, weakref, types, inspect, contextvars, asyncio, io, keyword, textwrap, datetime, enum, dataclasses, typing, abc, cmath, fnmatch, uuid, pathlib, warnings, atexit, linecache, traceback
skip = {"exit", "quit", "input", "help", "breakpoint", "print", "open", "exec", "eval", "compile", "__import__", "__build_class__", "sleep", "system", "_exit", "abort", "kill", "fork", "execv", "execve", "remove", "unlink", "rmdir", "mkdir", "makedirs", "rename", "chdir", "register", "run", "run_forever", "collect", "setrecursionlimit", "settrace", "setprofile", "set_int_max_str_digits", "removedirs", "write", "putenv", "unsetenv", "chmod", "truncate", "replace", "touch", "symlink_to", "write_text", "write_bytes", "mkdir", "rmtree", "getpass", "set_event_loop", "new_event_loop", "seed", "shuffle"}
argsets = [(), (1,), ("a",), (None,), (1, 2), ([1], 2), ("a", "b", "c"), (b"x",), (1.5, None, "x", 3)]
mods = [builtins, math, time, gc, sys, collections, itertools, functools, operator, json, re, random, string, heapq, bisect, copy, struct, binascii, base64, hashlib, weakref, types, inspect, contextvars, io, keyword, textwrap, datetime, cmath, fnmatch, uuid, warnings, linecache]
objs = ["abc", b"abc", bytearray(b"ab"), [1, 2], (1,), {1: 2}, {1}, frozenset(), 5, 2.5, 1j, range(3), collections.deque(), memoryview(b"ab"), True, None, object(), slice(1), iter([1]), (x for x in []), type, int, str]
argpairs = [(a, {}) for a in argsets]


def close_generator(r):
    if hasattr(r, "close") and hasattr(r, "send"):
        r.close()


count = 0
for mod in mods:
    count += call_attributes(mod, argpairs, lambda name: not name.startswith("__") and name not in skip, accept=lambda f: callable(f) and not isinstance(f, type), after=close_generator)
for o in objs:
    count += call_attributes(o, argpairs, lambda name: name not in ("__del__", "__init_subclass__", "__class__", "__setattr__", "__delattr__", "__init__", "__new__", "__setitem__", "__delitem__", "release", "clear", "pop", "popitem", "remove", "close"), after=close_generator)
print("done", count > 0)

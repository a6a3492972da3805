# Every built-in function and method called with a keyword it does not take.
import builtins, math, operator, heapq, itertools, functools, time
skip = {"pow", "nextafter", "translate", "call", "concat", "countOf", "iconcat", "index", "indexOf", "length_hint", "input", "breakpoint", "help", "exit", "quit", "open", "print", "__import__", "__build_class__", "exec", "eval", "compile", "copyright", "credits", "license"}
def probe(label, f):
    try:
        f(zzz=1)
        print(label, "accepted")
    except TypeError as e:
        print(label, "TypeError", e)
    except Exception as e:
        print(label, type(e).__name__)
for mod in (builtins, math, operator):
    for n in sorted(dir(mod)):
        if n.startswith("_") or n in skip:
            continue
        f = getattr(mod, n)
        if type(f).__name__ == "builtin_function_or_method":
            probe(f"{mod.__name__}.{n}", f)
for obj in ([], {}, "s", b"b", (1,), {1}, 1, 1.5):
    for n in sorted(dir(obj)):
        if n.startswith("_") or n in skip:
            continue
        m = getattr(obj, n)
        if type(m).__name__ == "builtin_function_or_method":
            probe(f"{type(obj).__name__}.{n}", m)

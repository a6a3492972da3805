# The table of built-in callables: every name in `builtins` and every public
# method of every built-in type, with the data-model attributes of each.
# One line per object; the expected output is CPython 3.13's.
import builtins

MISSING = object()


def describe_self(obj):
    try:
        s = obj.__self__
    except AttributeError:
        return "-"
    if s is builtins:
        return "module builtins"
    if isinstance(s, type):
        return "type " + s.__name__
    return "instance " + type(s).__name__


def doc_state(obj):
    d = getattr(obj, "__doc__", MISSING)
    if d is MISSING:
        return "missing"
    if isinstance(d, str) and d.strip():
        return "text"
    return repr(d)


def write_error(obj, attr):
    """Try to overwrite an attribute; report how it failed (and undo success)."""
    old = getattr(obj, attr, MISSING)
    try:
        setattr(obj, attr, "changed")
    except (AttributeError, TypeError) as e:
        return f"{type(e).__name__}: {e}"
    if old is not MISSING:
        setattr(obj, attr, old)
    return "writable"


def row(path, obj):
    kind = type(obj).__name__
    name = getattr(obj, "__name__", MISSING)
    qual = getattr(obj, "__qualname__", MISSING)
    module = getattr(obj, "__module__", MISSING)
    fields = [
        path,
        kind,
        "name=" + ("-" if name is MISSING else str(name)),
        "qualname=" + ("-" if qual is MISSING else str(qual)),
        "doc=" + doc_state(obj),
        "self=" + describe_self(obj),
        "module=" + ("-" if module is MISSING else repr(module)),
        "callable=" + str(callable(obj)),
    ]
    if callable(obj) and not isinstance(obj, type):
        sig = getattr(obj, "__text_signature__", MISSING)
        fields.append("sig=" + ("-" if sig is MISSING else repr(sig)))
    print(" | ".join(fields))
    if callable(obj) and not isinstance(obj, type):
        print("    set __name__:", write_error(obj, "__name__"))
        print("    set __qualname__:", write_error(obj, "__qualname__"))
        print("    set __doc__:", write_error(obj, "__doc__"))


def public(names):
    return sorted(n for n in names if not n.startswith("_"))


types_seen = []
for name in sorted(dir(builtins)):
    if name.startswith("_") and name not in ("__build_class__", "__import__"):
        continue
    obj = getattr(builtins, name)
    if not callable(obj):
        print(name, "|", type(obj).__name__, "| not callable")
        continue
    row(name, obj)
    if isinstance(obj, type):
        types_seen.append((name, obj))

# Built-in types that `builtins` does not name, reached through their objects.
async def _coroutine():
    pass


async def _async_gen():
    yield


def _gen():
    yield


_co = _coroutine()
extra = [
    ("generator", type(_gen())),
    ("coroutine", type(_co)),
    ("async_generator", type(_async_gen())),
    ("dict_keys", type({}.keys())),
    ("dict_values", type({}.values())),
    ("dict_items", type({}.items())),
    ("function", type(row)),
    ("method", type(MISSING.__str__)),
]
_co.close()
types_seen.extend(extra)

for tname, t in types_seen:
    for mname in public(dir(t)):
        attr = t.__dict__.get(mname, MISSING)
        if attr is MISSING:
            continue  # inherited: described under the type that defines it
        if not callable(attr) and not hasattr(attr, "__get__"):
            continue
        obj = getattr(t, mname)
        row(f"{tname}.{mname}", obj)
        if hasattr(attr, "__objclass__"):
            print("    objclass:", attr.__objclass__.__name__)

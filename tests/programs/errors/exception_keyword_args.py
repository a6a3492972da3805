# Keyword arguments to exception constructors: which families take which,
# and CPython's argument-parser messages (naming the built-in family).
class E(Exception): pass
class N(NameError): pass
for f in [lambda: E(x=1), lambda: Exception(x=1), lambda: N(name="a", x=1), lambda: NameError(name="a", x=2), lambda: GeneratorExit(y=1), lambda: N("m", name="n")]:
    try:
        r = f()
        print("ok", repr(r), getattr(r, "name", None))
    except TypeError as e:
        print("TypeError:", e)
class A(AttributeError): pass
class I(ImportError): pass
for f in [lambda: NameError(x=2), lambda: N(x=2), lambda: AttributeError(name="a", obj=1, x=3), lambda: AttributeError(x=3), lambda: A(x=3), lambda: ImportError(x=1), lambda: I(x=1), lambda: ImportError(name="a", path="p", x=1), lambda: AttributeError(name="a", obj=1), lambda: I(name=1, path=2)]:
    try:
        r = f()
        print("ok", repr(r))
    except TypeError as e:
        print("TypeError:", e)
e = ImportError("m", name="n", name_from="x")
print(e.name, e.path, e.msg, getattr(e, "name_from", "absent"))
print(repr(ImportError()), ImportError().name)

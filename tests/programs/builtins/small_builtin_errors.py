# zip's keyword arguments, format's z flag, int.from_bytes sources and
# slot wrappers' text signatures, as CPython 3.13 has them.
for call in (lambda: zip(strict=1, x=2), lambda: zip(x=2), lambda: format(1, "z"), lambda: format(5, "zd"),
             lambda: int.from_bytes(1), lambda: int.from_bytes("ab"), lambda: int.from_bytes([300], "big"),
             lambda: int.from_bytes(["a"], "big")):
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(list(zip([1], [2], strict=True)), int.from_bytes([1, 2], "big"), int.from_bytes(iter([3]), "little"))
print(f"{-0.0:z.1f}", f"{-0.001:z.2f}", f"{-0.5:z.0f}", f"{-1.5:z.1f}", format(-0.0, "z"), f"{-0.0:.1f}", f"{-0.0001:z.1%}")
for f in (object.__init__, type.__call__, int.__add__, int.__repr__, list.__len__, range.__getitem__, object.__setattr__, (1).__add__):
    print(f.__name__, f.__text_signature__)

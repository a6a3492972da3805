# bytes() and bytearray() encode a str with the encoding given; their argument errors.
print(bytes("é", "latin-1"), bytes("é", encoding="latin-1"), bytearray("ab", "ascii"), bytes("x", "utf-8", "strict"))
for f in (lambda: bytes("é", "ascii"), lambda: bytes(1, "utf-8"), lambda: bytes("x", errors="strict"), lambda: bytes(1.5), lambda: bytearray(object()), lambda: bytes("x", "utf-8", 3), lambda: bytes(source=b"x")):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class B(bytes): pass
class BA(bytearray):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
print(B("é", "latin-1"), BA("x", encoding="ascii"), B(b"ok"), BA(3), bytes(2), bytearray())
print(bytes(source=[65, 66]), bytearray(source=b"x"))
try:
    bytes([300])
except ValueError as e:
    print(e)

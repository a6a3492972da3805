# bytes and bytearray containment: ints must be bytes, anything else
# bytes-like; slice assignment and deletion through the syntax.
def t(name, f):
    try:
        r = f()
        print(name, repr(r)[:80])
    except Exception as e:
        print(name, type(e).__name__, e)
b = bytearray(b"hello world")
def s1():
    b[0:5] = b"HELLO"; return b
def s2():
    b[::2] = b"x" * 6; return b
def s3():
    b[::2] = b"x"
def s4():
    del b[0:2]; return b
def s5():
    del b[::3]; return b
def s6():
    b[0] = 65; return b
def s7():
    b[0] = 256
def s8():
    global b
    b += b"zz"; return b
def s9():
    c = bytearray(b"ab"); c *= 3; return c
def s10():
    b[1:3] = [1, 2, 3]; return b
def s11():
    b[0] = b"x"
def s12():
    del b[100]
for f in (s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11, s12):
    t(f.__name__, f)
t("in", lambda: (b"l" in bytearray(b"hello"), bytearray(b"el") in bytearray(b"hello"), b"" in bytearray(b"x"), 300 in bytearray(b"x")))
t("in_bytes", lambda: (bytearray(b"el") in b"hello", memoryview(b"el") in b"hello"))
for c in (b'abc', bytearray(b'abc')):
    for it in ['a', 1.5, None, -1, True, 97, b"bc", bytearray(b"ab"), b"", b"abcd"]:
        try:
            print(repr(it), it in c)
        except Exception as e:
            print(repr(it), type(e).__name__, e)

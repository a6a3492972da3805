import traceback, sys, io

def fail(n):
    if n == 0:
        raise ValueError("deep")
    fail(n - 1)

try:
    fail(2)
except ValueError:
    text = traceback.format_exc()
    print(text.splitlines()[0])
    print(text.splitlines()[-1])
    print(len([l for l in text.splitlines() if l.strip().startswith("File")]))

try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise KeyError("k") from e
except KeyError as e:
    out = "".join(traceback.format_exception(e))
    print("direct cause" in out, out.count("Traceback"))
    out = "".join(traceback.format_exception(e, chain=False))
    print("direct cause" in out, out.count("Traceback"))
    print(traceback.format_exception_only(e))
    print(traceback.format_exception_only(type(e), e))

e = TypeError("plain")
e.add_note("a note")
print(traceback.format_exception_only(e))
print(traceback.format_exception(e))
buf = io.StringIO()
traceback.print_exception(e, file=buf)
print(repr(buf.getvalue()))
print(traceback.format_exc())
try:
    raise OSError(2, "No such file")
except OSError:
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    lines = buf.getvalue().splitlines()
    print(lines[0], lines[1].endswith("traceback_module.py\", line 38, in <module>"), lines[2:])

s = io.StringIO("one\ntwo\n")
print(s.readline(), s.read(), s.tell(), list(io.StringIO("a\nb")))
s.seek(0)
s.write("ONE")
print(s.getvalue())
b = io.BytesIO()
b.write(b"xy")
print(b.getvalue())
try:
    s.write(5)
except TypeError as e:
    print(e)
s.close()
try:
    s.getvalue()
except ValueError as e:
    print(e)

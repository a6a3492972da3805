# close() returns the generator's return value (3.13) and ignoring GeneratorExit is an error.
def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        return "bye"

g = returns_on_close()
next(g)
print(g.close())
def stubborn():
    while True:
        try:
            yield
        except GeneratorExit:
            pass
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

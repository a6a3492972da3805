ba = bytearray(b'hello world')
m = memoryview(ba)
print(len(m), m[0], m[-1], bytes(m[0:5]), m.tobytes(), m.tolist()[:3], m.readonly, m.nbytes, m.format, m.itemsize, m.shape, m.obj is ba)
m[0] = 72
print(ba, m == b'Hello world', m[6:].hex())
ba[1] = 69
print(m[1], bytes(m[:2]))
with memoryview(b'abc') as v:
    print(v.readonly, v.tobytes())
try:
    v.tobytes()
except ValueError as e:
    print(e)
try:
    memoryview(b'x')[0] = 1
except TypeError as e:
    print(e)
try:
    memoryview('x')
except TypeError as e:
    print(e)
print(b''.join([memoryview(b'ab'), b'c']), bytes(memoryview(b'xy')).decode())
print(type(m).__name__, memoryview.tobytes)

import struct
print(struct.calcsize('i'), struct.calcsize('<i'), struct.calcsize('@bi'), struct.calcsize('=bi'), struct.calcsize('@ql'), struct.calcsize('3s2x?'))
print(struct.pack('>I', 1), struct.pack('<hH', -2, 65535), struct.pack('!q', -1), struct.pack('@bi', 1, 2), struct.pack('?c', True, b'z'))
print(struct.pack('<f', 1.5), struct.pack('>d', -0.1), struct.pack('<e', 65504.0), struct.pack('<e', 0.1), struct.pack('>e', 1e-7), struct.pack('5s', b'ab'), struct.pack('4p', b'hello'))
print(struct.unpack('>I', b'\x00\x00\x01\x00'), struct.unpack('<hH', b'\xfe\xff\xff\xff'), struct.unpack('<f', struct.pack('<f', 0.1)), struct.unpack('>d', struct.pack('>d', 3.14)))
print(struct.unpack('<e', b'\x00\x3c'), struct.unpack('<e', struct.pack('<e', 0.1)), struct.unpack('3s?', b'abc\x01'), struct.unpack('4p', b'\x02hi\x00'))
s = struct.Struct('<2i')
print(s.size, s.format, s.pack(1, 2), s.unpack(b'\x01\x00\x00\x00\x02\x00\x00\x00'), list(s.iter_unpack(bytes(16))), repr(s))
buf = bytearray(10); struct.pack_into('<H', buf, 2, 0xABCD); print(buf, struct.unpack_from('<H', buf, 2), struct.unpack_from('<H', buf, offset=2))
for bad in [lambda: struct.pack('b', 200), lambda: struct.pack('>H', -1), lambda: struct.pack('i', 'x'), lambda: struct.pack('ii', 1),
            lambda: struct.unpack('i', b'abc'), lambda: struct.calcsize('y'), lambda: struct.pack('<e', 1e6), lambda: struct.pack('c', b'ab'),
            lambda: struct.pack('<Q', -1), lambda: struct.calcsize('3')]:
    try:
        print(bad())
    except (struct.error, OverflowError) as e:
        print(type(e).__name__, e)
ba = bytearray(b'0123456789'); ba[2:4] = b'ab'; ba[::3] = b'WXYZ'; ba[8:] = [65, 66, 67]; print(ba)
try:
    ba[::2] = b'x'
except ValueError as e:
    print('ValueError', e)

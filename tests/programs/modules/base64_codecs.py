import base64, binascii
data = b'Hello, World!\x00\xff'
for f in [base64.b64encode, base64.urlsafe_b64encode, base64.b32encode, base64.b16encode, base64.b85encode, base64.encodebytes]:
    enc = f(data)
    print(f.__name__, enc)
print(base64.b64decode(b'SGVsbG8='), base64.b64decode('SGVsbG8'+'='), base64.urlsafe_b64decode('-_8='), base64.b64encode(b'\xfb\xff', altchars=b'-_'))
print(base64.b32decode(b'JBSWY3DP'), base64.b32decode('jbswy3dp', casefold=True), base64.b16decode('48656C6C6F'), base64.b85decode(base64.b85encode(b'abcde')))
print(base64.decodebytes(base64.encodebytes(b'x' * 100)) == b'x' * 100, len(base64.encodebytes(b'x' * 100).split(b'\n')))
print(base64.b64decode(b'SGVs!bG8=') , binascii.hexlify(b'\x01\xab'), binascii.unhexlify('01ab'), binascii.crc32(b'hello'), binascii.crc32(b'world', binascii.crc32(b'hello ')))
for bad in [lambda: base64.b64decode('SGVsbG8'), lambda: base64.b64decode('S'), lambda: base64.b64decode('SGVs!bG8=', validate=True),
            lambda: base64.b64encode('text'), lambda: base64.b16decode('4g'), lambda: binascii.unhexlify('abc'), lambda: base64.b32decode('AB')]:
    try:
        print(bad())
    except (binascii.Error, ValueError, TypeError) as e:
        print(type(e).__name__, e)
b = bytearray(b'abcdef'); del b[0]; del b[-2:]; del b[::2]; print(b)
try:
    del bytearray(b'a')[5]
except IndexError as e:
    print(e)

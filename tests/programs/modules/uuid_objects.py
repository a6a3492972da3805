import uuid
u = uuid.UUID('12345678-1234-5678-1234-567812345678')
print(u, repr(u), u.hex, u.int, u.bytes, u.urn, u.version, u.variant, u.fields, u.time_low, u.node)
print(uuid.UUID('{12345678-1234-5678-1234-567812345678}') == u, uuid.UUID(bytes=u.bytes) == u, uuid.UUID(int=u.int) == u, uuid.UUID(fields=u.fields) == u)
print(uuid.UUID(bytes_le=u.bytes_le) == u, u.bytes_le, hash(u) == hash(uuid.UUID(u.hex)), u < uuid.UUID(int=u.int + 1), str(uuid.UUID(int=0)))
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_URL, b'x'))
r = uuid.uuid4(); print(r.version, r.variant, len(str(r)), r != uuid.uuid4())
t = uuid.uuid1(); print(t.version, t.variant, uuid.uuid1().time >= t.time)
print(uuid.UUID(u.hex, version=4).version, uuid.NAMESPACE_OID, sorted([uuid.UUID(int=3), uuid.UUID(int=1)]))
for bad in [lambda: uuid.UUID('xyz'), lambda: uuid.UUID(), lambda: uuid.UUID(int=-1), lambda: uuid.UUID(bytes=b'short'), lambda: setattr(u, 'int', 1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

import hashlib
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']:
    h = getattr(hashlib, name)(b'hello world')
    print(name, h.hexdigest(), h.digest_size, h.block_size, h.name)
h = hashlib.sha256(); h.update(b'hello '); c = h.copy(); h.update(b'world')
print(h.hexdigest() == hashlib.sha256(b'hello world').hexdigest(), c.hexdigest() == hashlib.sha256(b'hello ').hexdigest())
print(hashlib.new('SHA256', b'x').hexdigest(), hashlib.new('md5').hexdigest(), len(hashlib.sha512().digest()))
print(sorted(hashlib.algorithms_guaranteed & {'md5', 'sha256'}))
for bad in [lambda: hashlib.sha256('text'), lambda: hashlib.new('nope'), lambda: hashlib.md5().update('s')]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
import io
print(hashlib.file_digest(io.BytesIO(b'abc'), 'sha1').hexdigest())

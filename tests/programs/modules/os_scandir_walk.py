import os
root = 'scan_tmp'
def rmtree(path):
    for dirpath, dirs, files in os.walk(path, topdown=False):
        for f in files:
            os.remove(os.path.join(dirpath, f))
        for d in dirs:
            os.rmdir(os.path.join(dirpath, d))
    os.rmdir(path)
if os.path.exists(root):
    rmtree(root)
os.makedirs(os.path.join(root, 'sub', 'deep'))
for name in ['a.txt', 'b.py', os.path.join('sub', 'c.txt'), os.path.join('sub', 'deep', 'd.md')]:
    with open(os.path.join(root, name), 'w') as f:
        f.write(name * 2)
with os.scandir(root) as it:
    entries = sorted(it, key=lambda e: e.name)
print([(e.name, e.is_dir(), e.is_file(), e.stat().st_size if e.is_file() else None) for e in entries])
print(sorted((dp, sorted(dn), sorted(fn)) for dp, dn, fn in os.walk(root)))
print([os.path.relpath(os.path.join(dp, f), root) for dp, _, fs in sorted(os.walk(root)) for f in sorted(fs) if f.endswith('.txt')])
print(os.path.getsize(os.path.join(root, 'b.py')), os.path.isdir(os.path.join(root, 'sub')))
rmtree(root)
print(os.path.exists(root))

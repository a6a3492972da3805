from pathlib import Path
import os
base = Path('pathlib_tmp')
def clean():
    if base.exists():
        for dirpath, dirs, files in os.walk(base, topdown=False):
            for f in files: os.remove(os.path.join(dirpath, f))
            for d in dirs: os.rmdir(os.path.join(dirpath, d))
        base.rmdir()
clean()
(base / 'sub' / 'deep').mkdir(parents=True)
(base / 'sub').mkdir(exist_ok=True)
print((base / 'a.txt').write_text('hello\nworld\n'), (base / 'b.bin').write_bytes(b'\x00\x01'), (base / 'sub' / 'c.txt').write_text('c'))
print((base / 'a.txt').read_text().splitlines(), (base / 'b.bin').read_bytes(), (base / 'a.txt').stat().st_size)
print(sorted(p.name for p in base.iterdir()), sorted(str(p) for p in base.glob('*.txt')), sorted(str(p) for p in base.rglob('*.txt')))
print(base.is_dir(), (base / 'a.txt').is_file(), (base / 'nope').exists(), Path.cwd() == Path(os.getcwd()), base.absolute().is_absolute())
(base / 'a.txt').rename(base / 'renamed.txt'); print(sorted(p.name for p in base.iterdir()))
(base / 'touched').touch(); print((base / 'touched').exists())
try:
    (base / 'missing' / 'x').mkdir()
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
try:
    base.mkdir()
except FileExistsError as e:
    print('FileExistsError', e.errno)
(base / 'gone').unlink(missing_ok=True)
with (base / 'renamed.txt').open() as f:
    print(f.readline().strip())
print(sorted((str(d), sorted(dn), sorted(fn)) for d, dn, fn in base.walk()))
clean(); print(base.exists())

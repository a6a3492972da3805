from pathlib import PurePath, PurePosixPath, Path
p = PurePosixPath('/usr/local/lib/python3.13/site.tar.gz')
print(p, repr(p), p.parts, p.name, p.stem, p.suffix, p.suffixes, p.parent, p.anchor, p.root, p.is_absolute())
print(list(p.parents)[:3], p.with_name('x.py'), p.with_suffix('.zip'), p.with_stem('other'), p.relative_to('/usr'), p.is_relative_to('/opt'))
q = PurePosixPath('a', 'b/c', '../d')
print(q, q.parts, q / 'e', 'pre' / q, PurePath('x') == PurePosixPath('x'), PurePosixPath() , PurePosixPath('.'), PurePosixPath('a//b/./c/'))
print(PurePosixPath('/').name, PurePosixPath('/').parent, PurePosixPath('rel').parent, PurePosixPath('.bashrc').suffix, PurePosixPath('a.').suffix)
print(sorted([PurePosixPath('b'), PurePosixPath('a/z'), PurePosixPath('a')]), hash(PurePosixPath('a/b')) == hash(PurePosixPath('a//b')))
print(PurePosixPath('/a/b.py').match('*.py'), PurePosixPath('/a/b.py').match('a/*.py'), PurePosixPath('/a/b.py').match('/*.py'), PurePosixPath('a/b').relative_to('c', walk_up=True))
for bad in [lambda: p.relative_to('/opt'), lambda: p.with_suffix('zip'), lambda: PurePosixPath('/').with_name('x'), lambda: PurePosixPath(5)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(p.as_uri(), bytes(PurePosixPath('a')), type(Path('x')).__name__, isinstance(Path('x'), PurePath))

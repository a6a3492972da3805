import os.path as p
print(p.join('/usr', 'lib', '..', 'bin'), p.normpath(p.join('/usr', 'lib', '..', 'bin')))
print(p.splitext('/a/b.c/d'), p.splitext('x.tar.gz'), p.splitext('/path/.hidden'), p.splitext('noext'))
print(p.basename('/x/y/'), p.dirname('/x/y/'), p.split('//x//'), p.isabs('//x'), p.isabs(''))
print(p.commonpath(['/a/b/c', '/a/b/d', '/a/bx']), p.commonpath(['a/b', 'a/c']), p.commonprefix(['abc', 'abd', 'ab']))
print(p.relpath('a/b/c', 'a/d'), p.relpath('/x', '/'), p.splitroot('/a/b'), p.splitroot('a'), p.splitdrive('/a'))
print(p.expandvars('$NOT_SET_VAR_XYZ and ${ALSO_NOT}'), p.normcase('/A/b'), p.sep, p.extsep, p.curdir)
for bad in [lambda: p.join('a', 1), lambda: p.relpath(''), lambda: p.commonpath([])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

import os, os.path
import sys
print(os.name, os.sep, os.pathsep, os.linesep == '\n', os.curdir, os.pardir, os.devnull)
print(os.path is sys.modules['os.path'], os.path.__name__)
j = os.path.join
print(j('a', 'b', 'c'), j('/a', '/b'), j('a/', 'b'), j('', 'x'), j('a', ''))
print(os.path.split('/a/b/c.txt'), os.path.split('c'), os.path.split('/'), os.path.split('//a//b'))
print(os.path.splitext('a/b.tar.gz'), os.path.splitext('.bashrc'), os.path.splitext('a.'), os.path.splitext('..x'))
print(os.path.basename('/a/b/'), os.path.dirname('/a/b/'), os.path.dirname('a'), os.path.basename('x/y.py'))
for p in ['', '.', 'a/./b', 'a/../b', '/../a', '//a', '///a', 'a/b/../../..', './..', 'a//b/']:
    print(repr(p), '->', os.path.normpath(p))
print(os.path.isabs('/x'), os.path.isabs('x'))
print(os.path.relpath('/a/b/c', '/a'), os.path.relpath('/a', '/a/b/c'), os.path.relpath('/a/b', '/a/b'))
print(os.path.commonprefix(['/usr/lib', '/usr/local']), os.path.commonpath(['/usr/lib', '/usr/local']))
try:
    os.path.commonpath(['/a', 'b'])
except ValueError as e:
    print(e)
os.environ['ANEXT_TEST_VAR'] = 'hello'
print(os.environ['ANEXT_TEST_VAR'], os.getenv('ANEXT_TEST_VAR'), os.getenv('ANEXT_NOPE', 'dflt'), 'ANEXT_TEST_VAR' in os.environ)
print(os.path.expandvars('$ANEXT_TEST_VAR/${ANEXT_TEST_VAR}/$NOPE_X'))
del os.environ['ANEXT_TEST_VAR']
print(os.environ.get('ANEXT_TEST_VAR'))
try:
    os.environ['ANEXT_NOPE']
except KeyError as e:
    print('KeyError', e)
try:
    os.environ['X'] = 1
except TypeError as e:
    print(e)
os.environ['HOME'] = '/home/tester'
print(os.path.expanduser('~/x'), os.path.expanduser('~'), os.path.expanduser('x~'))
print(os.fspath('a'), isinstance(os.getpid(), int), type(os.cpu_count()).__name__, len(os.urandom(8)))
class P:
    def __fspath__(self):
        return '/p/q'
print(os.fspath(P()), os.path.join(P(), 'r'), isinstance(P(), os.PathLike))
try:
    os.fspath(1)
except TypeError as e:
    print(e)

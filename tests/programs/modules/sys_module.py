import sys
print(sys.version_info[:2] == (3, 13), sys.version_info.major, sys.version_info >= (3, 8), sys.version.startswith('3.13'))
print(sys.platform, sys.byteorder, sys.maxsize == 2**63 - 1, sys.maxunicode, isinstance(sys.implementation.name, str))
print(sys.getrecursionlimit() > 0, type(sys.argv).__name__, isinstance(sys.path, list), 'sys' in sys.modules, sys.modules['sys'] is sys)
print(sys.flags.optimize, sys.flags.dont_write_bytecode in (0, 1, True, False), sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig)
print(sys.int_info.bits_per_digit in (15, 30), sys.hash_info.width, sys.getdefaultencoding(), sys.getfilesystemencoding())
print(sys.intern('hello') == 'hello', sys.intern('ab' + 'cd') is sys.intern('abcd'))
print(sys.getsizeof(1) > 0, sys.getsizeof([]) > 0, sys.getsizeof(object(), 5) > 0)
try:
    raise ValueError('boom')
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, sys.exception() is v)
print(sys.exc_info(), sys.exception())
old = sys.getrecursionlimit(); sys.setrecursionlimit(500); print(sys.getrecursionlimit()); sys.setrecursionlimit(old)
for bad in [lambda: sys.setrecursionlimit(0), lambda: sys.setrecursionlimit('x'), lambda: sys.intern(1), lambda: sys.getsizeof()]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(sys.stdout.write('written\n'))
sys.stdout.flush()
print(sys.stdin is not None, sys.stderr is not None, sys.__stdout__ is sys.stdout, callable(sys.displayhook), callable(sys.excepthook))
def f():
    return sys._getframe(0).f_code.co_name
print(f(), sys.is_finalizing(), isinstance(sys.executable, str), isinstance(sys.prefix, str))
try:
    sys.exit(3)
except SystemExit as e:
    print('exit', e.code)

e = AttributeError('x', name='foo', obj=1)
print(e.name, e.obj, AttributeError().name)
o = OSError(2, 'No such file', 'f.txt')
print(o.errno, o.strerror, o.filename, o.filename2, OSError().errno, type(o))
i = ImportError('m', name='n', path='p')
print(i.msg, i.name, i.path, i.name_from if hasattr(i, 'name_from') else '-')
print(NameError('x', name='y').name, StopIteration(3).value, SystemExit(4).code)
s = SyntaxError('bad', ('f.py', 1, 2, 'txt', 1, 3))
print(s.msg, s.filename, s.lineno, s.offset, s.text, s.end_lineno, s.end_offset, s.print_file_and_line)
u = UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid')
print(u.encoding, u.object, u.start, u.end, u.reason, u)
e.name = 'changed'; print(e.name)
print(BaseExceptionGroup('m', [ValueError()]).message)

tests = ["AttributeError('x', foo=1)", "NameError('x', obj=1)", "ImportError('x', foo=1)", "ValueError('x', a=1)", "ImportError('a', 'b').msg", "ImportError('a').msg",
"str(SyntaxError('bad', ('f.py', 1, 2, 'txt', 1, 3)))", "str(SyntaxError('bad', ('f.py', None, 2, 'txt')))", "SyntaxError('bad', 5)", "SyntaxError('a', ('f',1,2))", "str(SyntaxError('bad'))",
"SyntaxError('bad', ('f.py', 3, 2, 'txt')).end_lineno",
"str(UnicodeDecodeError('utf-8', b'ab', 0, 2, 'oops'))", "str(UnicodeEncodeError('ascii', 'é', 0, 1, 'oops'))", "str(UnicodeEncodeError('ascii', '€x', 0, 2, 'oops'))",
"str(UnicodeTranslateError('\u20ac', 0, 1, 'no'))", "UnicodeDecodeError('utf-8', 'ab', 0, 2, 'oops')", "UnicodeDecodeError('x')", "str(UnicodeEncodeError('ascii', '\\U0001f600', 0, 1, 'r'))",
"str(OSError(2, 'x', 'a', None, 'b'))", "OSError(2, 'x', 'a', None, 'b').filename2", "str(ModuleNotFoundError('m', name='m'))", "ImportError(name='n').name",
"str(UnicodeDecodeError('utf-8', b'\\xff', 0, 1, 'invalid start byte'))", "UnicodeDecodeError('utf-8', b'\\xff', 0, 1, 'x').object", "repr(UnicodeDecodeError('utf-8', b'\\xff', 0, 1, 'x'))"]
for t in tests:
    try:
        print(t, '->', repr(eval(t)))
    except Exception as e:
        print(t, '!!', type(e).__name__, e)

e = OSError(1, 'x'); e.filename = 'f'; print(e)
class MyErr(AttributeError):
    def __init__(self, msg):
        super().__init__(msg, name='custom')
print(MyErr('boom').name, MyErr('boom'))
class Plain(Exception): pass
try:
    Plain(a=1)
except TypeError as exc:
    print(exc)
print(int.real, range.start, OSError.errno, StopIteration.value)
print(OSError.errno.__get__(OSError()), type(OSError.errno).__name__)

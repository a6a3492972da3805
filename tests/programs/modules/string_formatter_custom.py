import string
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return f'<{key}>'
        return super().get_value(key, args, kwargs)
u = Upper()
print(u.format('{0} and {name} and {missing}', 'abc', name='def'))
print(string.Formatter().format('{0[1]} {1.real} {2!r:>6}', [5, 6], 3 + 4j, 'x'))
print(string.Formatter().format('{:{w}.{p}f}', 3.14159, w=8, p=2))
try:
    string.Formatter().format('{0} {}', 1, 2)
except ValueError as e:
    print('ValueError', e)

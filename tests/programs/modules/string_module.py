import string
print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits, repr(string.whitespace))
print(string.punctuation, len(string.printable))
print(string.capwords('hello   big  world'), string.capwords('a-b c-d', '-'))
t = string.Template('$who likes ${what}; $$ costs $amount')
print(t.substitute(who='tim', what='kung pao', amount=5))
print(t.safe_substitute(who='tim'))
print(t.substitute({'who': 'a', 'what': 'b'}, amount=1))
try:
    t.substitute(who='x')
except KeyError as e:
    print('KeyError', e)
try:
    string.Template('$').substitute()
except ValueError as e:
    print('ValueError', e)
print(string.Template('${a}b $a_b').safe_substitute(a=1), t.template, t.get_identifiers(), t.is_valid())
class MyT(string.Template):
    delimiter = '%'
print(MyT('%x and %{y}').substitute(x=1, y=2))
f = string.Formatter()
print(f.format('{0}-{name}-{1:>4}', 'a', 'b', name='n'), list(f.parse('x{0}y{n:>3}z')))
print(f.vformat('{a}{b}', (), {'a': 1, 'b': 2}))

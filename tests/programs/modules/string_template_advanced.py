from string import Template
class Percent(Template):
    delimiter = '%'
    idpattern = '[a-z]+'
print(Percent('%who owes %amount%%').safe_substitute(who='tim'))
t = Template('$x $y')
print(t.substitute(x=1, y=2), t.substitute({'x': 'a'}, y='b'), t.get_identifiers())
print(Template('${a}$b').substitute(a='A', b='B'), Template('$$notvar').substitute())
try:
    Template('$a $').substitute(a=1)
except ValueError as e:
    print('ValueError', e)
try:
    Template('${a').substitute(a=1)
except ValueError as e:
    print('ValueError', e)
print(Template('x ${bad').is_valid(), Template('ok $a').is_valid())

import re
print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@site ann@web'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b22 c333'))
print(re.subn(r'o', '0', 'foo boo'), re.sub('x', '-', 'axbxc', count=1))
print(re.sub(r'(?P<first>\w+) (?P<last>\w+)', r'\g<last>, \g<first>', 'Ada Lovelace'))
print(re.split(r'[,;]\s*', 'a, b;c,  d'), re.split(r'(\d)', 'a1b2c'), re.split(r'\s+', ' x y ', maxsplit=1))
print(re.escape('a.b*c?'), re.sub(r'^', '> ', 'l1\nl2', flags=re.M))
p = re.compile(r'\b(\w)(\w*)\b')
print(p.sub(lambda m: m.group(1).upper() + m.group(2), 'hello big world'))
try:
    re.sub(r'(a)', r'\2', 'a')
except re.error as e:
    print('re.error', e)

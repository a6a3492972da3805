import re
m = re.search(r'(?P<year>\d{4})-(?P<month>\d\d)', 'on 2024-03-15 ok')
print(m.group(), m.group(1), m.group('month'), m.groups(), m.groupdict(), m.span(), m.start(2), m.end('year'))
print(m.string, m.re.pattern, m.pos, m.lastindex, m.lastgroup, bool(m), m[0], m['year'])
print(re.match(r'a(b)?c', 'ac').groups(), re.match(r'a(b)?c', 'ac').groups('-'), re.fullmatch(r'\d+', '123'), re.fullmatch(r'\d+', '12a'))
print([m.group() for m in re.finditer(r'\w+', 'one two  three')], re.findall(r'(\w)(\d)', 'a1 b2'), re.findall(r'\d', 'x'))
print(re.match(r'(?i)hello', 'HeLLo').group(), re.search(r'^b', 'a\nb', re.M).start(), re.match(r'a.b', 'a\nb', re.S) is not None)
print(re.search(r'(?<=\$)\d+', 'cost $42').group(), re.search(r'\w+(?=!)', 'hey you!').group(), re.search(r'(\w)\1', 'abccd').group())
try:
    re.compile(r'(unclosed')
except re.error as e:
    print('re.error', type(e).__name__)
print(repr(re.compile(r'\d+', re.I)), re.compile('x').flags & re.UNICODE != 0)

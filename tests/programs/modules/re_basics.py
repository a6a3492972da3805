# re: search/match/fullmatch, groups, named groups, findall, sub, split, lookarounds, backreferences.
import re
m = re.search(r"(?P<user>\w+)@(?P<host>[\w.]+)", "mail bob@example.com now")
print(m, m.group("user"), m.groupdict(), m.span(2), m.start(), m.end(), m[1])
print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)=(\d)", "a=1 b=2"), re.sub(r"(\w)(\d)", r"\2\1", "a1 b2"))
print(re.split(r"[,;]\s*", "a, b;c"), re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "12a"), re.match(r"x", "ax"))
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b5"), re.subn("a", "b", "aaa"), re.escape("a.b*c"))
print(re.search(r"(?<=@)\w+", "me@site"), re.compile(r"(\w)\1").search("xaay"), re.search(r"(?P<c>a)(?P=c)", "baab"))
print(re.findall(r"^\w", "ab\ncd", re.M), re.search(r"A.B", "a\nb", re.I | re.S), [m.span() for m in re.finditer(r"o", "foo")])
print(re.compile(r"\d+").pattern, re.compile("x").groups, re.compile(r"(a)(?P<n>b)").groupindex)

import fnmatch
names = ['a.py', 'b.txt', 'C.PY', '.hidden', 'data1.csv', 'data22.csv', '[x].md']
for pat in ['*.py', '*.[pt]*', 'data?.csv', 'data[!1]*.csv', '*', '[[]x].md', '.*', '*.PY']:
    print(pat, fnmatch.filter(names, pat))
print(fnmatch.fnmatch('A.py', '*.py'), fnmatch.fnmatchcase('A.PY', '*.py'), fnmatch.fnmatch('x', '[a-z]'), fnmatch.fnmatch('-', '[!a-z]'))
print(fnmatch.translate('*.py'), fnmatch.translate('a?[!b]'))

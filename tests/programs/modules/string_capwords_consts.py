import string
print(string.capwords(' hello  WORLD\tfoo\n'), string.capwords('a_b c_d', '_'))
print(all(c in string.printable for c in 'Az09 !\n'), len(string.ascii_letters), len(string.punctuation))
print(''.join(sorted(set('hello') & set(string.ascii_lowercase))), string.digits[::-1], string.hexdigits.upper())
table = str.maketrans(string.ascii_lowercase, string.ascii_lowercase[13:] + string.ascii_lowercase[:13])
print('hello'.translate(table))

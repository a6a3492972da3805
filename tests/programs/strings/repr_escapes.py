# repr of strings: quote choice and escapes.
for s in ("plain", "it's", 'say "hi"', "both ' and \"", "tab\tnew\nline", "\x00\x7f", "é中", "\u200b", "\\"):
    print(repr(s))
print(repr(b"bytes\x00\xff'"), ascii("é"), str(b"x"))

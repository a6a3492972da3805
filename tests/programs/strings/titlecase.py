# title() and capitalize() use Unicode's titlecase: the DŽ digraphs and
# Greek letters with ypogegrammeni have title forms of their own, and a
# multi-letter uppercase keeps only its first letter capital.
samples = ["ǆa bǈ ǌǌ ǳx", "ᾳb ᾀx ᾷ ῲ ῳ", "ßx ﬁne ﬀ ŉx ǰa", "ა ბc", "中a x1y o'neil",
           "hello WORLD", "ǅ", "", "ΐ ΰ ẖ", "ﬓa"]
for s in samples:
    print(ascii(s.title()), ascii(s.capitalize()), ascii(s.upper()), ascii(s.lower()))
print(ascii("".join(chr(c).title() for c in range(0x1F80, 0x1FB8))))
print(ascii("".join(chr(c).title() for c in range(0x10D0, 0x1100))))

import textwrap
text = 'The quick brown fox jumps over the lazy dog'
for w in (10, 15, 20, 43, 50):
    print(w, repr(textwrap.shorten(text, w)))
print(repr(textwrap.shorten('   lots    of     space   ', 12)))
print(repr(textwrap.shorten(text, 20, placeholder='…')), repr(textwrap.shorten('abcdefghijklmnop', 12)))
try:
    textwrap.shorten(text, 4)
except ValueError as e:
    print('ValueError', e)

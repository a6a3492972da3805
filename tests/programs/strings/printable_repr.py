# str.isprintable and repr follow the Unicode general categories: controls,
# format characters, private use, unassigned code points and separators
# other than the space are escaped.
chars = [0x20, 0x7e, 0x7f, 0xa0, 0xad, 0xe9, 0x378, 0x61c, 0x200b, 0x2028,
         0x2029, 0x202f, 0x3000, 0xe000, 0xf8ff, 0xfeff, 0xfffd, 0xffff,
         0x1e240, 0x1f600, 0x1f6d8, 0xe0001, 0xf0000, 0x10ffff, 0x0870,
         0x4e2d, 0x10fffd, 0x1d400, 0xa8ff]
print([chr(c).isprintable() for c in chars])
print(repr("".join(chr(c) for c in chars)))
print(ascii("".join(chr(c) for c in chars)))
print("abc\u200b".isprintable(), "".isprintable(), "tab\t".isprintable())
print(repr("\U0001e240x\u0378y"), str(["\u2028", "é"]))

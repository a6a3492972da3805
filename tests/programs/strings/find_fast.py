# str.find/rfind/index with one-character needles and no range, and the
# general forms, on ASCII and non-ASCII text: indices are in characters.
s = "abc=déf=gh"
print(s.find("="), s.rfind("="), s.find("é"), s.find("x"), s.rfind("x"))
print(s.find("=", 4), s.find("=", 4, 7), s.rfind("=", 0, 5), s.find("f=g"))
print(s.index("g"), s.rindex("="), s.find(""), s.rfind(""), s.count("="))
print("".find("a"), "".find(""), "aaa".rfind("a", -2), "aaa".find("a", -1))
try:
    s.index("z")
except ValueError as e:
    print("ValueError", e)
try:
    s.find(1)
except TypeError as e:
    print("TypeError", e)
print(s.replace("=", "->"), s.startswith("abc"), s.endswith(("x", "gh")))
print(chr(97), chr(233), chr(0x1F600) == "\U0001F600", ord(chr(1114111)))
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError", e)
